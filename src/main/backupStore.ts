/**
 * Backups of boards outside IndexedDB: one .raci.json file per snapshot in a folder of the app's
 * user-data folder, so a damaged or wiped browser database does not take the boards with it, and
 * each file can be opened with Import like any exported board.
 *
 * Beside the snapshots, index.json lists what each one holds (board, name, times, size), so listing
 * never reads the snapshots themselves. The index is a convenience, not the truth: a snapshot the
 * index does not know (a crash between the two writes, a lost or damaged index) is recovered by
 * reading it, an index entry whose file is gone is dropped, and any other file in the folder is left
 * alone. Every file is written beside its target and renamed over it, so a crash never leaves half a
 * file. Operations run one at a time, so two writes never race on the index.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { err, ok, type Result } from '../shared/domain/result';
import { BOARD_FILE_EXTENSION, BOARD_FILE_KIND } from '../shared/codecs/serializeBoard';
import { backupId, backupSavedAt } from '../shared/ipc/backupId';
import { BACKUP_LIMITS, backupsToRemove, type BackupLimits } from '../shared/ipc/backupsToRemove';
import { BACKUP_ID_PATTERN, backupEntrySchema, MAX_BACKUP_BYTES, type BackupEntry, type WriteBackupRequest } from '../shared/ipc/contract';
import { compareNewestFirst, latestBackups } from '../shared/ipc/latestBackups';
import { utf8ByteLength } from '../shared/ipc/utf8ByteLength';
import { fileErrorMessage } from './fileErrorMessage';

export const BACKUP_INDEX_FILE_NAME = 'index.json';
const INDEX_VERSION = 1;

/** The file-system calls the store makes (node:fs/promises by default), so tests can make them fail. */
export interface BackupFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
}

const nodeFileSystem: BackupFileSystem = { mkdir, readdir, readFile, writeFile, rename, rm, stat };

export interface BackupStoreOptions {
  /** The backups folder (userData/backups); created on the first write. */
  readonly folder: string;
  readonly fileSystem?: BackupFileSystem;
  /** The clock that dates each backup, in milliseconds since the epoch. */
  readonly now?: () => number;
  readonly limits?: BackupLimits;
}

export interface BackupStore {
  /** Writes a snapshot (unless the board's newest backup has the same updatedAt), then rotates. */
  write(request: WriteBackupRequest): Promise<Result<BackupEntry, string>>;
  /** Every backup, newest first. */
  list(): Promise<Result<BackupEntry[], string>>;
  /** The text of one backup. */
  read(id: string): Promise<Result<string, string>>;
}

const indexSchema = z.object({ version: z.literal(INDEX_VERSION), entries: z.array(z.unknown()) });

const BACKUP_FILE_NAME = new RegExp(`^(.+)${BOARD_FILE_EXTENSION.replace(/\./g, '\\.')}$`);

/** The backup id a file name stands for, or null for any other file (temporary files included). */
function idOfFileName(fileName: string): string | null {
  const match = BACKUP_FILE_NAME.exec(fileName);
  const id = match?.[1];
  return id !== undefined && BACKUP_ID_PATTERN.test(id) ? id : null;
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'ENOENT';
}

/** What a snapshot says about itself, for a file the index does not list. */
const snapshotHeadSchema = z.object({
  kind: z.literal(BOARD_FILE_KIND),
  board: z.object({ id: z.string().min(1), name: z.string().min(1), updatedAt: z.number().nonnegative() }),
});

export function createBackupStore({ folder, fileSystem = nodeFileSystem, now = Date.now, limits = BACKUP_LIMITS }: BackupStoreOptions): BackupStore {
  const root = resolve(folder);
  const indexPath = join(root, BACKUP_INDEX_FILE_NAME);
  let queue: Promise<unknown> = Promise.resolve();
  let temporaryCount = 0;

  /** Runs `task` after every earlier one has finished, whatever their outcome. */
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The path of backup `id`, or null if the id could name anything outside the folder. */
  const pathOf = (id: string): string | null => {
    if (!BACKUP_ID_PATTERN.test(id)) return null;
    const path = resolve(root, `${id}${BOARD_FILE_EXTENSION}`);
    return dirname(path) === root ? path : null;
  };

  const writeAtomically = async (path: string, text: string): Promise<void> => {
    temporaryCount += 1;
    const temporaryPath = `${path}.${process.pid}-${temporaryCount}.tmp`;
    try {
      await fileSystem.writeFile(temporaryPath, text, 'utf8');
      await fileSystem.rename(temporaryPath, path);
    } catch (error) {
      await fileSystem.rm(temporaryPath, { force: true }).catch(() => undefined);
      throw error;
    }
  };

  const readIndex = async (): Promise<Map<string, BackupEntry>> => {
    const entries = new Map<string, BackupEntry>();
    let text: string;
    try {
      text = await fileSystem.readFile(indexPath, 'utf8');
    } catch {
      return entries;
    }
    let parsed: z.infer<typeof indexSchema>;
    try {
      parsed = indexSchema.parse(JSON.parse(text));
    } catch {
      // A damaged index costs only the time to read the snapshots again.
      return entries;
    }
    for (const candidate of parsed.entries) {
      const entry = backupEntrySchema.safeParse(candidate);
      if (entry.success) entries.set(entry.data.id, entry.data);
    }
    return entries;
  };

  /** Reads the board's id, name and time from a snapshot the index does not list. */
  const recover = async (id: string, path: string): Promise<BackupEntry | null> => {
    const savedAt = backupSavedAt(id);
    if (savedAt === null) return null;
    try {
      const info = await fileSystem.stat(path);
      if (!info.isFile() || info.size > MAX_BACKUP_BYTES) return null;
      const head = snapshotHeadSchema.safeParse(JSON.parse(await fileSystem.readFile(path, 'utf8')));
      if (!head.success) return null;
      const entry = backupEntrySchema.safeParse({
        id,
        boardId: head.data.board.id,
        boardName: head.data.board.name,
        savedAt,
        updatedAt: head.data.board.updatedAt,
        bytes: info.size,
      });
      return entry.success ? entry.data : null;
    } catch {
      // Unreadable and unknown to the index: not something the user can restore.
      return null;
    }
  };

  const listNow = async (): Promise<BackupEntry[]> => {
    let fileNames: string[];
    try {
      fileNames = await fileSystem.readdir(root);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const indexed = await readIndex();
    const entries: BackupEntry[] = [];
    for (const fileName of fileNames) {
      const id = idOfFileName(fileName);
      if (id === null) continue;
      const entry = indexed.get(id) ?? (await recover(id, join(root, fileName)));
      if (entry !== null) entries.push(entry);
    }
    return entries.sort(compareNewestFirst);
  };

  const writeNow = async (request: WriteBackupRequest): Promise<BackupEntry> => {
    await fileSystem.mkdir(root, { recursive: true });
    const existing = await listNow();
    const newest = latestBackups(existing).get(request.boardId);
    if (newest !== undefined && newest.updatedAt === request.updatedAt) return newest;

    const savedAt = Math.trunc(now());
    const id = backupId(request.boardId, request.boardName, savedAt);
    const path = pathOf(id);
    if (path === null) throw new Error(`backupId made an id that is not safe as a file name: ${id}`);
    const entry: BackupEntry = {
      id,
      boardId: request.boardId,
      boardName: request.boardName,
      savedAt,
      updatedAt: request.updatedAt,
      bytes: utf8ByteLength(request.json),
    };
    await writeAtomically(path, request.json);

    const all = [entry, ...existing.filter((other) => other.id !== id)];
    const removed = new Set(backupsToRemove(all, limits).map((other) => other.id));
    const kept = all.filter((other) => !removed.has(other.id)).sort(compareNewestFirst);
    // The index first: a crash before the deletions leaves files the next listing recovers and
    // the next write removes again, never an index pointing at files that are gone.
    await writeAtomically(indexPath, `${JSON.stringify({ version: INDEX_VERSION, entries: kept }, null, 1)}\n`);
    for (const id of removed) {
      const removedPath = pathOf(id);
      if (removedPath !== null) await fileSystem.rm(removedPath, { force: true }).catch(() => undefined);
    }
    return entry;
  };

  return {
    write: (request) =>
      serially(async () => {
        const boardId = snapshotBoardId(request.json);
        if (boardId !== request.boardId) return err('This backup was refused: its content is not a snapshot of the board it names.');
        try {
          return ok(await writeNow(request));
        } catch (error) {
          return err(`The backup of “${request.boardName}” could not be saved: ${fileErrorMessage(error)}.`);
        }
      }),

    list: () =>
      serially(async () => {
        try {
          return ok(await listNow());
        } catch (error) {
          return err(`The backups could not be listed: ${fileErrorMessage(error)}.`);
        }
      }),

    read: (id) =>
      serially(async () => {
        const path = pathOf(id);
        if (path === null) return err('There is no such backup.');
        try {
          const info = await fileSystem.stat(path);
          if (!info.isFile()) return err('There is no such backup.');
          if (info.size > MAX_BACKUP_BYTES) return err('This backup is larger than any backup the app writes, so it was not read.');
          return ok(await fileSystem.readFile(path, 'utf8'));
        } catch (error) {
          if (isMissing(error)) return err('This backup no longer exists: it may have been removed to make room for newer ones.');
          return err(`This backup could not be read: ${fileErrorMessage(error)}.`);
        }
      }),
  };
}

const snapshotIdSchema = z.object({ kind: z.literal(BOARD_FILE_KIND), board: z.object({ id: z.string().min(1) }) });

/** The board id a snapshot holds, or null when it is not a board file. */
function snapshotBoardId(json: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const head = snapshotIdSchema.safeParse(value);
  return head.success ? head.data.board.id : null;
}

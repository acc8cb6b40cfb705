/**
 * Where the web edition keeps backups, standing in for the desktop app's backups folder: a
 * database of its own ('raci-board-backups'), apart from the boards' database, so a board database
 * that cannot be opened or upgraded does not take the backups with it. Plain IndexedDB, no Dexie:
 * two object stores, one listing what each backup holds and one holding the snapshots, so listing
 * never loads the snapshots. The same ids and the same rotation as the desktop app.
 */
import { err, ok, type Result } from '../../../shared/domain/result';
import { backupId } from '../../../shared/ipc/backupId';
import { BACKUP_LIMITS, backupsToRemove, type BackupLimits } from '../../../shared/ipc/backupsToRemove';
import { BACKUP_ID_PATTERN, backupEntrySchema, type BackupEntry, type WriteBackupRequest } from '../../../shared/ipc/contract';
import { compareNewestFirst, latestBackups } from '../../../shared/ipc/latestBackups';
import { utf8ByteLength } from '../../../shared/ipc/utf8ByteLength';

export const BACKUP_DATABASE_NAME = 'raci-board-backups';
const DATABASE_VERSION = 1;
const ENTRIES = 'entries';
const SNAPSHOTS = 'snapshots';

/** The same three operations as the desktop app's backups folder. */
export interface BrowserBackupStore {
  write(request: WriteBackupRequest): Promise<Result<BackupEntry, string>>;
  list(): Promise<Result<BackupEntry[], string>>;
  read(id: string): Promise<Result<string, string>>;
}

export interface BrowserBackupStoreOptions {
  readonly indexedDB: IDBFactory;
  readonly now?: () => number;
  readonly limits?: BackupLimits;
}

interface Snapshot {
  readonly id: string;
  readonly json: string;
}

function reason(error: DOMException | null | undefined): string {
  if (error?.name === 'QuotaExceededError') return "the browser's storage for this page is full";
  return error?.message || 'the browser refused to store it';
}

function openDatabase(factory: IDBFactory): Promise<Result<IDBDatabase, string>> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(BACKUP_DATABASE_NAME, DATABASE_VERSION);
    } catch (error) {
      // Some browsers refuse IndexedDB altogether in private windows.
      resolve(err(error instanceof Error ? error.message : String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ENTRIES)) db.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SNAPSHOTS)) db.createObjectStore(SNAPSHOTS, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab of a newer version wants to upgrade: step aside rather than block it.
      db.onversionchange = () => db.close();
      resolve(ok(db));
    };
    request.onerror = () => resolve(err(reason(request.error)));
    request.onblocked = () => resolve(err('another tab of this page is holding the backups open'));
  });
}

/** Only well-formed entries: a damaged record is left out rather than breaking the list. */
function validEntries(records: readonly unknown[]): BackupEntry[] {
  const entries: BackupEntry[] = [];
  for (const record of records) {
    const parsed = backupEntrySchema.safeParse(record);
    if (parsed.success) entries.push(parsed.data);
  }
  return entries.sort(compareNewestFirst);
}

export function createBrowserBackupStore({ indexedDB: factory, now = Date.now, limits = BACKUP_LIMITS }: BrowserBackupStoreOptions): BrowserBackupStore {
  let database: Promise<Result<IDBDatabase, string>> | undefined;
  const db = async (): Promise<Result<IDBDatabase, string>> => {
    database ??= openDatabase(factory);
    const opened = await database;
    // Try again next time rather than remembering a failure for the life of the page.
    if (!opened.ok) database = undefined;
    return opened;
  };

  return {
    async write(request) {
      const opened = await db();
      if (!opened.ok) return err(`The backup of “${request.boardName}” could not be saved: ${opened.error}.`);
      return new Promise((resolve) => {
        let outcome: Result<BackupEntry, string> | undefined;
        let transaction: IDBTransaction;
        try {
          transaction = opened.value.transaction([ENTRIES, SNAPSHOTS], 'readwrite');
        } catch (error) {
          resolve(err(`The backup of “${request.boardName}” could not be saved: ${error instanceof Error ? error.message : String(error)}.`));
          return;
        }
        const entries = transaction.objectStore(ENTRIES);
        const snapshots = transaction.objectStore(SNAPSHOTS);
        // Everything happens in this one transaction, in its own callbacks, so two tabs never
        // interleave a read of the list with a write.
        const all = entries.getAll();
        all.onsuccess = () => {
          const existing = validEntries(all.result as unknown[]);
          const newest = latestBackups(existing).get(request.boardId);
          if (newest !== undefined && newest.updatedAt === request.updatedAt) {
            outcome = ok(newest);
            return;
          }
          const savedAt = Math.trunc(now());
          const entry: BackupEntry = {
            id: backupId(request.boardId, request.boardName, savedAt),
            boardId: request.boardId,
            boardName: request.boardName,
            savedAt,
            updatedAt: request.updatedAt,
            bytes: utf8ByteLength(request.json),
          };
          entries.put(entry);
          snapshots.put({ id: entry.id, json: request.json } satisfies Snapshot);
          const removed = backupsToRemove([entry, ...existing.filter((other) => other.id !== entry.id)], limits);
          for (const old of removed) {
            entries.delete(old.id);
            snapshots.delete(old.id);
          }
          outcome = ok(entry);
        };
        transaction.oncomplete = () => resolve(outcome ?? err(`The backup of “${request.boardName}” could not be saved.`));
        transaction.onabort = () => resolve(err(`The backup of “${request.boardName}” could not be saved: ${reason(transaction.error)}.`));
      });
    },

    async list() {
      const opened = await db();
      if (!opened.ok) return err(`The backups could not be listed: ${opened.error}.`);
      return new Promise((resolve) => {
        const transaction = opened.value.transaction(ENTRIES, 'readonly');
        const all = transaction.objectStore(ENTRIES).getAll();
        transaction.oncomplete = () => resolve(ok(validEntries(all.result as unknown[])));
        transaction.onabort = () => resolve(err(`The backups could not be listed: ${reason(transaction.error)}.`));
      });
    },

    async read(id) {
      if (!BACKUP_ID_PATTERN.test(id)) return err('There is no such backup.');
      const opened = await db();
      if (!opened.ok) return err(`This backup could not be read: ${opened.error}.`);
      return new Promise((resolve) => {
        const transaction = opened.value.transaction(SNAPSHOTS, 'readonly');
        const got = transaction.objectStore(SNAPSHOTS).get(id);
        transaction.oncomplete = () => {
          const snapshot = got.result as Partial<Snapshot> | undefined;
          if (snapshot === undefined) resolve(err('This backup no longer exists: it may have been removed to make room for newer ones.'));
          else if (typeof snapshot.json !== 'string') resolve(err('This backup is damaged: it holds no board file.'));
          else resolve(ok(snapshot.json));
        };
        transaction.onabort = () => resolve(err(`This backup could not be read: ${reason(transaction.error)}.`));
      });
    },
  };
}

let pageStore: BrowserBackupStore | undefined;

/** The page's own store, opened on first use (never in the desktop app, which has the backups folder). */
export function pageBackupStore(): BrowserBackupStore {
  pageStore ??= createBrowserBackupStore({ indexedDB: window.indexedDB });
  return pageStore;
}

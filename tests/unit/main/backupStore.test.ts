import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_INDEX_FILE_NAME, createBackupStore, type BackupFileSystem } from '../../../src/main/backupStore';
import { MAX_BACKUP_BYTES, type BackupEntry, type WriteBackupRequest } from '../../../src/shared/ipc/contract';

let parent: string;
let folder: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'raci-backups-'));
  folder = join(parent, 'backups');
});
afterEach(() => {
  rmSync(parent, { recursive: true, force: true });
});

const START = Date.UTC(2026, 0, 5, 10, 30, 0, 0);

/** A clock that moves on one minute per reading, so every backup has its own time. */
function ticking(from = START) {
  let time = from - 60_000;
  return () => {
    time += 60_000;
    return time;
  };
}

function snapshot(boardId: string, name: string, updatedAt: number, extra = ''): string {
  return `${JSON.stringify({ kind: 'raci-board', version: 1, board: { id: boardId, name, updatedAt, tasks: [], note: extra } }, null, 2)}\n`;
}

function request(boardId: string, updatedAt: number, name = `Board ${boardId}`): WriteBackupRequest {
  return { boardId, boardName: name, updatedAt, json: snapshot(boardId, name, updatedAt) };
}

/** The real file system, with every call counted so a test can prove what was (not) touched. */
function spiedFileSystem(overrides: Partial<BackupFileSystem> = {}) {
  const base: BackupFileSystem = {
    mkdir: (path, options) => fs.mkdir(path, options),
    readdir: (path) => fs.readdir(path),
    readFile: (path, encoding) => fs.readFile(path, encoding),
    writeFile: (path, data, encoding) => fs.writeFile(path, data, encoding),
    rename: (from, to) => fs.rename(from, to),
    rm: (path, options) => fs.rm(path, options),
    stat: (path) => fs.stat(path),
  };
  const merged = { ...base, ...overrides };
  return {
    mkdir: vi.fn(merged.mkdir),
    readdir: vi.fn(merged.readdir),
    readFile: vi.fn(merged.readFile),
    writeFile: vi.fn(merged.writeFile),
    rename: vi.fn(merged.rename),
    rm: vi.fn(merged.rm),
    stat: vi.fn(merged.stat),
  } satisfies BackupFileSystem;
}

function filesIn(path: string): string[] {
  return existsSync(path) ? readdirSync(path).sort() : [];
}

async function listed(store: ReturnType<typeof createBackupStore>): Promise<BackupEntry[]> {
  const result = await store.list();
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('write', () => {
  it('creates the folder and writes the snapshot exactly as given, under its id, when the board has no backup yet', async () => {
    const store = createBackupStore({ folder, now: () => START });
    const written = await store.write({ ...request('b1', 100, 'Launch plan: Q3/Q4 ✓'), json: snapshot('b1', 'Launch plan: Q3/Q4 ✓', 100) });

    expect(written).toEqual({
      ok: true,
      value: { id: expect.stringMatching(/^Launch-plan-Q3-Q4_[0-9a-f]{8}_2026-01-05T10-30-00-000Z$/), boardId: 'b1', boardName: 'Launch plan: Q3/Q4 ✓', savedAt: START, updatedAt: 100, bytes: Buffer.byteLength(snapshot('b1', 'Launch plan: Q3/Q4 ✓', 100)) },
    });
    if (!written.ok) return;
    expect(filesIn(folder)).toEqual([`${written.value.id}.raci.json`, BACKUP_INDEX_FILE_NAME].sort());
    expect(readFileSync(join(folder, `${written.value.id}.raci.json`), 'utf8')).toBe(snapshot('b1', 'Launch plan: Q3/Q4 ✓', 100));
  });

  it('writes nothing and returns the newest backup when the board has not changed since', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    const first = await store.write(request('b1', 100));
    const second = await store.write(request('b1', 100));
    expect(second).toEqual(first);
    expect(filesIn(folder)).toHaveLength(2);
  });

  it('adds a backup when the board changed since its newest one', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('b1', 100));
    await store.write(request('b1', 200));
    expect((await listed(store)).map((entry) => entry.updatedAt)).toEqual([200, 100]);
  });

  it('refuses, and writes nothing, when the content is not a board file of the board it names', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    for (const json of ['not json', '{"kind":"something-else","board":{"id":"b1"}}', snapshot('b2', 'Other', 1), '[]']) {
      const written = await store.write({ ...request('b1', 100), json });
      expect(written).toEqual({ ok: false, error: expect.stringMatching(/not a snapshot of the board/) });
    }
    expect(filesIn(folder)).toEqual([]);
  });

  it('keeps only the newest backups of a board when it passes the per-board limit', async () => {
    const store = createBackupStore({ folder, now: ticking(), limits: { perBoard: 3, total: 100, totalBytes: 1e9 } });
    for (let version = 1; version <= 5; version += 1) await store.write(request('b1', version));
    const entries = await listed(store);
    expect(entries.map((entry) => entry.updatedAt)).toEqual([5, 4, 3]);
    expect(filesIn(folder)).toEqual([...entries.map((entry) => `${entry.id}.raci.json`), BACKUP_INDEX_FILE_NAME].sort());
  });

  it('removes the oldest backups of any board, keeping each board its newest, when the total limit is passed', async () => {
    const store = createBackupStore({ folder, now: ticking(), limits: { perBoard: 10, total: 4, totalBytes: 1e9 } });
    await store.write(request('old', 1));
    for (let version = 1; version <= 4; version += 1) await store.write(request('busy', version));
    const entries = await listed(store);
    expect(entries.map((entry) => `${entry.boardId}@${entry.updatedAt}`)).toEqual(['busy@4', 'busy@3', 'busy@2', 'old@1']);
  });

  it('keeps the total size under its limit by removing the oldest backups', async () => {
    const size = Buffer.byteLength(request('b1', 1).json);
    const store = createBackupStore({ folder, now: ticking(), limits: { perBoard: 10, total: 100, totalBytes: size * 2 } });
    for (let version = 1; version <= 4; version += 1) await store.write(request('b1', version));
    expect((await listed(store)).map((entry) => entry.updatedAt)).toEqual([4, 3]);
  });

  it('keeps every write when several arrive at once', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => store.write(request(id, 1))));
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await listed(store)).map((entry) => entry.boardId).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // And the index knows all five: listing does not have to read a single snapshot.
    const fileSystem = spiedFileSystem();
    await listed(createBackupStore({ folder, fileSystem }));
    expect(fileSystem.readFile.mock.calls.map(([path]) => path)).toEqual([join(folder, BACKUP_INDEX_FILE_NAME)]);
  });

  it('answers with the reason in words, and leaves no temporary file, when the disk is full', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const fileSystem = spiedFileSystem({ rename: () => Promise.reject(full) });
    const store = createBackupStore({ folder, fileSystem, now: ticking() });
    const written = await store.write(request('b1', 1, 'Launch plan'));
    expect(written).toEqual({ ok: false, error: 'The backup of “Launch plan” could not be saved: the disk is full.' });
    expect(filesIn(folder)).toEqual([]);
  });

  it('answers with the reason when the backups folder cannot be created', async () => {
    writeFileSync(folder, 'a file where the folder should be');
    const written = await createBackupStore({ folder, now: ticking() }).write(request('b1', 1));
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.error).toMatch(/^The backup of “Board b1” could not be saved: /);
  });
});

describe('list', () => {
  it('returns nothing when no backup was ever written', async () => {
    expect(await createBackupStore({ folder }).list()).toEqual({ ok: true, value: [] });
  });

  it('lists newest first across boards', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('a', 1));
    await store.write(request('b', 1));
    await store.write(request('a', 2));
    expect((await listed(store)).map((entry) => `${entry.boardId}@${entry.updatedAt}`)).toEqual(['a@2', 'b@1', 'a@1']);
  });

  it('ignores files that are not backups when the folder holds other things', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('b1', 1));
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    writeFileSync(join(folder, 'plan.raci.json'), snapshot('b9', 'Dropped here', 1));
    writeFileSync(join(folder, 'Board_00000000_2026-01-05T10-30-00-000Z.raci.json.123-1.tmp'), '{"half":');
    writeFileSync(join(folder, '.DS_Store'), '');
    mkdirSync(join(folder, 'Folder_00000000_2026-01-05T10-30-00-000Z.raci.json'));
    expect((await listed(store)).map((entry) => entry.boardId)).toEqual(['b1']);
  });

  it('recovers every backup from the files themselves when the index is missing', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('a', 1, 'Alpha'));
    await store.write(request('b', 7, 'Beta'));
    const before = await listed(store);
    rmSync(join(folder, BACKUP_INDEX_FILE_NAME));
    expect(await listed(store)).toEqual(before);
  });

  it('recovers every backup when the index is damaged', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('a', 1, 'Alpha'));
    const before = await listed(store);
    for (const damaged of ['{"version":1,"entries":[', 'null', '{"version":99,"entries":[]}', '\u0000\u0001']) {
      writeFileSync(join(folder, BACKUP_INDEX_FILE_NAME), damaged);
      expect(await listed(store)).toEqual(before);
    }
  });

  it('drops an index entry whose file is gone, and recovers a file whose entry is malformed', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    const kept = await store.write(request('a', 1, 'Alpha'));
    const gone = await store.write(request('b', 1, 'Beta'));
    if (!kept.ok || !gone.ok) throw new Error('setup failed');
    rmSync(join(folder, `${gone.value.id}.raci.json`));
    const index = JSON.parse(readFileSync(join(folder, BACKUP_INDEX_FILE_NAME), 'utf8')) as { entries: Record<string, unknown>[] };
    index.entries = index.entries.map((entry) => (entry.id === kept.value.id ? { ...entry, bytes: 'lots' } : entry));
    writeFileSync(join(folder, BACKUP_INDEX_FILE_NAME), JSON.stringify(index));
    expect(await listed(store)).toEqual([kept.value]);
  });

  it('leaves out an unindexed file that is not a readable board file', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    await store.write(request('a', 1));
    writeFileSync(join(folder, 'Broken_00000000_2026-01-05T10-30-00-000Z.raci.json'), '{"kind":"raci-board","board":');
    expect((await listed(store)).map((entry) => entry.boardId)).toEqual(['a']);
  });

  it('removes what the index no longer lists on the next write, once past the limits', async () => {
    const store = createBackupStore({ folder, now: ticking(), limits: { perBoard: 2, total: 100, totalBytes: 1e9 } });
    await store.write(request('a', 1));
    await store.write(request('a', 2));
    rmSync(join(folder, BACKUP_INDEX_FILE_NAME));
    await store.write(request('a', 3));
    expect((await listed(store)).map((entry) => entry.updatedAt)).toEqual([3, 2]);
    expect(filesIn(folder)).toHaveLength(3);
  });
});

describe('read', () => {
  it('returns the snapshot exactly as written when the id is a stored backup', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    const written = await store.write(request('b1', 1));
    if (!written.ok) throw new Error(written.error);
    expect(await store.read(written.value.id)).toEqual({ ok: true, value: request('b1', 1).json });
  });

  it('returns a damaged backup as it is, for the page to say what is wrong with it', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    const written = await store.write(request('b1', 1));
    if (!written.ok) throw new Error(written.error);
    writeFileSync(join(folder, `${written.value.id}.raci.json`), '{"kind":"raci-board","board":{"id":');
    expect(await listed(store)).toEqual([written.value]);
    expect(await store.read(written.value.id)).toEqual({ ok: true, value: '{"kind":"raci-board","board":{"id":' });
  });

  it('says the backup no longer exists when its file was removed', async () => {
    const store = createBackupStore({ folder, now: ticking() });
    expect(await store.read('Board_00000000_2026-01-05T10-30-00-000Z')).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
  });

  it('refuses a file larger than any backup, without reading it', async () => {
    mkdirSync(folder);
    const id = 'Huge_00000000_2026-01-05T10-30-00-000Z';
    writeFileSync(join(folder, `${id}.raci.json`), '');
    truncateSync(join(folder, `${id}.raci.json`), MAX_BACKUP_BYTES + 1);
    const fileSystem = spiedFileSystem();
    expect(await createBackupStore({ folder, fileSystem }).read(id)).toEqual({ ok: false, error: expect.stringMatching(/larger than any backup/) });
    expect(fileSystem.readFile).not.toHaveBeenCalled();
  });

  it('refuses a folder that carries a backup id', async () => {
    const id = 'Folder_00000000_2026-01-05T10-30-00-000Z';
    mkdirSync(join(folder, `${id}.raci.json`), { recursive: true });
    expect(await createBackupStore({ folder }).read(id)).toEqual({ ok: false, error: 'There is no such backup.' });
  });

  it.each([
    ['the index', 'index'],
    ['a parent folder', '..'],
    ['a file beside the folder', '../window-state'],
    ['a path hidden after an id', 'Board_00000000_2026-01-05T10-30-00-000Z/../../window-state'],
    ['a Windows path', '..\\..\\window-state'],
    ['an absolute path', '/tmp/secret'],
    ['an id with its extension', 'Board_00000000_2026-01-05T10-30-00-000Z.raci.json'],
    ['an id followed by a NUL byte', 'Board_00000000_2026-01-05T10-30-00-000Z\u0000'],
    ['an id followed by a line break', 'Board_00000000_2026-01-05T10-30-00-000Z\n'],
    ['nothing', ''],
  ])('refuses %s without touching the disk', async (_kind, id) => {
    writeFileSync(join(parent, 'secret.raci.json'), snapshot('x', 'Secret', 1));
    writeFileSync(join(parent, 'window-state.raci.json'), snapshot('x', 'Secret', 1));
    const fileSystem = spiedFileSystem();
    expect(await createBackupStore({ folder, fileSystem }).read(id)).toEqual({ ok: false, error: 'There is no such backup.' });
    expect(fileSystem.stat).not.toHaveBeenCalled();
    expect(fileSystem.readFile).not.toHaveBeenCalled();
  });
});

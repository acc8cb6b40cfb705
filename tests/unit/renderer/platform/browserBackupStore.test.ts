import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUP_DATABASE_NAME, createBrowserBackupStore, type BrowserBackupStore } from '../../../../src/renderer/src/platform/browserBackupStore';
import type { BackupEntry, WriteBackupRequest } from '../../../../src/shared/ipc/contract';

const START = Date.UTC(2026, 0, 5, 10, 30, 0, 0);

function ticking(from = START) {
  let time = from - 60_000;
  return () => {
    time += 60_000;
    return time;
  };
}

function request(boardId: string, updatedAt: number, name = `Board ${boardId}`): WriteBackupRequest {
  return { boardId, boardName: name, updatedAt, json: JSON.stringify({ kind: 'raci-board', version: 1, board: { id: boardId, name, updatedAt } }) };
}

async function listed(store: BrowserBackupStore): Promise<BackupEntry[]> {
  const result = await store.list();
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Writes straight into the backups database, as a damaged or older record would be. */
function putRaw(factory: IDBFactory, storeName: 'entries' | 'snapshots', value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(BACKUP_DATABASE_NAME);
    open.onsuccess = () => {
      const transaction = open.result.transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).put(value);
      transaction.oncomplete = () => {
        open.result.close();
        resolve();
      };
      transaction.onabort = () => reject(transaction.error);
    };
    open.onerror = () => reject(open.error);
  });
}

describe('createBrowserBackupStore', () => {
  it('writes a backup, lists it and reads back exactly what was written', async () => {
    const store = createBrowserBackupStore({ indexedDB: new IDBFactory(), now: () => START });
    const written = await store.write(request('b1', 100, 'Launch plan'));
    expect(written).toEqual({
      ok: true,
      value: { id: expect.stringMatching(/^Launch-plan_[0-9a-f]{8}_2026-01-05T10-30-00-000Z$/), boardId: 'b1', boardName: 'Launch plan', savedAt: START, updatedAt: 100, bytes: request('b1', 100, 'Launch plan').json.length },
    });
    if (!written.ok) return;
    expect(await listed(store)).toEqual([written.value]);
    expect(await store.read(written.value.id)).toEqual({ ok: true, value: request('b1', 100, 'Launch plan').json });
  });

  it('keeps the backups in their own database, which a second page opening it sees', async () => {
    const factory = new IDBFactory();
    await createBrowserBackupStore({ indexedDB: factory, now: ticking() }).write(request('b1', 1));
    expect((await listed(createBrowserBackupStore({ indexedDB: factory }))).map((entry) => entry.boardId)).toEqual(['b1']);
    expect((await factory.databases()).map((database) => database.name)).toEqual([BACKUP_DATABASE_NAME]);
  });

  it('writes nothing new when the board has not changed since its newest backup', async () => {
    const store = createBrowserBackupStore({ indexedDB: new IDBFactory(), now: ticking() });
    const first = await store.write(request('b1', 1));
    expect(await store.write(request('b1', 1))).toEqual(first);
    expect(await listed(store)).toHaveLength(1);
  });

  it('keeps only the newest backups of a board, and removes their snapshots too, past the per-board limit', async () => {
    const store = createBrowserBackupStore({ indexedDB: new IDBFactory(), now: ticking(), limits: { perBoard: 2, total: 100, totalBytes: 1e9 } });
    const first = await store.write(request('b1', 1));
    await store.write(request('b1', 2));
    await store.write(request('b1', 3));
    expect((await listed(store)).map((entry) => entry.updatedAt)).toEqual([3, 2]);
    if (!first.ok) throw new Error(first.error);
    expect(await store.read(first.value.id)).toEqual({ ok: false, error: expect.stringMatching(/no longer exists/) });
  });

  it('keeps each board its newest backup when the total limit is passed', async () => {
    const store = createBrowserBackupStore({ indexedDB: new IDBFactory(), now: ticking(), limits: { perBoard: 10, total: 3, totalBytes: 1e9 } });
    await store.write(request('quiet', 1));
    for (let version = 1; version <= 4; version += 1) await store.write(request('busy', version));
    expect((await listed(store)).map((entry) => `${entry.boardId}@${entry.updatedAt}`)).toEqual(['busy@4', 'busy@3', 'quiet@1']);
  });

  it('keeps every write when several arrive at once', async () => {
    const store = createBrowserBackupStore({ indexedDB: new IDBFactory(), now: ticking() });
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => store.write(request(id, 1))));
    expect((await listed(store)).map((entry) => entry.boardId).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves a damaged record out of the list instead of failing', async () => {
    const factory = new IDBFactory();
    const store = createBrowserBackupStore({ indexedDB: factory, now: ticking() });
    await store.write(request('b1', 1));
    await putRaw(factory, 'entries', { id: 'Broken_00000000_2026-01-05T10-30-00-000Z', boardId: 'x' });
    await putRaw(factory, 'entries', { id: '../../x', boardId: 'x', boardName: 'x', savedAt: 1, updatedAt: 1, bytes: 1 });
    expect((await listed(store)).map((entry) => entry.boardId)).toEqual(['b1']);
  });

  it('says a backup is damaged when its record holds no text', async () => {
    const factory = new IDBFactory();
    const store = createBrowserBackupStore({ indexedDB: factory });
    await store.list();
    await putRaw(factory, 'snapshots', { id: 'Broken_00000000_2026-01-05T10-30-00-000Z', json: 42 });
    expect(await store.read('Broken_00000000_2026-01-05T10-30-00-000Z')).toEqual({ ok: false, error: expect.stringMatching(/damaged/) });
  });

  it('refuses an id that is not a backup id without opening the database', async () => {
    const factory = new IDBFactory();
    const store = createBrowserBackupStore({ indexedDB: factory });
    expect(await store.read('../secret')).toEqual({ ok: false, error: 'There is no such backup.' });
    expect(await factory.databases()).toEqual([]);
  });

  it('answers with a sentence when the browser refuses to open the database', async () => {
    const refusing = { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } } as unknown as IDBFactory;
    const store = createBrowserBackupStore({ indexedDB: refusing });
    expect(await store.write(request('b1', 1, 'Plan'))).toEqual({ ok: false, error: expect.stringMatching(/^The backup of “Plan” could not be saved: The user denied/) });
    expect(await store.list()).toEqual({ ok: false, error: expect.stringMatching(/^The backups could not be listed/) });
  });
});

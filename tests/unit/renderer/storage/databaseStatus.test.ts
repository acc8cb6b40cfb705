import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabaseStatus } from '../../../../src/renderer/src/storage/databaseStatus';
import { NEWER_DATABASE_MESSAGE, openDatabase } from '../../../../src/renderer/src/storage/openDatabase';
import { createTestDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function factoryOf(handle: TestDatabaseHandle): IDBFactory {
  return handle.options.indexedDB as IDBFactory;
}

/** Opens the database with plain IndexedDB at `version`, as another window would. */
function openElsewhere(handle: TestDatabaseHandle, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factoryOf(handle).open(handle.name, version);
    request.onsuccess = () => {
      cleanups.push(() => request.result.close());
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

function storeFor(handle: TestDatabaseHandle) {
  const db = handle.open();
  cleanups.push(() => db.close());
  const open = vi.fn(() => openDatabase(db, factoryOf(handle)));
  const store = createDatabaseStatus(db, open);
  const seen: string[] = [];
  store.subscribe(() => seen.push(store.current().kind));
  return { db, open, store, seen };
}

describe('createDatabaseStatus', () => {
  it('is opening until started and opened, then ready, telling its listeners once', async () => {
    const { store, seen, open } = storeFor(createTestDatabase());
    expect(store.current()).toEqual({ kind: 'opening' });
    store.start();
    store.start();
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'ready' }));
    expect(seen).toEqual(['ready']);
    expect(open).toHaveBeenCalledOnce();
  });

  it('says blocked while another window keeps an older version open, and ready once it closes', async () => {
    const handle = createTestDatabase();
    const older = await openElsewhere(handle, 10);
    const { store, seen } = storeFor(handle);
    store.start();
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'blocked' }));
    older.close();
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'ready' }));
    expect(seen).toEqual(['blocked', 'ready']);
  });

  it('refuses a database a newer version of the app wrote, with its message', async () => {
    const handle = createTestDatabase();
    (await openElsewhere(handle, 999)).close();
    const { store } = storeFor(handle);
    store.start();
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'newer', message: NEWER_DATABASE_MESSAGE }));
  });

  it('stays changed-elsewhere once another window upgraded the database, and stops telling a listener that left', async () => {
    const handle = createTestDatabase();
    const { store, seen } = storeFor(handle);
    const left = vi.fn();
    const leave = store.subscribe(left);
    store.start();
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'ready' }));
    leave();
    await openElsewhere(handle, 999);
    await vi.waitFor(() => expect(store.current()).toEqual({ kind: 'changed-elsewhere' }));
    expect(seen).toEqual(['ready', 'changed-elsewhere']);
    expect(left).toHaveBeenCalledOnce();
  });
});

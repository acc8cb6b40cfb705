import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NEWER_DATABASE_MESSAGE, openDatabase } from '../../../../src/renderer/src/storage/openDatabase';
import { loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { RaciDatabase, SCHEMA_V1, SCHEMA_V2 } from '../../../../src/renderer/src/storage/raciDatabase';
import { V1_BOARD, V1_ROWS } from './fixtures/schemaV1';
import { createTestDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

const openDatabases: RaciDatabase[] = [];

afterEach(() => {
  for (const db of openDatabases.splice(0)) db.close();
});

function factoryOf(handle: TestDatabaseHandle): IDBFactory {
  return handle.options.indexedDB as IDBFactory;
}

/** Creates the database with plain IndexedDB at `version`, with the given object stores. */
function createRaw(handle: TestDatabaseHandle, version: number, stores: readonly string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factoryOf(handle).open(handle.name, version);
    request.onupgradeneeded = () => {
      for (const store of stores) request.result.createObjectStore(store);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** The database's version and stores, read with plain IndexedDB. */
function describeRaw(handle: TestDatabaseHandle): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = factoryOf(handle).open(handle.name);
    request.onsuccess = () => {
      const db = request.result;
      resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
      db.close();
    };
    request.onerror = () => reject(request.error);
  });
}

/** A database as a newer version of the app might leave it: every table of ours, one more, a higher version. */
async function writtenByVersion3(handle: TestDatabaseHandle): Promise<void> {
  const newer = new Dexie(handle.name, handle.options);
  newer.version(1).stores(SCHEMA_V1);
  newer.version(2).stores(SCHEMA_V2);
  newer.version(3).stores({ backups: '++id, boardId' });
  await newer.open();
  newer.close();
}

/** The same IndexedDB without `databases()`, as in browsers that cannot list databases. */
function withoutListing(factory: IDBFactory): IDBFactory {
  return { open: factory.open.bind(factory), deleteDatabase: factory.deleteDatabase.bind(factory), cmp: factory.cmp.bind(factory) } as IDBFactory;
}

describe('openDatabase', () => {
  it('opens a new database at the current version', async () => {
    const handle = createTestDatabase();
    const db = handle.open();
    openDatabases.push(db);

    expect(await openDatabase(db, factoryOf(handle))).toEqual({ ok: true, value: undefined });

    expect(db.isOpen()).toBe(true);
    expect(db.backendDB().version).toBe(20);
  });

  it('opens and upgrades a database written by version 1 with its boards', async () => {
    const handle = createTestDatabase();
    const shipped = new Dexie(handle.name, handle.options);
    shipped.version(1).stores(SCHEMA_V1);
    for (const [table, rows] of Object.entries(V1_ROWS)) await shipped.table(table).bulkAdd(rows);
    shipped.close();
    const db = handle.open();
    openDatabases.push(db);

    expect((await openDatabase(db, factoryOf(handle))).ok).toBe(true);

    expect(await loadBoard(db, V1_BOARD.id)).toStrictEqual(V1_BOARD);
  });

  it('refuses, in plain words and without changing it, a database at a higher version', async () => {
    const handle = createTestDatabase();
    await createRaw(handle, 999);
    const db = handle.open();
    openDatabases.push(db);

    expect(await openDatabase(db, factoryOf(handle))).toEqual({ ok: false, error: { kind: 'newer', message: NEWER_DATABASE_MESSAGE } });

    expect(db.isOpen()).toBe(false);
    expect(await describeRaw(handle)).toEqual({ version: 999, stores: [] });
    expect(NEWER_DATABASE_MESSAGE).toBe('This data was saved by a newer version of RACI Board. Update the app to open it; nothing was changed.');
  });

  it('refuses a database a newer version of the app upgraded, even though its tables are a superset of ours', async () => {
    const handle = createTestDatabase();
    await writtenByVersion3(handle);
    const before = await describeRaw(handle);
    const db = handle.open();
    openDatabases.push(db);

    expect(await openDatabase(db, factoryOf(handle))).toEqual({ ok: false, error: { kind: 'newer', message: NEWER_DATABASE_MESSAGE } });

    expect(db.isOpen()).toBe(false);
    expect(await describeRaw(handle)).toEqual(before);
    expect(before.version).toBe(30);
  });

  it('still refuses a newer database once open when the browser cannot list databases', async () => {
    const handle = createTestDatabase();
    await writtenByVersion3(handle);
    const db = handle.open();
    openDatabases.push(db);

    expect(await openDatabase(db, withoutListing(factoryOf(handle)))).toEqual({ ok: false, error: { kind: 'newer', message: NEWER_DATABASE_MESSAGE } });

    expect(db.isOpen()).toBe(false);
    expect((await describeRaw(handle)).version).toBe(30);
  });

  it('reports any other failure to open in plain words', async () => {
    const handle = createTestDatabase();
    const unreadable = {
      databases: () => Promise.resolve([]),
      open: () => {
        throw new DOMException('The disk is not readable', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const db = new RaciDatabase(handle.name, { ...handle.options, indexedDB: unreadable });
    openDatabases.push(db);

    const result = await openDatabase(db, unreadable);

    expect(result).toEqual({ ok: false, error: { kind: 'failed', message: 'Your boards could not be opened: local storage reported an unexpected error (The disk is not readable).' } });
  });
});

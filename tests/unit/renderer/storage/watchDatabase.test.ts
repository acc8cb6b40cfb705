import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../src/renderer/src/storage/openDatabase';
import { watchDatabase } from '../../../../src/renderer/src/storage/watchDatabase';
import { createTestDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function factoryOf(handle: TestDatabaseHandle): IDBFactory {
  return handle.options.indexedDB as IDBFactory;
}

/** Opens the database with plain IndexedDB at `version`, as another window running a newer app would; reports whether it had to wait. */
function openElsewhere(handle: TestDatabaseHandle, version: number): Promise<{ blocked: boolean; db: IDBDatabase }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = factoryOf(handle).open(handle.name, version);
    request.onblocked = () => {
      blocked = true;
    };
    request.onsuccess = () => {
      cleanups.push(() => request.result.close());
      resolve({ blocked, db: request.result });
    };
    request.onerror = () => reject(request.error);
  });
}

async function openWatched(handle: TestDatabaseHandle) {
  const db = handle.open();
  cleanups.push(() => db.close());
  const watchers = { onChangedElsewhere: vi.fn(), onBlocked: vi.fn() };
  const stop = watchDatabase(db, watchers);
  cleanups.push(stop);
  return { db, watchers, stop };
}

describe('watchDatabase', () => {
  it('closes the connection for good and says so when another window upgrades the database, which is not blocked', async () => {
    const handle = createTestDatabase();
    const { db, watchers } = await openWatched(handle);
    expect((await openDatabase(db, factoryOf(handle))).ok).toBe(true);

    const elsewhere = await openElsewhere(handle, 999);

    expect(elsewhere).toMatchObject({ blocked: false });
    expect(elsewhere.db.version).toBe(999);
    expect(watchers.onChangedElsewhere).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    // Closed for good: a later read fails instead of reopening (and upgrading) the newer database.
    await expect(db.boards.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    expect(elsewhere.db.objectStoreNames.length).toBe(7);
  });

  it('says so when opening here waits for another window that keeps an older version open', async () => {
    const handle = createTestDatabase();
    // An older window holds version 1 and ignores requests to close.
    const older = await openElsewhere(handle, 10);
    const { db, watchers } = await openWatched(handle);

    const opening = openDatabase(db, factoryOf(handle));
    await vi.waitFor(() => expect(watchers.onBlocked).toHaveBeenCalled());
    expect(db.isOpen()).toBe(false);
    older.db.close();

    expect(await opening).toEqual({ ok: true, value: undefined });
    expect(watchers.onChangedElsewhere).not.toHaveBeenCalled();
  });

  it('stops reporting once unsubscribed', async () => {
    const handle = createTestDatabase();
    const { db, watchers, stop } = await openWatched(handle);
    expect((await openDatabase(db, factoryOf(handle))).ok).toBe(true);
    stop();

    await openElsewhere(handle, 999);

    expect(watchers.onChangedElsewhere).not.toHaveBeenCalled();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createBoardRecord, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { prefetchBoard, readCurrentBoard, readWatchedBoard } from '../../../../src/renderer/src/storage/boardPrefetch';
import { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { launchBoard } from './fixtures/boards';
import { createTestDatabase } from './fixtures/testDatabase';

const opened: RaciDatabase[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function storedLaunchBoard(): Promise<RaciDatabase> {
  const db = createTestDatabase().open();
  opened.push(db);
  await db.open();
  expect((await createBoardRecord(db, launchBoard)).ok).toBe(true);
  return db;
}

/** Renames the first task in the rows without moving the board's updatedAt, which no commit does: it shows which read a board came from. */
async function renameBehindTheBoard(db: RaciDatabase, title: string): Promise<void> {
  const task = launchBoard.tasks[0];
  if (task === undefined) throw new Error('the fixture has no task');
  await db.tasks.put({ ...task, boardId: launchBoard.id, title } as never);
}

describe('readWatchedBoard', () => {
  it('uses the read started ahead when the watched board row shows the version it read', async () => {
    const db = await storedLaunchBoard();
    prefetchBoard(db, launchBoard.id);
    const ahead = await loadBoard(db, launchBoard.id);
    await renameBehindTheBoard(db, 'Renamed behind');

    const board = await readWatchedBoard(db, launchBoard.id, launchBoard.updatedAt, null);

    expect(board).toEqual(ahead);
    expect(board?.tasks[0]?.title).toBe(launchBoard.tasks[0]?.title);
  });

  it('reads the board again when it changed after the read ahead, and takes a read ahead only once', async () => {
    const db = await storedLaunchBoard();
    prefetchBoard(db, launchBoard.id);
    await renameBehindTheBoard(db, 'Renamed since');
    await db.boards.update(launchBoard.id, { updatedAt: launchBoard.updatedAt + 1 });

    const changed = await readWatchedBoard(db, launchBoard.id, launchBoard.updatedAt + 1, null);
    expect(changed?.tasks.find((task) => task.id === launchBoard.tasks[0]?.id)?.title).toBe('Renamed since');
    expect(changed?.updatedAt).toBe(launchBoard.updatedAt + 1);

    // The read ahead is gone: a later read with the old version reads the rows as they are.
    const later = await readWatchedBoard(db, launchBoard.id, launchBoard.updatedAt, null);
    expect(later?.updatedAt).toBe(launchBoard.updatedAt + 1);
  });

  it('reads the board when nothing was read ahead, and gives null for a board not stored', async () => {
    const db = await storedLaunchBoard();
    expect(await readWatchedBoard(db, launchBoard.id, launchBoard.updatedAt, null)).toEqual(await loadBoard(db, launchBoard.id));
    prefetchBoard(db, 'missing');
    expect(await readWatchedBoard(db, 'missing', null, null)).toBeNull();
  });

  it('falls back to a fresh read when the read ahead failed', async () => {
    const db = await storedLaunchBoard();
    const handle = createTestDatabase();
    // A database that may not open itself and was never opened: its read fails.
    const closed = new RaciDatabase(handle.name, { ...handle.options, autoOpen: false });
    await expect(loadBoard(closed, launchBoard.id)).rejects.toThrow();
    prefetchBoard(closed, launchBoard.id);
    expect(await readWatchedBoard(db, launchBoard.id, launchBoard.updatedAt, null)).toEqual(await loadBoard(db, launchBoard.id));
  });
});

describe('readCurrentBoard', () => {
  it('uses the read ahead while the stored board row still shows its version', async () => {
    const db = await storedLaunchBoard();
    prefetchBoard(db, launchBoard.id);
    await loadBoard(db, launchBoard.id);
    await renameBehindTheBoard(db, 'Renamed behind');
    expect((await readCurrentBoard(db, launchBoard.id))?.tasks[0]?.title).toBe(launchBoard.tasks[0]?.title);
  });

  it('reads the rows as stored once the board row moved on, and gives null for a board not stored', async () => {
    const db = await storedLaunchBoard();
    prefetchBoard(db, launchBoard.id);
    await renameBehindTheBoard(db, 'Renamed since');
    await db.boards.update(launchBoard.id, { updatedAt: launchBoard.updatedAt + 1 });
    const board = await readCurrentBoard(db, launchBoard.id);
    expect(board?.tasks.find((task) => task.id === launchBoard.tasks[0]?.id)?.title).toBe('Renamed since');
    expect(await readCurrentBoard(db, 'missing')).toBeNull();
  });
});

import Dexie, { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board, Cell, LetterSet } from '../../../../src/shared/domain/board';
import {
  commitBoardChange,
  createBoardRecord,
  deleteBoardRecord,
  listBoardSummaries,
  loadBoard,
  refreshBoard,
} from '../../../../src/renderer/src/storage/boardRepository';
import { commitEdit, historyState } from '../../../../src/renderer/src/storage/historyRepository';
import type { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { emptyBoard, hiringBoard, launchBoard, settledBoard } from './fixtures/boards';
import { failingAfterWrite, failingWrites, spiedDatabaseWith } from './fixtures/dbcoreSpy';
import { createTestDatabase, dumpDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

// Edits written the way commands write them: new objects only along the changed path.
function renameTask(board: Board, taskId: string, title: string, now: number): Board {
  return { ...board, updatedAt: now, tasks: board.tasks.map((task) => (task.id === taskId ? { ...task, title } : task)) };
}

function setLetters(board: Board, taskId: string, roleId: string, letters: LetterSet, now: number): Board {
  const others = board.cells.filter((cell) => !(cell.taskId === taskId && cell.roleId === roleId));
  const cells: Cell[] = letters.length === 0 ? others : [...others, { taskId, roleId, letters }];
  return { ...board, updatedAt: now, cells };
}

function deleteTask(board: Board, taskId: string, now: number): Board {
  return {
    ...board,
    updatedAt: now,
    tasks: board.tasks.filter((task) => task.id !== taskId),
    cells: board.cells.filter((cell) => cell.taskId !== taskId),
  };
}

/** Cells in key order, the order loadBoard returns them in. */
function withSortedCells(board: Board): Board {
  const key = (cell: Cell) => `${cell.taskId}\u0000${cell.roleId}`;
  return { ...board, cells: [...board.cells].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

const openDatabases: RaciDatabase[] = [];

function track(db: RaciDatabase): RaciDatabase {
  openDatabases.push(db);
  return db;
}

afterEach(() => {
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

async function databaseWith(...boards: Board[]): Promise<{ handle: TestDatabaseHandle; db: RaciDatabase }> {
  const handle = createTestDatabase();
  const db = track(handle.open());
  for (const board of boards) {
    expect(await createBoardRecord(db, board)).toEqual({ ok: true, value: undefined });
  }
  return { handle, db };
}

async function rowsOfBoard(db: RaciDatabase, boardId: string): Promise<Record<string, number>> {
  return {
    boards: await db.boards.where('id').equals(boardId).count(),
    roles: await db.roles.where('boardId').equals(boardId).count(),
    tasks: await db.tasks.where('boardId').equals(boardId).count(),
    groups: await db.groups.where('boardId').equals(boardId).count(),
    cells: await db.cells.where('boardId').equals(boardId).count(),
  };
}

/**
 * Dexie's live queries only run when it sees a global indexedDB; the tests pass theirs through
 * the constructor instead, so it is lent to Dexie for the duration of one test.
 */
async function withLiveQueries(handle: TestDatabaseHandle, run: () => Promise<void>): Promise<void> {
  const previous = Dexie.dependencies.indexedDB;
  Dexie.dependencies.indexedDB = handle.options.indexedDB as IDBFactory;
  try {
    await run();
  } finally {
    Dexie.dependencies.indexedDB = previous;
  }
}

describe('createBoardRecord', () => {
  it('stores a board that loadBoard reads back identical when the board has every kind of record', async () => {
    const { db } = await databaseWith(launchBoard);

    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(launchBoard);
  });

  it('keeps rule settings, keep-mine notes and folded groups when the board has them', async () => {
    const { handle, db } = await databaseWith(settledBoard);
    db.close();

    expect(await loadBoard(track(handle.open()), settledBoard.id)).toStrictEqual(settledBoard);
  });

  it('stores every row of the board when it is created', async () => {
    const { db } = await databaseWith(launchBoard);

    expect(await rowsOfBoard(db, launchBoard.id)).toEqual({ boards: 1, roles: 3, tasks: 4, groups: 2, cells: 7 });
  });

  it('stores a board with no records when the board is empty', async () => {
    const { db } = await databaseWith(emptyBoard);

    expect(await loadBoard(db, emptyBoard.id)).toStrictEqual(emptyBoard);
  });

  it('refuses a board whose id is already stored and leaves the stored board as it was', async () => {
    const { db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);
    const impostor: Board = { ...hiringBoard, id: launchBoard.id };

    const result = await createBoardRecord(db, impostor);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Your board could not be created: /);
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('createBoardRecord when a later write fails', () => {
  // An import is saved with createBoardRecord: these show that a failure after the board row was
  // written leaves nothing behind, neither the board row nor any of the rows written before it.
  it.each(['roles', 'tasks', 'groups', 'cells'])('stores nothing at all and reports a full disk when the %s write fails', async (table) => {
    const { handle, db } = await databaseWith(hiringBoard);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites(table, () => new DOMException('Quota exceeded', 'QuotaExceededError'))));

    const result = await createBoardRecord(failing, launchBoard);

    expect(result).toEqual({ ok: false, error: { kind: 'quota', message: expect.stringMatching(/^Your board could not be created: the disk is full\./) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('stores nothing at all when the cells reach IndexedDB and only then fail', async () => {
    const { handle, db } = await databaseWith(hiringBoard);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingAfterWrite('cells', () => new Error('disk controller on fire'))));

    const result = await createBoardRecord(failing, launchBoard);

    expect(result.ok).toBe(false);
    expect(await dumpDatabase(db)).toEqual(before);
    expect(await loadBoard(db, launchBoard.id)).toBeUndefined();
  });

  it('stores nothing at all when IndexedDB itself refuses a task row', async () => {
    const { db } = await databaseWith(hiringBoard);
    const before = await dumpDatabase(db);
    // A function cannot be stored (DataCloneError): a write IndexedDB refuses after the board row was added.
    const unstorable = { ...launchBoard, tasks: launchBoard.tasks.map((task, i) => (i === 2 ? { ...task, notes: (() => 'x') as unknown as string } : task)) };

    const result = await createBoardRecord(db, unstorable);

    expect(result.ok).toBe(false);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('refreshBoard', () => {
  it('returns the known board without reading any task or cell row when the stored board has its updatedAt', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const known = await loadBoard(db, launchBoard.id);
    spy.reset();

    const refreshed = await refreshBoard(db, launchBoard.id, known ?? null);

    expect(refreshed).toBe(known);
    expect(spy.tables.get('tasks')).toBeUndefined();
    expect(spy.tables.get('cells')).toBeUndefined();
  });

  it('reads the whole board when another write moved its updatedAt since the known board was read', async () => {
    const { db } = await databaseWith(launchBoard);
    const edited = renameTask(launchBoard, 'task-c', 'Own the roadmap', launchBoard.updatedAt + 1);
    expect((await commitBoardChange(db, launchBoard, edited)).ok).toBe(true);

    const refreshed = await refreshBoard(db, launchBoard.id, launchBoard);

    expect(refreshed).toStrictEqual(edited);
  });

  it('reads the whole board when nothing is known yet or the known board is another one', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard);

    expect(await refreshBoard(db, launchBoard.id, null)).toStrictEqual(launchBoard);
    expect(await refreshBoard(db, launchBoard.id, { ...hiringBoard, updatedAt: launchBoard.updatedAt })).toStrictEqual(launchBoard);
  });

  it('returns null when the board is no longer stored', async () => {
    const { db } = await databaseWith(launchBoard);
    expect((await deleteBoardRecord(db, launchBoard.id)).ok).toBe(true);

    expect(await refreshBoard(db, launchBoard.id, launchBoard)).toBeNull();
  });
});

describe('loadBoard', () => {
  it('returns undefined when no board has the id', async () => {
    const { db } = await databaseWith(launchBoard);

    expect(await loadBoard(db, 'board-missing')).toBeUndefined();
  });

  it('returns roles, tasks and groups sorted by order when their ids sort differently', async () => {
    const shuffled: Board = { ...launchBoard, tasks: [...launchBoard.tasks].reverse(), roles: [...launchBoard.roles].reverse() };
    const { db } = await databaseWith(shuffled);

    const loaded = await loadBoard(db, launchBoard.id);

    expect(loaded?.tasks.map((task) => task.id)).toEqual(['task-d', 'task-c', 'task-b', 'task-a']);
    expect(loaded?.roles.map((role) => role.id)).toEqual(['role-pm', 'role-eng', 'role-proj']);
    expect(loaded?.groups.map((group) => group.id)).toEqual(['group-plan', 'group-run']);
  });

  it('returns cells in key order whatever order they were created in', async () => {
    const { db } = await databaseWith({ ...launchBoard, cells: [...launchBoard.cells].reverse() });

    expect((await loadBoard(db, launchBoard.id))?.cells).toStrictEqual(withSortedCells(launchBoard).cells);
  });

  it('reads the board in one round trip to the database when the board is stored', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);

    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(withSortedCells(launchBoard));
    expect(spy.roundTrips()).toBe(1);
  });

  it('returns only the rows of the requested board when two boards share role and task ids', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard);

    expect(await loadBoard(db, hiringBoard.id)).toStrictEqual(hiringBoard);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(launchBoard);
  });

  it('runs again in a live query when another window commits a change to that board, and only then', async () => {
    const { handle, db } = await databaseWith(launchBoard, hiringBoard);
    const otherWindow = track(handle.open());
    await withLiveQueries(handle, async () => {
      let runs = 0;
      const names: (string | undefined)[] = [];
      const subscription = liveQuery(() => {
        runs += 1;
        return loadBoard(db, launchBoard.id);
      }).subscribe({ next: (board) => names.push(board?.name) });
      try {
        await vi.waitFor(() => expect(names).toEqual(['Product launch']));

        const hiringEdited = setLetters(renameTask({ ...hiringBoard, name: 'Hiring 2026' }, 'task-a', 'Post the job ad', 1), 'task-b', 'role-pm', ['I'], 1);
        await commitBoardChange(otherWindow, hiringBoard, hiringEdited);
        await commitBoardChange(otherWindow, launchBoard, { ...launchBoard, name: 'Launch, renamed' });

        await vi.waitFor(() => expect(names).toEqual(['Product launch', 'Launch, renamed']));
        expect(runs).toBe(2);
      } finally {
        subscription.unsubscribe();
      }
    });
  });
});

describe('listBoardSummaries', () => {
  it('returns an empty list when no board is stored', async () => {
    const { db } = await databaseWith();

    expect(await listBoardSummaries(db)).toEqual([]);
  });

  it('lists boards newest edit first with their task counts', async () => {
    const { db } = await databaseWith(launchBoard, emptyBoard, hiringBoard);

    expect(await listBoardSummaries(db)).toEqual([
      { id: hiringBoard.id, name: 'Hiring', createdAt: hiringBoard.createdAt, updatedAt: hiringBoard.updatedAt, taskCount: 2 },
      { id: launchBoard.id, name: 'Product launch', createdAt: launchBoard.createdAt, updatedAt: launchBoard.updatedAt, taskCount: 4 },
      { id: emptyBoard.id, name: 'Empty', createdAt: emptyBoard.createdAt, updatedAt: emptyBoard.updatedAt, taskCount: 0 },
    ]);
  });

  it('moves a board to the top and updates its count when it is edited', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard);
    const edited = deleteTask(launchBoard, 'task-a', hiringBoard.updatedAt + 1);
    expect((await commitBoardChange(db, launchBoard, edited)).ok).toBe(true);

    const summaries = await listBoardSummaries(db);

    expect(summaries.map((summary) => [summary.id, summary.taskCount, summary.updatedAt])).toEqual([
      [launchBoard.id, 3, hiringBoard.updatedAt + 1],
      [hiringBoard.id, 2, hiringBoard.updatedAt],
    ]);
  });

  it('counts tasks with an index count without reading any task row', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard, hiringBoard);

    await listBoardSummaries(db);

    expect(spy.tables.get('tasks')).toEqual({ put: 0, delete: 0, deleteRequests: 0, rowReads: 0, count: 2 });
  });

  it('runs again in a live query when another window adds a task to any board', async () => {
    const { handle, db } = await databaseWith(launchBoard, hiringBoard);
    const otherWindow = track(handle.open());
    await withLiveQueries(handle, async () => {
      const seen: string[] = [];
      const subscription = liveQuery(() => listBoardSummaries(db)).subscribe({
        next: (summaries) => seen.push(summaries.map((summary) => `${summary.name}:${summary.taskCount}`).join(' ')),
      });
      try {
        await vi.waitFor(() => expect(seen).toEqual(['Hiring:2 Product launch:4']));
        const withTask: Board = { ...hiringBoard, updatedAt: hiringBoard.updatedAt + 1, tasks: [...hiringBoard.tasks, { id: 'task-c', title: 'Make the offer', order: 3 }] };

        await commitBoardChange(otherWindow, hiringBoard, withTask);

        await vi.waitFor(() => expect(seen.at(-1)).toBe('Hiring:3 Product launch:4'));
      } finally {
        subscription.unsubscribe();
      }
    });
  });
});

describe('commitBoardChange', () => {
  it('keeps an edit when the database is closed and reopened', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const edited = setLetters(renameTask(launchBoard, 'task-b', 'Run the weekly schedule', 1_700_001_000_000), 'task-b', 'role-pm', ['C', 'I'], 1_700_001_000_000);

    expect(await commitBoardChange(db, launchBoard, edited)).toEqual({ ok: true, value: undefined });
    db.close();
    const reopened = track(handle.open());

    expect(await loadBoard(reopened, launchBoard.id)).toStrictEqual(withSortedCells(edited));
  });

  it('writes only the changed rows in one transaction when one task is renamed and one cell changes', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const edited = setLetters(renameTask(launchBoard, 'task-c', 'Own the roadmap', 1_700_002_000_000), 'task-a', 'role-pm', ['C'], 1_700_002_000_000);

    expect((await commitBoardChange(db, launchBoard, edited)).ok).toBe(true);

    expect(spy.readwriteTransactions).toEqual([['boards', 'cells', 'tasks']]);
    expect(spy.tables.get('boards')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.get('tasks')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.get('cells')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.has('roles')).toBe(false);
    expect(spy.tables.has('groups')).toBe(false);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(withSortedCells(edited));
  });

  it('writes only the changed rows, and the board row to move updatedAt on, when the edited board was rebuilt without shared objects', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const rebuilt = structuredClone(renameTask(launchBoard, 'task-d', 'Set the vision', launchBoard.updatedAt));

    expect((await commitBoardChange(db, launchBoard, rebuilt)).ok).toBe(true);

    expect(spy.readwriteTransactions).toEqual([['boards', 'tasks']]);
    expect(spy.tables.get('tasks')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.get('boards')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.has('cells')).toBe(false);
    // Every stored state of a board has its own updatedAt, even when the edit did not move it.
    expect((await loadBoard(db, launchBoard.id))?.updatedAt).toBe(launchBoard.updatedAt + 1);
  });

  it('keeps board fields another window changed meanwhile and writes only the fields this edit changed', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const otherWindow = track(handle.open());
    const withSettings: Board = { ...launchBoard, ruleSettings: settledBoard.ruleSettings, updatedAt: 1_700_004_000_000 };
    expect((await commitBoardChange(otherWindow, launchBoard, withSettings)).ok).toBe(true);

    // This window still holds the board from before the other window's change.
    const renamed: Board = { ...launchBoard, name: 'Launch, renamed', updatedAt: 1_700_003_000_000 };
    expect(await commitBoardChange(db, launchBoard, renamed)).toEqual({ ok: true, value: undefined });

    expect(await loadBoard(db, launchBoard.id)).toStrictEqual({ ...launchBoard, name: 'Launch, renamed', ruleSettings: settledBoard.ruleSettings, updatedAt: 1_700_004_000_001 });
  });

  it('deletes only the rows of a removed task and its cells when a task is deleted', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const edited = deleteTask(launchBoard, 'task-c', 1_700_003_000_000);

    expect((await commitBoardChange(db, launchBoard, edited)).ok).toBe(true);

    expect(spy.tables.get('tasks')).toMatchObject({ put: 0, delete: 1 });
    expect(spy.tables.get('cells')).toMatchObject({ put: 0, delete: 2 });
    expect(await rowsOfBoard(db, launchBoard.id)).toEqual({ boards: 1, roles: 3, tasks: 3, groups: 2, cells: 5 });
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(edited);
  });

  it('persists folding a group, a keep-mine note and new rule settings, and removing them again', async () => {
    const { db } = await databaseWith(launchBoard);
    const settled: Board = {
      ...launchBoard,
      updatedAt: 1_700_001_000_000,
      ruleSettings: settledBoard.ruleSettings,
      groups: launchBoard.groups.map((group) => (group.id === 'group-run' ? { ...group, collapsed: true } : group)),
      tasks: launchBoard.tasks.map((task) => (task.id === 'task-a' ? { ...task, keepMine: { note: 'Engineering ships.' } } : task)),
    };

    expect((await commitBoardChange(db, launchBoard, settled)).ok).toBe(true);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(settled);
    expect((await commitBoardChange(db, settled, launchBoard)).ok).toBe(true);
    // updatedAt never goes back: the removal is a newer state of the board.
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual({ ...launchBoard, updatedAt: settled.updatedAt + 1 });
  });

  it('writes nothing and opens no transaction when nothing changed', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);

    expect(await commitBoardChange(db, launchBoard, structuredClone(launchBoard))).toEqual({ ok: true, value: undefined });

    expect(spy.readwriteTransactions).toEqual([]);
  });

  it('leaves the database exactly as before and reports a full disk when a cells write fails', async () => {
    const { handle, db } = await databaseWith(launchBoard, hiringBoard);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites('cells', () => new DOMException('Quota exceeded', 'QuotaExceededError'))));
    const edited = setLetters(renameTask(launchBoard, 'task-a', 'Ship it twice', 1_700_004_000_000), 'task-a', 'role-proj', ['I'], 1_700_004_000_000);

    const result = await commitBoardChange(failing, launchBoard, edited);

    expect(result).toEqual({ ok: false, error: { kind: 'quota', message: expect.stringMatching(/^Your board could not be saved: the disk is full\./) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('leaves the database exactly as before and returns a readable error when a write fails unexpectedly', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites('cells', () => new Error('disk controller on fire'))));
    const edited = deleteTask(launchBoard, 'task-d', 1_700_005_000_000);

    const result = await commitBoardChange(failing, launchBoard, edited);

    expect(result).toEqual({
      ok: false,
      error: { kind: 'unknown', message: 'Your board could not be saved: local storage reported an unexpected error (disk controller on fire).' },
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('refuses the edit and writes nothing when the board was deleted meanwhile', async () => {
    const { db } = await databaseWith(launchBoard);
    expect((await deleteBoardRecord(db, launchBoard.id)).ok).toBe(true);

    const result = await commitBoardChange(db, launchBoard, renameTask(launchBoard, 'task-a', 'Ship it now', 1_700_006_000_000));

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Your board could not be saved: it no longer exists/);
    }
    expect(await rowsOfBoard(db, launchBoard.id)).toEqual({ boards: 0, roles: 0, tasks: 0, groups: 0, cells: 0 });
  });
});

describe('deleteBoardRecord', () => {
  it('removes the board and every row of it and leaves other boards untouched', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard, emptyBoard);

    expect(await deleteBoardRecord(db, launchBoard.id)).toEqual({ ok: true, value: undefined });

    expect(await rowsOfBoard(db, launchBoard.id)).toEqual({ boards: 0, roles: 0, tasks: 0, groups: 0, cells: 0 });
    expect(await loadBoard(db, launchBoard.id)).toBeUndefined();
    expect(await loadBoard(db, hiringBoard.id)).toStrictEqual(hiringBoard);
    expect(await loadBoard(db, emptyBoard.id)).toStrictEqual(emptyBoard);
    expect((await listBoardSummaries(db)).map((summary) => summary.id)).toEqual([hiringBoard.id, emptyBoard.id]);
  });

  it('removes the board’s undo history and leaves other boards’ history alone', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard);
    await commitEdit(db, launchBoard, { type: 'renameTask', taskId: 'task-a', title: 'Ship it now' }, 1_700_006_000_000);
    await commitEdit(db, hiringBoard, { type: 'renameTask', taskId: 'task-a', title: 'Post the job ad' }, 1_700_006_000_000);

    expect(await deleteBoardRecord(db, launchBoard.id)).toEqual({ ok: true, value: undefined });

    expect(await db.history.where('boardId').equals(launchBoard.id).count()).toBe(0);
    expect(await db.historyCursors.get(launchBoard.id)).toBeUndefined();
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: null, redoLabel: null });
    expect(await historyState(db, hiringBoard.id)).toEqual({ undoLabel: 'Renamed Write the job ad to Post the job ad', redoLabel: null });
  });

  it('succeeds and changes nothing when the board is not stored', async () => {
    const { db } = await databaseWith(hiringBoard);
    const before = await dumpDatabase(db);

    expect(await deleteBoardRecord(db, 'board-missing')).toEqual({ ok: true, value: undefined });

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('keeps every row and returns a readable error when removing the cells fails', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites('cells', () => new DOMException('Transaction aborted', 'AbortError'))));

    const result = await deleteBoardRecord(failing, launchBoard.id);

    expect(result).toEqual({ ok: false, error: { kind: 'aborted', message: expect.stringMatching(/^The board could not be deleted: /) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

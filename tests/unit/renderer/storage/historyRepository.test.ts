import Dexie, { liveQuery } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import type { Command, CommandType } from '../../../../src/shared/domain/command';
import { DEFAULT_RULE_SETTINGS } from '../../../../src/shared/domain/rules/ruleSettings';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { canonicalOrder } from '../../../../src/shared/domain/history/canonicalOrder';
import { commitBoardChange, createBoardRecord, deleteBoardRecord, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import { commitEdit, editTime, HISTORY_LIMIT, historyState, redo, undo } from '../../../../src/renderer/src/storage/historyRepository';
import type { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { hiringBoard, launchBoard } from './fixtures/boards';
import { createDbcoreSpy, failingWrites, spiedDatabaseWith } from './fixtures/dbcoreSpy';
import { createTestDatabase, dumpDatabase, type TestDatabaseHandle } from './fixtures/testDatabase';

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
    expect((await createBoardRecord(db, board)).ok).toBe(true);
  }
  return { handle, db };
}

/** The board as loadBoard returns it: every list in canonical order. */
function canonical(board: Board): Board {
  return {
    ...board,
    roles: [...board.roles].sort(canonicalOrder.records),
    tasks: [...board.tasks].sort(canonicalOrder.records),
    groups: [...board.groups].sort(canonicalOrder.records),
    cells: [...board.cells].sort(canonicalOrder.cells),
  };
}

/**
 * Commits a command applied to `board` (the board this window holds) and returns the board as
 * stored after it. `withResult`: passes the window's own result of the command too, as the editor
 * does, which the commit takes as it is when the stored board is `board`.
 */
async function commitCommand(db: RaciDatabase, board: Board, command: Command, at: number, withResult = false): Promise<Board> {
  const committed = await commitEdit(db, board, command, at, withResult ? appliedTo(board, command, at) : undefined);
  if (!committed.ok) throw new Error(committed.error.message);
  expect(committed.value.refused).toBeNull();
  return committed.value.board;
}

/** `command` applied to `board` as a window does before committing it. */
function appliedTo(board: Board, command: Command, at: number): Board {
  const applied = applyCommand(board, command, editTime(board, at));
  if (!applied.ok) throw new Error(applied.error.message);
  return applied.value;
}

const MOVE_VISION: Command = { type: 'moveTask', taskId: 'task-d', toRoleId: 'role-proj', toIndex: 0 };
const RENAME_SHIP: Command = { type: 'renameTask', taskId: 'task-a', title: 'Ship the release' };
const DELETE_ENG: Command = { type: 'deleteRole', roleId: 'role-eng' };

/** Three edits on the launch board; returns the board after each (index 0: before any). */
async function threeEdits(db: RaciDatabase): Promise<Board[]> {
  const states = [launchBoard];
  states.push(await commitCommand(db, states[0]!, MOVE_VISION, 1_800_000_000_001));
  states.push(await commitCommand(db, states[1]!, RENAME_SHIP, 1_800_000_000_002));
  states.push(await commitCommand(db, states[2]!, DELETE_ENG, 1_800_000_000_003));
  return states;
}

/** The two ways a window commits: with its own result of the command, or without. */
const WAYS = [
  ['with the window’s own result', true],
  ['without the window’s result', false],
] as const;

async function stepCount(db: RaciDatabase, boardId: string): Promise<number> {
  return db.history.where('boardId').equals(boardId).count();
}

describe('commitEdit', () => {
  it('writes the edit and offers it to undo by its label', async () => {
    const { db } = await databaseWith(launchBoard);

    const moved = await commitCommand(db, launchBoard, MOVE_VISION, 1_800_000_000_001);

    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical(moved));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: 'Moved Define the vision to Project manager', redoLabel: null });
  });

  it('writes the changed rows, the step and the cursor in one transaction', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);

    await commitCommand(db, launchBoard, RENAME_SHIP, 1_800_000_000_001);

    expect(spy.readwriteTransactions).toEqual([['boards', 'cells', 'groups', 'history', 'historyCursors', 'roles', 'tasks']]);
    expect(spy.tables.get('tasks')).toMatchObject({ put: 1, delete: 0 });
    expect(spy.tables.get('history')).toMatchObject({ put: 1 });
    expect(spy.tables.has('cells')).toBe(false);
  });

  it('writes nothing and records no step when nothing changed', async () => {
    const { db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);

    expect(await commitEdit(db, launchBoard, { type: 'renameTask', taskId: 'task-a', title: 'Ship it' }, 1_800_000_000_001)).toEqual({
      ok: true,
      value: { board: launchBoard, refused: null },
    });

    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each(WAYS)('drops the steps that could be redone when a new edit follows an undo, committed %s', async (_, withResult) => {
    const { db } = await databaseWith(launchBoard);
    await threeEdits(db);
    await undo(db, launchBoard.id, 1_800_000_000_010);
    const afterUndo = await undo(db, launchBoard.id, 1_800_000_000_011);
    expect(await historyState(db, launchBoard.id)).toEqual({
      undoLabel: 'Moved Define the vision to Project manager',
      redoLabel: 'Renamed Ship it to Ship the release',
    });

    const current = afterUndo.ok ? afterUndo.value!.board : launchBoard;
    await commitCommand(db, current, { type: 'renameBoard', name: 'Launch 2027' }, 1_800_000_000_012, withResult);

    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: 'Renamed board to Launch 2027', redoLabel: null });
    expect(await redo(db, launchBoard.id, 1_800_000_000_013)).toEqual({ ok: true, value: null });
    expect(await stepCount(db, launchBoard.id)).toBe(2);
  });

  it.each(WAYS)(`keeps only the last ${HISTORY_LIMIT} steps of a board and leaves other boards' steps alone, committed %s`, async (_, withResult) => {
    const { db } = await databaseWith(launchBoard, hiringBoard);
    await commitCommand(db, hiringBoard, { type: 'renameBoard', name: 'Hiring 2027' }, 1_800_000_000_000);
    let board = launchBoard;
    const titles: string[] = [];
    for (let i = 1; i <= HISTORY_LIMIT + 3; i += 1) {
      titles.push(`Ship it, take ${i}`);
      board = await commitCommand(db, board, { type: 'renameTask', taskId: 'task-a', title: titles.at(-1)! }, 1_800_000_000_000 + i, withResult);
    }

    expect(await stepCount(db, launchBoard.id)).toBe(HISTORY_LIMIT);
    expect(await stepCount(db, hiringBoard.id)).toBe(1);

    let undone = 0;
    let last: Board | undefined;
    for (;;) {
      const result = await undo(db, launchBoard.id, 1_900_000_000_000 + undone);
      if (!result.ok) throw new Error(result.error.message);
      if (result.value === null) break;
      undone += 1;
      last = result.value.board;
    }
    expect(undone).toBe(HISTORY_LIMIT);
    // The three oldest steps were dropped: the furthest undo reaches the third rename.
    expect(last?.tasks.find((task) => task.id === 'task-a')?.title).toBe(titles[2]);
  }, 60_000);

  it('stores the window’s own result of the command, that very object, when the stored board is the one it edited', async () => {
    const { db } = await databaseWith(launchBoard);
    const after = appliedTo(launchBoard, MOVE_VISION, 1_800_000_000_001);

    const committed = await commitEdit(db, launchBoard, MOVE_VISION, 1_800_000_000_001, after);

    expect(committed.ok && committed.value.board).toBe(after);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical(after));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: 'Moved Define the vision to Project manager', redoLabel: null });
  });

  it('reports the refusal, and writes nothing, when the window passes its own board back as the result', async () => {
    // The editor does so for a queued edit that no longer applies once it is rebased on a board
    // another window stored: the refusal must still reach the person.
    const { db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);
    const renameMissing: Command = { type: 'renameTask', taskId: 'task-gone', title: 'Never there' };

    const result = await commitEdit(db, launchBoard, renameMissing, 1_800_000_000_001, launchBoard);

    expect(result).toEqual({ ok: true, value: { board: launchBoard, refused: { code: 'not-found', message: expect.any(String) } } });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each(WAYS)('refuses the edit and records nothing when the board was deleted meanwhile, committed %s', async (_, withResult) => {
    const { db } = await databaseWith(launchBoard);
    expect((await deleteBoardRecord(db, launchBoard.id)).ok).toBe(true);
    const before = await dumpDatabase(db);

    const result = await commitEdit(db, launchBoard, MOVE_VISION, 1_800_000_000_001, withResult ? appliedTo(launchBoard, MOVE_VISION, 1_800_000_000_001) : undefined);

    expect(result).toEqual({ ok: false, error: { kind: 'unknown', message: expect.stringMatching(/^Your board could not be saved: it no longer exists/) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it.each([
    ['recording the step', 'history', false],
    ['writing a row, the window having passed its own result,', 'tasks', true],
  ] as const)('leaves rows and history exactly as before and reports a full disk when %s fails', async (_, table, withResult) => {
    const { handle, db } = await databaseWith(launchBoard);
    await threeEdits(db);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites(table, () => new DOMException('Quota exceeded', 'QuotaExceededError'))));
    const current = (await loadBoard(db, launchBoard.id))!;
    const rename: Command = { type: 'renameTask', taskId: 'task-a', title: 'Never saved' };

    const saved = await commitEdit(failing, current, rename, 1_800_000_000_100, withResult ? appliedTo(current, rename, 1_800_000_000_100) : undefined);

    expect(saved).toEqual({ ok: false, error: { kind: 'quota', message: expect.stringMatching(/^Your board could not be saved: the disk is full\./) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('commitEdit in one round trip', () => {
  const RENAME_VISION: Command = { type: 'renameTask', taskId: 'task-d', title: 'Vision statement' };

  it('sends every read and write at once when the window has seen the newest step and the board is as it left it', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    // A window's first commit goes the long way, and learns the newest step from it.
    const first = await commitCommand(db, launchBoard, RENAME_VISION, 1_800_000_000_001, true);
    expect(spy.roundTrips()).toBeGreaterThan(1);
    spy.reset();

    const moved = await commitCommand(db, first, MOVE_VISION, 1_800_000_000_002, true);

    expect(spy.roundTrips()).toBe(1);
    expect(spy.readwriteTransactions).toHaveLength(1);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical(moved));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
    // The cursor points at the new step: undo takes the move back, then the rename.
    expect((await undo(db, launchBoard.id, 1_800_000_000_003)).ok).toBe(true);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical({ ...first, updatedAt: 1_800_000_000_003 }));
    expect((await undo(db, launchBoard.id, 1_800_000_000_004)).ok).toBe(true);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical({ ...launchBoard, updatedAt: 1_800_000_000_004 }));
  });

  it('rolls the try back and goes the long way when another window recorded a step since', async () => {
    const { handle, db: windowA, spy } = await spiedDatabaseWith(track, launchBoard, hiringBoard);
    const windowB = track(handle.open());
    const renamed = await commitCommand(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001, true);
    // B records a step on the other board: the seq A would guess for its next step is taken.
    await commitCommand(windowB, hiringBoard, { type: 'renameBoard', name: 'Hiring 2027' }, 1_800_000_000_002, true);
    spy.reset();

    const moved = await commitCommand(windowA, renamed, MOVE_VISION, 1_800_000_000_003, true);

    expect(spy.roundTrips()).toBeGreaterThan(1);
    expect(spy.readwriteTransactions).toHaveLength(2);
    expect(await loadBoard(windowA, launchBoard.id)).toStrictEqual(canonical(moved));
    expect(await stepCount(windowA, launchBoard.id)).toBe(2);
    expect(await stepCount(windowA, hiringBoard.id)).toBe(1);
    expect(await historyState(windowA, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
    expect(await historyState(windowA, hiringBoard.id)).toEqual({ undoLabel: expect.stringContaining('Hiring 2027'), redoLabel: null });
    // Having seen B's step, A's next edit goes in one round trip again.
    spy.reset();
    await commitCommand(windowA, moved, RENAME_SHIP, 1_800_000_000_004, true);
    expect(spy.roundTrips()).toBe(1);
  });

  it('rolls the try back and applies the command to the stored board when another window changed the board since', async () => {
    const { handle, db: windowA, spy } = await spiedDatabaseWith(track, launchBoard);
    const windowB = track(handle.open());
    const first = await commitCommand(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001, true);
    // B renames the board from the home screen, which records no step: only the board itself can
    // tell A that the board it edits is no longer the stored one.
    expect((await commitBoardChange(windowB, first, { ...first, name: 'Launch 2027', updatedAt: 1_800_000_000_002 })).ok).toBe(true);
    spy.reset();

    const result = await commitEdit(windowA, first, MOVE_VISION, 1_800_000_000_003, appliedTo(first, MOVE_VISION, 1_800_000_000_003));

    expect(spy.readwriteTransactions).toHaveLength(2);
    const stored = await loadBoard(windowA, launchBoard.id);
    expect(stored?.name).toBe('Launch 2027');
    expect(stored?.cells.filter((cell) => cell.taskId === 'task-d' && cell.letters.includes('A')).map((cell) => cell.roleId)).toEqual(['role-proj']);
    expect(result).toEqual({ ok: true, value: { board: stored, refused: null } });
    expect(await historyState(windowA, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
  });

  it('rolls the try back and drops the redo stack the long way when a step can be redone', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const renamed = await commitCommand(db, launchBoard, RENAME_VISION, 1_800_000_000_001, true);
    await commitCommand(db, renamed, RENAME_SHIP, 1_800_000_000_002, true);
    const undone = await undo(db, launchBoard.id, 1_800_000_000_003);
    if (!undone.ok || undone.value === null) throw new Error('nothing undone');
    spy.reset();

    await commitCommand(db, undone.value.board, MOVE_VISION, 1_800_000_000_004, true);

    expect(spy.readwriteTransactions).toHaveLength(2);
    expect(await stepCount(db, launchBoard.id)).toBe(2);
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
  });

  it('reports a failed write once and leaves the database as it was', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const first = await commitCommand(db, launchBoard, RENAME_VISION, 1_800_000_000_001, true);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites('tasks', () => new DOMException('The disk is full.', 'QuotaExceededError'))));
    await historyState(failing, launchBoard.id);

    const saved = await commitEdit(failing, first, RENAME_SHIP, 1_800_000_000_002, appliedTo(first, RENAME_SHIP, 1_800_000_000_002));

    expect(saved.ok).toBe(false);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('commitEdit from two windows', () => {
  const RENAME_VISION: Command = { type: 'renameTask', taskId: 'task-d', title: 'Vision statement' };

  it('keeps both edits when two windows change different fields of the same task', async () => {
    const { handle, db: windowA } = await databaseWith(launchBoard);
    const windowB = track(handle.open());

    // Both windows show launchBoard; A renames the task, then B, not having seen that, moves it.
    const afterA = await commitEdit(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001);
    const afterB = await commitEdit(windowB, launchBoard, MOVE_VISION, 1_800_000_000_002);

    const stored = await loadBoard(windowA, launchBoard.id);
    const task = stored?.tasks.find((candidate) => candidate.id === 'task-d');
    expect(task?.title).toBe('Vision statement');
    expect(stored?.cells.filter((cell) => cell.taskId === 'task-d' && cell.letters.includes('A')).map((cell) => cell.roleId)).toEqual(['role-proj']);
    expect(afterA.ok && afterA.value.refused).toBeNull();
    expect(afterB).toEqual({ ok: true, value: { board: stored, refused: null } });
    // The step is described against the board as stored, so it names the task by its new title.
    expect(await historyState(windowB, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
    expect(checkBoardInvariants(stored!)).toEqual([]);
  });

  it('applies the command to the stored board, not the window’s result, when the other window wrote first', async () => {
    const { handle, db: windowA } = await databaseWith(launchBoard);
    const windowB = track(handle.open());
    await commitEdit(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001);
    const afterInB = appliedTo(launchBoard, MOVE_VISION, 1_800_000_000_002);

    const result = await commitEdit(windowB, launchBoard, MOVE_VISION, 1_800_000_000_002, afterInB);

    const stored = await loadBoard(windowA, launchBoard.id);
    expect(stored?.tasks.find((task) => task.id === 'task-d')?.title).toBe('Vision statement');
    expect(stored?.cells.filter((cell) => cell.taskId === 'task-d' && cell.letters.includes('A')).map((cell) => cell.roleId)).toEqual(['role-proj']);
    expect(result).toEqual({ ok: true, value: { board: stored, refused: null } });
    // The step too is made against the stored board: it names the task by its new title, and
    // undoing it keeps the other window's rename.
    expect(await historyState(windowB, launchBoard.id)).toEqual({ undoLabel: 'Moved Vision statement to Project manager', redoLabel: null });
    // One step each, and none of B's own result, which the stored board had moved past.
    expect(await stepCount(windowA, launchBoard.id)).toBe(2);
    await undo(windowB, launchBoard.id, 1_800_000_000_003);
    expect((await loadBoard(windowA, launchBoard.id))?.tasks.find((task) => task.id === 'task-d')?.title).toBe('Vision statement');
  });

  it('undoes only its own change when the other window edited the same task in between', async () => {
    const { handle, db: windowA } = await databaseWith(launchBoard);
    const windowB = track(handle.open());
    await commitEdit(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001);
    await commitEdit(windowB, launchBoard, MOVE_VISION, 1_800_000_000_002);

    const undone = await undo(windowB, launchBoard.id, 1_800_000_000_003);

    expect(undone.ok && undone.value?.label).toBe('Moved Vision statement to Project manager');
    const stored = await loadBoard(windowA, launchBoard.id);
    expect(stored?.tasks.find((task) => task.id === 'task-d')?.title).toBe('Vision statement');
    expect(stored?.cells.filter((cell) => cell.taskId === 'task-d')).toEqual(launchBoard.cells.filter((cell) => cell.taskId === 'task-d'));
  });

  it('writes nothing and reports the refusal when the other window deleted what the command edits', async () => {
    const { handle, db: windowA } = await databaseWith(launchBoard);
    const windowB = track(handle.open());
    const deleted = await commitCommand(windowA, launchBoard, { type: 'deleteTask', taskId: 'task-d' }, 1_800_000_000_001);
    const before = await dumpDatabase(windowA);

    const result = await commitEdit(windowB, launchBoard, RENAME_VISION, 1_800_000_000_002);

    expect(result).toEqual({ ok: true, value: { board: canonical(deleted), refused: { code: 'not-found', message: expect.any(String) } } });
    expect(await dumpDatabase(windowA)).toEqual(before);
  });

  it('moves updatedAt past the stored board even when the window’s clock is behind', async () => {
    const { handle, db: windowA } = await databaseWith(launchBoard);
    const windowB = track(handle.open());
    await commitEdit(windowA, launchBoard, RENAME_VISION, 1_900_000_000_000);

    const result = await commitEdit(windowB, launchBoard, MOVE_VISION, 1_800_000_000_000);

    expect(result.ok && result.value.board.updatedAt).toBe(1_900_000_000_001);
    expect((await loadBoard(windowA, launchBoard.id))?.updatedAt).toBe(1_900_000_000_001);
  });

  it('asks to delete no step when there is nothing to redo, and drops the redo stack when there is', async () => {
    const { db, spy } = await spiedDatabaseWith(track, launchBoard);
    const first = await commitCommand(db, launchBoard, RENAME_VISION, 1_800_000_000_001);
    spy.reset();
    const second = await commitCommand(db, first, MOVE_VISION, 1_800_000_000_002);
    // Each delete request is a round trip to the database while a drop's render runs.
    expect(spy.tables.get('history')?.deleteRequests ?? 0).toBe(0);

    expect((await undo(db, launchBoard.id, 1_800_000_000_003)).ok).toBe(true);
    spy.reset();
    await commitCommand(db, second, RENAME_SHIP, 1_800_000_000_004);
    expect(spy.tables.get('history')?.deleteRequests).toBeGreaterThan(0);
    expect((await historyState(db, launchBoard.id)).redoLabel).toBeNull();
  });

  it('reads the stored rows only when another window wrote since the board the command was applied to', async () => {
    const handle = createTestDatabase();
    const spy = createDbcoreSpy();
    const windowA = track(handle.open().use(spy.middleware));
    const windowB = track(handle.open());
    await createBoardRecord(windowA, launchBoard);
    spy.reset();

    const first = await commitCommand(windowA, launchBoard, RENAME_VISION, 1_800_000_000_001);
    expect(spy.tables.get('tasks')?.rowReads ?? 0).toBe(0);
    expect(spy.tables.get('cells')?.rowReads ?? 0).toBe(0);

    await commitCommand(windowB, first, RENAME_SHIP, 1_800_000_000_002);
    spy.reset();
    await commitCommand(windowA, first, MOVE_VISION, 1_800_000_000_003);
    expect(spy.tables.get('tasks')?.rowReads).toBeGreaterThan(0);
    expect((await loadBoard(windowA, launchBoard.id))?.tasks.map((task) => task.title)).toEqual(['Vision statement', 'Write the roadmap', 'Run the schedule', 'Ship the release']);
  });

  it('stores what the commands give applied one after another in commit order, whatever each window had seen', async () => {
    const roles = ['role-pm', 'role-eng', 'role-proj', 'role-new'];
    const tasks = ['task-a', 'task-b', 'task-c', 'task-d', 'task-new'];
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc.record({ type: fc.constant('renameTask' as const), taskId: fc.constantFrom(...tasks), title: fc.constantFrom('Alpha', 'Beta', 'Gamma') }),
      fc.record({ type: fc.constant('setTaskNotes' as const), taskId: fc.constantFrom(...tasks), notes: fc.constantFrom('One', 'Two', '') }),
      fc.record({ type: fc.constant('renameRole' as const), roleId: fc.constantFrom(...roles), name: fc.constantFrom('Owner', 'Lead', 'Sponsor') }),
      fc.record({ type: fc.constant('recolourRole' as const), roleId: fc.constantFrom(...roles), colour: fc.constantFrom('#112233', '#aa5500') }),
      fc.record({
        type: fc.constant('setLetters' as const),
        taskId: fc.constantFrom(...tasks),
        roleId: fc.constantFrom(...roles),
        letters: fc.subarray(['R', 'A', 'C', 'I'] as const),
      }),
      fc.record({ type: fc.constant('moveTask' as const), taskId: fc.constantFrom(...tasks), toRoleId: fc.constantFrom(null, ...roles), toIndex: fc.nat(3) }),
      fc.record({ type: fc.constant('deleteTask' as const), taskId: fc.constantFrom(...tasks) }),
      fc.constant<Command>({ type: 'addTask', taskId: 'task-new', title: 'New task', roleId: 'role-eng' }),
      fc.constant<Command>({ type: 'addRole', roleId: 'role-new', name: 'New lane', colour: '#336699' }),
      fc.constant<Command>({ type: 'deleteRole', roleId: 'role-eng' }),
    );
    // Each edit: which window makes it, whether that window first catches up with the stored board,
    // and whether it passes its own result of the command, as the editor does (which lets the commit
    // try the one-round-trip way, right or wrong about the stored board).
    const edits = fc.array(fc.record({ window: fc.constantFrom(0, 1), refresh: fc.boolean(), withResult: fc.boolean(), command }), { minLength: 1, maxLength: 25 });

    await fc.assert(
      fc.asyncProperty(edits, async (plan) => {
        const { handle, db } = await databaseWith(launchBoard);
        const windows = [db, track(handle.open())];
        const seen = [launchBoard, launchBoard];
        let expected = launchBoard;
        let steps = 0;
        let at = 1_800_000_000_000;
        for (const edit of plan) {
          at += 1;
          if (edit.refresh) seen[edit.window] = (await loadBoard(db, launchBoard.id))!;
          const base = seen[edit.window]!;
          const own = applyCommand(base, edit.command, editTime(base, at));
          const result = await commitEdit(windows[edit.window]!, base, edit.command, at, edit.withResult ? (own.ok ? own.value : base) : undefined);
          if (!result.ok) throw new Error(result.error.message);
          seen[edit.window] = result.value.board;
          // The model: the command applied to everything committed before it.
          const applied = applyCommand(expected, edit.command, Math.max(at, expected.updatedAt + 1));
          expect(result.value.refused === null).toBe(applied.ok);
          if (applied.ok && applied.value !== expected) steps += 1;
          if (applied.ok) expected = applied.value;
        }
        const stored = await loadBoard(db, launchBoard.id);
        expect(stored).toStrictEqual(canonical(expected));
        expect(checkBoardInvariants(stored!)).toEqual([]);
        // One step per edit that changed the board, undone newest first back to the board's start.
        expect(await stepCount(db, launchBoard.id)).toBe(steps);
        for (let undone = 0; undone < steps; undone += 1) {
          at += 1;
          expect((await undo(windows[undone % 2]!, launchBoard.id, at)).ok).toBe(true);
        }
        expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical({ ...launchBoard, updatedAt: steps === 0 ? launchBoard.updatedAt : at }));
      }),
      { numRuns: 40, seed: 20_260_101 },
    );
  }, 60_000);
});

describe('undo', () => {
  it('returns ok(null) and changes nothing when there is nothing to undo', async () => {
    const { db } = await databaseWith(launchBoard);
    const before = await dumpDatabase(db);

    expect(await undo(db, launchBoard.id, 1_800_000_000_001)).toEqual({ ok: true, value: null });
    expect(await undo(db, 'board-missing', 1_800_000_000_001)).toEqual({ ok: true, value: null });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('undoes and redoes edits across a close and reopen, with their labels', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const states = await threeEdits(db);
    db.close();
    const reopened = track(handle.open());

    const first = await undo(reopened, launchBoard.id, 1_800_000_000_010);
    expect(first).toEqual({ ok: true, value: { board: canonical({ ...states[2]!, updatedAt: 1_800_000_000_010 }), label: 'Deleted lane Engineering lead' } });
    const second = await undo(reopened, launchBoard.id, 1_800_000_000_011);
    expect(second).toEqual({ ok: true, value: { board: canonical({ ...states[1]!, updatedAt: 1_800_000_000_011 }), label: 'Renamed Ship it to Ship the release' } });
    reopened.close();
    const again = track(handle.open());

    expect(await historyState(again, launchBoard.id)).toEqual({
      undoLabel: 'Moved Define the vision to Project manager',
      redoLabel: 'Renamed Ship it to Ship the release',
    });
    const third = await undo(again, launchBoard.id, 1_800_000_000_012);
    expect(third).toEqual({ ok: true, value: { board: { ...launchBoard, updatedAt: 1_800_000_000_012 }, label: 'Moved Define the vision to Project manager' } });
    expect(await undo(again, launchBoard.id, 1_800_000_000_013)).toEqual({ ok: true, value: null });
    expect(await loadBoard(again, launchBoard.id)).toStrictEqual({ ...launchBoard, updatedAt: 1_800_000_000_012 });

    const redone = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await redo(again, launchBoard.id, 1_800_000_000_020 + i);
      redone.push(result.ok ? (result.value?.label ?? null) : 'failed');
    }
    expect(redone).toEqual(['Moved Define the vision to Project manager', 'Renamed Ship it to Ship the release', 'Deleted lane Engineering lead', null]);
    expect(await loadBoard(again, launchBoard.id)).toStrictEqual(canonical({ ...states[3]!, updatedAt: 1_800_000_000_022 }));
  });

  it('returns the board exactly as it is stored afterwards', async () => {
    const { db } = await databaseWith(launchBoard);
    await threeEdits(db);

    const result = await undo(db, launchBoard.id, 1_800_000_000_010);

    expect(result.ok && result.value?.board).toStrictEqual(await loadBoard(db, launchBoard.id));
  });

  it('undoes only the board it is asked to when two boards have history', async () => {
    const { db } = await databaseWith(launchBoard, hiringBoard);
    await commitCommand(db, launchBoard, RENAME_SHIP, 1_800_000_000_001);
    const hiringRenamed = await commitCommand(db, hiringBoard, { type: 'renameBoard', name: 'Hiring 2027' }, 1_800_000_000_002);

    const result = await undo(db, launchBoard.id, 1_800_000_000_003);

    expect(result.ok && result.value?.label).toBe('Renamed Ship it to Ship the release');
    expect(await loadBoard(db, hiringBoard.id)).toStrictEqual(canonical(hiringRenamed));
    expect(await historyState(db, hiringBoard.id)).toEqual({ undoLabel: 'Renamed board to Hiring 2027', redoLabel: null });
  });

  it('keeps a sound board and the other window’s change when the rows changed since the step', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const moved = await commitCommand(db, launchBoard, MOVE_VISION, 1_800_000_000_001);
    const otherWindow = track(handle.open());
    // Another window renames the board and deletes the task the step moved, without recording history.
    const elsewhere = applyCommand(moved, { type: 'deleteTask', taskId: 'task-d' }, 1_800_000_000_002);
    const renamed = elsewhere.ok ? { ...elsewhere.value, name: 'Launch, trimmed' } : moved;
    expect((await commitBoardChange(otherWindow, moved, renamed)).ok).toBe(true);

    const result = await undo(db, launchBoard.id, 1_800_000_000_003);

    expect(result.ok).toBe(true);
    const stored = await loadBoard(db, launchBoard.id);
    expect(stored).toBeDefined();
    expect(checkBoardInvariants(stored!)).toEqual([]);
    expect(stored?.name).toBe('Launch, trimmed');
    expect(stored?.tasks.some((task) => task.id === 'task-d')).toBe(false);
    expect(stored?.cells.some((cell) => cell.taskId === 'task-d')).toBe(false);
    expect(result.ok && result.value?.board).toStrictEqual(stored);
  });

  it.each([
    ['cells', () => new DOMException('Quota exceeded', 'QuotaExceededError'), 'quota'],
    ['historyCursors', () => new DOMException('Aborted', 'AbortError'), 'aborted'],
  ] as const)('leaves rows and history exactly as before when writing %s fails', async (table, error, kind) => {
    const { handle, db } = await databaseWith(launchBoard);
    await threeEdits(db);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites(table, error)));

    const result = await undo(failing, launchBoard.id, 1_800_000_000_010);

    expect(result).toEqual({ ok: false, error: { kind, message: expect.stringMatching(/^The last change could not be undone: /) } });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('redo', () => {
  it('returns ok(null) and changes nothing when there is nothing to redo', async () => {
    const { db } = await databaseWith(launchBoard);
    await threeEdits(db);
    const before = await dumpDatabase(db);

    expect(await redo(db, launchBoard.id, 1_800_000_000_010)).toEqual({ ok: true, value: null });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('leaves rows and history exactly as before when the write fails', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    await threeEdits(db);
    await undo(db, launchBoard.id, 1_800_000_000_010);
    const before = await dumpDatabase(db);
    const failing = track(handle.open().use(failingWrites('roles', () => new Error('disk controller on fire'))));

    const result = await redo(failing, launchBoard.id, 1_800_000_000_011);

    expect(result).toEqual({
      ok: false,
      error: { kind: 'unknown', message: 'The change could not be redone: local storage reported an unexpected error (disk controller on fire).' },
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('historyState', () => {
  it('has nothing to undo or redo when a board has no history', async () => {
    const { db } = await databaseWith(launchBoard);

    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: null, redoLabel: null });
  });

  it('runs again in a live query when another window commits an edit or undoes one', async () => {
    const { handle, db } = await databaseWith(launchBoard);
    const otherWindow = track(handle.open());
    const previous = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = handle.options.indexedDB as IDBFactory;
    const seen: string[] = [];
    const subscription = liveQuery(() => historyState(db, launchBoard.id)).subscribe({
      next: (state) => seen.push(`${state.undoLabel ?? '-'} | ${state.redoLabel ?? '-'}`),
    });
    try {
      await vi.waitFor(() => expect(seen).toEqual(['- | -']));

      await commitCommand(otherWindow, launchBoard, RENAME_SHIP, 1_800_000_000_001);
      await vi.waitFor(() => expect(seen.at(-1)).toBe('Renamed Ship it to Ship the release | -'));
      await undo(otherWindow, launchBoard.id, 1_800_000_000_002);

      await vi.waitFor(() => expect(seen.at(-1)).toBe('- | Renamed Ship it to Ship the release'));
    } finally {
      subscription.unsubscribe();
      Dexie.dependencies.indexedDB = previous;
    }
  });
});

/**
 * One case per command type: a Record keyed by CommandType, so adding a command to the union
 * without a case here fails the type-check. Each command changes launchBoard and is labelled in
 * words as the user would read it in the Undo button.
 */
const EVERY_COMMAND: { readonly [T in CommandType]: { readonly command: Extract<Command, { type: T }>; readonly label: string } } = {
  addTask: {
    command: { type: 'addTask', taskId: 'task-new', title: 'Plan the launch party', roleId: 'role-eng', groupId: 'group-run' },
    label: 'Added task Plan the launch party',
  },
  renameTask: { command: RENAME_SHIP, label: 'Renamed Ship it to Ship the release' },
  setTaskNotes: { command: { type: 'setTaskNotes', taskId: 'task-a', notes: 'After the beta.' }, label: 'Edited notes of Ship it' },
  deleteTask: { command: { type: 'deleteTask', taskId: 'task-c' }, label: 'Deleted task Write the roadmap' },
  addRole: { command: { type: 'addRole', roleId: 'role-new', name: 'Designer', colour: '#aa3377' }, label: 'Added lane Designer' },
  renameRole: { command: { type: 'renameRole', roleId: 'role-eng', name: 'Tech lead' }, label: 'Renamed lane Engineering lead to Tech lead' },
  recolourRole: { command: { type: 'recolourRole', roleId: 'role-pm', colour: '#aa3377' }, label: 'Recoloured lane Product manager' },
  moveRole: { command: { type: 'moveRole', roleId: 'role-proj', toIndex: 0 }, label: 'Moved lane Project manager' },
  deleteRole: { command: DELETE_ENG, label: 'Deleted lane Engineering lead' },
  setLetters: {
    command: { type: 'setLetters', taskId: 'task-b', roleId: 'role-eng', letters: ['R', 'A'] },
    label: 'Set Run the schedule / Engineering lead to R/A',
  },
  moveTask: { command: MOVE_VISION, label: 'Moved Define the vision to Project manager' },
  renameBoard: { command: { type: 'renameBoard', name: 'Launch 2027' }, label: 'Renamed board to Launch 2027' },
  addGroup: { command: { type: 'addGroup', groupId: 'group-new', name: 'Follow-up' }, label: 'Added group Follow-up' },
  renameGroup: { command: { type: 'renameGroup', groupId: 'group-plan', name: 'Discovery' }, label: 'Renamed group Plan to Discovery' },
  deleteGroup: { command: { type: 'deleteGroup', groupId: 'group-plan' }, label: 'Deleted group Plan' },
  moveGroup: { command: { type: 'moveGroup', groupId: 'group-run', toIndex: 0 }, label: 'Moved group Run' },
  setGroupCollapsed: { command: { type: 'setGroupCollapsed', groupId: 'group-plan', collapsed: true }, label: 'Collapsed group Plan' },
  setTaskGroup: { command: { type: 'setTaskGroup', taskId: 'task-a', groupId: 'group-run' }, label: 'Moved Ship it to group Run' },
  moveTaskRow: { command: { type: 'moveTaskRow', taskId: 'task-c', toIndex: 0 }, label: 'Reordered Write the roadmap in Plan' },
  setRuleSettings: {
    command: { type: 'setRuleSettings', settings: { ...DEFAULT_RULE_SETTINGS, maxResponsible: 3, disabled: ['idle-role'] } },
    label: 'Changed rule settings',
  },
  setKeepMine: { command: { type: 'setKeepMine', taskId: 'task-d', keep: true, note: 'We own the vision.' }, label: 'Marked Define the vision "Keep mine"' },
  batch: {
    command: {
      type: 'batch',
      label: 'Made Engineering lead accountable for Run the schedule',
      commands: [
        { type: 'setLetters', taskId: 'task-b', roleId: 'role-eng', letters: ['A'] },
        { type: 'setLetters', taskId: 'task-b', roleId: 'role-proj', letters: ['R'] },
      ],
    },
    label: 'Made Engineering lead accountable for Run the schedule',
  },
};

describe('undo and redo of every command', () => {
  const ids = [launchBoard.id, ...launchBoard.roles.map((r) => r.id), ...launchBoard.tasks.map((t) => t.id), ...launchBoard.groups.map((g) => g.id), 'task-new', 'role-new', 'group-new'];

  it.each(Object.entries(EVERY_COMMAND))('gives back the board before and after, labelled in words, for %s', async (type, { command, label }) => {
    expect(command.type).toBe(type);
    const { db } = await databaseWith(launchBoard);

    const committed = await commitEdit(db, launchBoard, command, 1_800_000_000_001);
    if (!committed.ok) throw new Error(committed.error.message);
    expect(committed.value.refused).toBeNull();
    const after = committed.value.board;
    expect(after).not.toEqual(launchBoard);
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical(after));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: label, redoLabel: null });
    for (const id of ids) expect(label).not.toContain(id);

    const undone = await undo(db, launchBoard.id, 1_800_000_000_002);
    expect(undone).toEqual({ ok: true, value: { board: canonical({ ...launchBoard, updatedAt: 1_800_000_000_002 }), label } });
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical({ ...launchBoard, updatedAt: 1_800_000_000_002 }));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: null, redoLabel: label });

    const redone = await redo(db, launchBoard.id, 1_800_000_000_003);
    expect(redone).toEqual({ ok: true, value: { board: canonical({ ...after, updatedAt: 1_800_000_000_003 }), label } });
    expect(await loadBoard(db, launchBoard.id)).toStrictEqual(canonical({ ...after, updatedAt: 1_800_000_000_003 }));
    expect(await historyState(db, launchBoard.id)).toEqual({ undoLabel: label, redoLabel: null });
  });
});

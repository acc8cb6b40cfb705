/**
 * Reading and writing whole boards and board edits. Every write is one transaction, so a board on
 * disk is always a state the user saw; a failed write comes back as a StorageError, never a throw.
 */
import type { Table } from 'dexie';
import type { Board, BoardId, BoardSummary } from '../../../shared/domain/board';
import { diffBoards, isEmptyDiff, type BoardDiff, type TableDiff } from '../../../shared/domain/boardDiff';
import { err, ok, type Result } from '../../../shared/domain/result';
import { boardFromRows, boardRow, boardRows, cellRow, groupRow, roleRow, taskRow } from './boardRows';
import type { CellRowKey, ChildKey, RaciDatabase } from './raciDatabase';
import { toStorageError, type StorageError } from './storageError';

/** Writes a new board and all its rows. Refuses (as an error) a board id that is already stored. */
export async function createBoardRecord(db: RaciDatabase, board: Board): Promise<Result<void, StorageError>> {
  const rows = boardRows(board);
  try {
    await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells], async () => {
      // add, not put: overwriting a stored board would leave its old rows behind.
      await db.boards.add(rows.board);
      await Promise.all([
        db.roles.bulkPut([...rows.roles]),
        db.tasks.bulkPut([...rows.tasks]),
        db.groups.bulkPut([...rows.groups]),
        db.cells.bulkPut([...rows.cells]),
      ]);
    });
    return ok(undefined);
  } catch (error) {
    return err(toStorageError(error, 'create'));
  }
}

/** The board with all its records, or undefined when there is no such board. */
export async function loadBoard(db: RaciDatabase, id: BoardId): Promise<Board | undefined> {
  // One read transaction: a commit from another window lands entirely before or after this read.
  return db.transaction('r', [db.boards, db.roles, db.tasks, db.groups, db.cells], async () => {
    const board = await db.boards.get(id);
    if (board === undefined) {
      return undefined;
    }
    const [roles, tasks, groups, cells] = await Promise.all([
      db.roles.where('boardId').equals(id).toArray(),
      db.tasks.where('boardId').equals(id).toArray(),
      db.groups.where('boardId').equals(id).toArray(),
      db.cells.where('boardId').equals(id).toArray(),
    ]);
    return boardFromRows({ board, roles, tasks, groups, cells });
  });
}

/** Every stored board for the home screen, most recently edited first. */
export async function listBoardSummaries(db: RaciDatabase): Promise<BoardSummary[]> {
  return db.transaction('r', [db.boards, db.tasks], async () => {
    const boards = await db.boards.orderBy('updatedAt').reverse().toArray();
    // An index count per board: the home screen never loads task rows.
    const taskCounts = await Promise.all(boards.map((board) => db.tasks.where('boardId').equals(board.id).count()));
    return boards.map((board, index) => ({
      id: board.id,
      name: board.name,
      createdAt: board.createdAt,
      updatedAt: board.updatedAt,
      taskCount: taskCounts[index] ?? 0,
    }));
  });
}

/**
 * Persists one edit: writes only the rows that differ between `before` and `after`, in one
 * transaction over the tables involved. An edit to a board that is no longer stored (deleted in
 * another window) is refused rather than bringing back part of it.
 */
export async function commitBoardChange(db: RaciDatabase, before: Board, after: Board): Promise<Result<void, StorageError>> {
  const diff = diffBoards(before, after);
  if (isEmptyDiff(diff)) {
    return ok(undefined);
  }
  try {
    const stillStored = await db.transaction('rw', tablesTouched(db, diff), async () => {
      if ((await db.boards.get(diff.boardId)) === undefined) {
        return false;
      }
      await writeDiff(db, diff);
      return true;
    });
    return stillStored
      ? ok(undefined)
      : err({ kind: 'unknown', message: 'Your board could not be saved: it no longer exists, perhaps deleted in another window. Export it to keep a copy.' });
  } catch (error) {
    return err(toStorageError(error, 'save'));
  }
}

/** Removes a board and every row that belongs to it. Deleting a board that is not stored succeeds. */
export async function deleteBoardRecord(db: RaciDatabase, id: BoardId): Promise<Result<void, StorageError>> {
  try {
    await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells], async () => {
      await Promise.all([
        db.boards.delete(id),
        db.roles.where('boardId').equals(id).delete(),
        db.tasks.where('boardId').equals(id).delete(),
        db.groups.where('boardId').equals(id).delete(),
        db.cells.where('boardId').equals(id).delete(),
      ]);
    });
    return ok(undefined);
  } catch (error) {
    return err(toStorageError(error, 'delete'));
  }
}

function tablesTouched(db: RaciDatabase, diff: BoardDiff): Table[] {
  const changed = (table: TableDiff<unknown, unknown>) => table.put.length > 0 || table.delete.length > 0;
  // boards is always in scope: the transaction checks that the board still exists.
  const tables: Table[] = [db.boards];
  if (changed(diff.roles)) tables.push(db.roles);
  if (changed(diff.tasks)) tables.push(db.tasks);
  if (changed(diff.groups)) tables.push(db.groups);
  if (changed(diff.cells)) tables.push(db.cells);
  return tables;
}

async function writeDiff(db: RaciDatabase, diff: BoardDiff): Promise<void> {
  const { boardId } = diff;
  const childKey = (id: string): ChildKey => [boardId, id];
  const writes: Promise<unknown>[] = [];
  if (diff.board !== null) {
    writes.push(db.boards.put(boardRow(diff.board)));
  }
  if (diff.roles.delete.length > 0) writes.push(db.roles.bulkDelete(diff.roles.delete.map(childKey)));
  if (diff.roles.put.length > 0) writes.push(db.roles.bulkPut(diff.roles.put.map((role) => roleRow(boardId, role))));
  if (diff.groups.delete.length > 0) writes.push(db.groups.bulkDelete(diff.groups.delete.map(childKey)));
  if (diff.groups.put.length > 0) writes.push(db.groups.bulkPut(diff.groups.put.map((group) => groupRow(boardId, group))));
  if (diff.tasks.delete.length > 0) writes.push(db.tasks.bulkDelete(diff.tasks.delete.map(childKey)));
  if (diff.tasks.put.length > 0) writes.push(db.tasks.bulkPut(diff.tasks.put.map((task) => taskRow(boardId, task))));
  if (diff.cells.delete.length > 0) {
    writes.push(db.cells.bulkDelete(diff.cells.delete.map(({ taskId, roleId }): CellRowKey => [boardId, taskId, roleId])));
  }
  if (diff.cells.put.length > 0) writes.push(db.cells.bulkPut(diff.cells.put.map((cell) => cellRow(boardId, cell))));
  await Promise.all(writes);
}

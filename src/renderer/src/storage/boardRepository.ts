/**
 * Reading and writing whole boards and board edits. Every write is one transaction, so a board on
 * disk is always a state the user saw; a failed write comes back as a StorageError, never a throw.
 */
import type { Board, BoardId, BoardSummary } from '../../../shared/domain/board';
import { boardMeta, diffBoards, isEmptyDiff, sameJsonValue, type BoardMeta } from '../../../shared/domain/boardDiff';
import { err, ok, type Result } from '../../../shared/domain/result';
import { boardFromRows, boardMetaFromRow, boardRows } from './boardRows';
import type { RaciDatabase } from './raciDatabase';
import { boardMissingError, toStorageError, type StorageError } from './storageError';
import { tablesOfDiff, writeDiff } from './writeDiff';

/** Writes a new board and all its rows. Refuses (as an error) a board id that is already stored. */
export async function createBoardRecord(db: RaciDatabase, board: Board): Promise<Result<void, StorageError>> {
  const rows = boardRows(board);
  try {
    await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells], async () => {
      // add, not put: overwriting a stored board would leave its old rows behind. Its rows are
      // sent with it rather than after it: when the add fails the whole transaction aborts, so
      // none of them is kept.
      await Promise.all([
        db.boards.add(rows.board),
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
  // Every read at once, the board row's with them: one round trip to the database instead of two,
  // which counts when a board opens while the page is still busy loading. The rows of a board that
  // is not stored are none, so asking for them is cheap.
  return db.transaction('r', [db.boards, db.roles, db.tasks, db.groups, db.cells], async () => {
    const [board, roles, tasks, groups, cells] = await Promise.all([
      db.boards.get(id),
      db.roles.where('boardId').equals(id).toArray(),
      db.tasks.where('boardId').equals(id).toArray(),
      db.groups.where('boardId').equals(id).toArray(),
      db.cells.where('boardId').equals(id).toArray(),
    ]);
    return board === undefined ? undefined : boardFromRows({ board, roles, tasks, groups, cells });
  });
}

/**
 * The board as stored now, reading its rows only when they changed since `known` was read: every
 * write moves a board's `updatedAt` forward (historyRepository's editTime), so a stored row with
 * `known`'s `updatedAt` means `known` is still what is stored, and it is returned as is. A window
 * re-reads its board after each commit; this keeps that re-read one row instead of the whole board.
 * null when no such board is stored.
 */
export async function refreshBoard(db: RaciDatabase, id: BoardId, known: Board | null): Promise<Board | null> {
  const row = await db.boards.get(id);
  if (row === undefined) {
    return null;
  }
  if (known !== null && known.id === id && known.updatedAt === row.updatedAt) {
    return known;
  }
  return (await loadBoard(db, id)) ?? null;
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
 *
 * The board's own fields are merged with the stored ones: only the fields this edit changed are
 * written, so renaming a board here keeps rule settings another window changed meanwhile; and
 * `updatedAt` always moves past the stored one (see editTime in historyRepository.ts), because
 * windows tell stored states apart by it.
 *
 * Records no undo step, on purpose: this is for changes made outside the board's own editing
 * (renaming a board from the home screen), which the board's Undo should not offer to revert.
 * Edits the user can undo go through commitEdit (historyRepository.ts). Undo copes with rows
 * changed this way meanwhile: it only sets back what its own step changed.
 */
export async function commitBoardChange(db: RaciDatabase, before: Board, after: Board): Promise<Result<void, StorageError>> {
  const diff = diffBoards(before, after);
  if (isEmptyDiff(diff)) {
    return ok(undefined);
  }
  try {
    const stillStored = await db.transaction('rw', tablesOfDiff(db, diff), async () => {
      const stored = await db.boards.get(diff.boardId);
      if (stored === undefined) {
        return false;
      }
      await writeDiff(db, { ...diff, board: mergedMeta(boardMetaFromRow(stored), boardMeta(before), boardMeta(after)) });
      return true;
    });
    return stillStored ? ok(undefined) : err(boardMissingError('save'));
  } catch (error) {
    return err(toStorageError(error, 'save'));
  }
}

/**
 * Removes a board, every row that belongs to it and its undo history. Deleting a board that is not
 * stored succeeds.
 */
export async function deleteBoardRecord(db: RaciDatabase, id: BoardId): Promise<Result<void, StorageError>> {
  try {
    await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells, db.history, db.historyCursors], async () => {
      await Promise.all([
        db.boards.delete(id),
        db.roles.where('boardId').equals(id).delete(),
        db.tasks.where('boardId').equals(id).delete(),
        db.groups.where('boardId').equals(id).delete(),
        db.cells.where('boardId').equals(id).delete(),
        db.history.where('boardId').equals(id).delete(),
        db.historyCursors.delete(id),
      ]);
    });
    return ok(undefined);
  } catch (error) {
    return err(toStorageError(error, 'delete'));
  }
}

/** The stored board fields with this edit's changes on top, and an `updatedAt` past the stored one. */
function mergedMeta(stored: BoardMeta, before: BoardMeta, after: BoardMeta): BoardMeta {
  const merged: Record<string, unknown> = { ...stored };
  const edited = after as unknown as Record<string, unknown>;
  const original = before as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(original), ...Object.keys(edited)])) {
    if (key === 'id' || key === 'updatedAt' || sameJsonValue(original[key], edited[key])) {
      continue;
    }
    if (edited[key] === undefined) {
      delete merged[key];
    } else {
      merged[key] = edited[key];
    }
  }
  return { ...(merged as unknown as BoardMeta), updatedAt: Math.max(after.updatedAt, stored.updatedAt + 1) };
}

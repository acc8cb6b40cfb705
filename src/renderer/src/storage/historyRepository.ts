/**
 * Undo and redo that survive a restart. Every board has a list of steps (oldest first) and a
 * cursor on the last step applied; the steps after the cursor are the redo stack. Each function is
 * one transaction over the board's rows and its history, so the rows and the cursor never disagree,
 * whichever window made the change; a failure comes back as a StorageError and changes nothing.
 */
import type { Collection } from 'dexie';
import type { Board, BoardId } from '../../../shared/domain/board';
import { diffBoards, isEmptyDiff } from '../../../shared/domain/boardDiff';
import { historyStep } from '../../../shared/domain/history/historyStep';
import { replayStep, type StepDirection } from '../../../shared/domain/history/replayStep';
import { err, ok, type Result } from '../../../shared/domain/result';
import { loadBoard } from './boardRepository';
import { historyRow, historyStepFromRow } from './historyRows';
import type { HistoryRow, RaciDatabase } from './raciDatabase';
import { boardMissingError, toStorageError, type StorageError } from './storageError';
import { tablesOfDiff, writeDiff } from './writeDiff';

/** Steps kept per board; recording one more drops the oldest. */
export const HISTORY_LIMIT = 500;

/** What the Undo and Redo buttons show; null disables the button. */
export interface HistoryState {
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

/** The board after an undo or redo, and the label of the step that was undone or redone. */
export interface HistoryMove {
  readonly board: Board;
  readonly label: string;
}

/** Seq of "before the first step": IndexedDB's auto-increment starts at 1. */
const NO_STEP = 0;

/**
 * Persists one edit and records it as an undo step, atomically: writes only the rows that differ
 * between `before` and `after` (as commitBoardChange does), drops the redo stack, records the
 * step labelled `label` (from describeCommand) and keeps the last HISTORY_LIMIT steps. An edit
 * that changes nothing writes and records nothing. An edit to a board that is no longer stored is
 * refused. `before` and `after` must be the same board (a different id is a bug and throws).
 */
export async function commitEdit(db: RaciDatabase, before: Board, after: Board, label: string, at: number): Promise<Result<void, StorageError>> {
  const step = historyStep(before, after, label, at);
  if (isEmptyDiff(step.forward)) {
    return ok(undefined);
  }
  try {
    const stillStored = await db.transaction('rw', [...tablesOfDiff(db, step.forward), db.history, db.historyCursors], async () => {
      if ((await db.boards.get(step.boardId)) === undefined) {
        return false;
      }
      await writeDiff(db, step.forward);
      const cursor = await cursorOf(db, step.boardId);
      // A new edit after an undo: the undone steps can no longer be redone.
      await stepsAfter(db, step.boardId, cursor).delete();
      const seq = await db.history.add(historyRow(step));
      await db.historyCursors.put({ boardId: step.boardId, seq });
      await trim(db, step.boardId);
      return true;
    });
    return stillStored ? ok(undefined) : err(boardMissingError('save'));
  } catch (error) {
    return err(toStorageError(error, 'save'));
  }
}

/**
 * Undoes the board's last applied step on the stored rows and returns the board as stored after
 * it; ok(null) when there is nothing to undo (or the board is not stored). The step is applied to
 * the rows as they are now, which another window may have changed since: only what the step
 * changed is set back, and the result is always a sound board (see replayStep). `updatedAt`
 * becomes `at` (never earlier than the stored one), so every window adopts the undone board.
 */
export function undo(db: RaciDatabase, boardId: BoardId, at: number = Date.now()): Promise<Result<HistoryMove | null, StorageError>> {
  return move(db, boardId, 'undo', at);
}

/** Redoes the step after the cursor, as undo does; ok(null) when there is nothing to redo. */
export function redo(db: RaciDatabase, boardId: BoardId, at: number = Date.now()): Promise<Result<HistoryMove | null, StorageError>> {
  return move(db, boardId, 'redo', at);
}

/** The labels of the step Undo and Redo would apply now. */
export async function historyState(db: RaciDatabase, boardId: BoardId): Promise<HistoryState> {
  return db.transaction('r', [db.history, db.historyCursors], async () => {
    const cursor = await cursorOf(db, boardId);
    const [undoStep, redoStep] = await Promise.all([stepAt(db, boardId, cursor), stepsAfter(db, boardId, cursor).first()]);
    return { undoLabel: undoStep?.label ?? null, redoLabel: redoStep?.label ?? null };
  });
}

async function move(db: RaciDatabase, boardId: BoardId, direction: StepDirection, at: number): Promise<Result<HistoryMove | null, StorageError>> {
  try {
    const moved = await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells, db.history, db.historyCursors], async () => {
      const cursor = await cursorOf(db, boardId);
      const row = direction === 'undo' ? await stepAt(db, boardId, cursor) : await stepsAfter(db, boardId, cursor).first();
      if (row?.seq === undefined) {
        return null;
      }
      const current = await loadBoard(db, boardId);
      if (current === undefined) {
        return null;
      }
      const next = replayStep(current, historyStepFromRow(row), direction, at);
      await writeDiff(db, diffBoards(current, next));
      const seq = direction === 'undo' ? await seqBefore(db, boardId, row.seq) : row.seq;
      await db.historyCursors.put({ boardId, seq });
      return { board: next, label: row.label };
    });
    return ok(moved);
  } catch (error) {
    return err(toStorageError(error, direction));
  }
}

async function cursorOf(db: RaciDatabase, boardId: BoardId): Promise<number> {
  return (await db.historyCursors.get(boardId))?.seq ?? NO_STEP;
}

async function stepAt(db: RaciDatabase, boardId: BoardId, seq: number): Promise<HistoryRow | undefined> {
  if (seq === NO_STEP) {
    return undefined;
  }
  const row = await db.history.get(seq);
  return row?.boardId === boardId ? row : undefined;
}

function stepsAfter(db: RaciDatabase, boardId: BoardId, seq: number): Collection<HistoryRow, number> {
  return db.history.where('[boardId+seq]').between([boardId, seq], [boardId, Infinity], false, true);
}

async function seqBefore(db: RaciDatabase, boardId: BoardId, seq: number): Promise<number> {
  const [previous] = await db.history.where('[boardId+seq]').between([boardId, NO_STEP], [boardId, seq], false, false).reverse().limit(1).primaryKeys();
  return previous ?? NO_STEP;
}

/** Drops the board's oldest steps beyond HISTORY_LIMIT. */
async function trim(db: RaciDatabase, boardId: BoardId): Promise<void> {
  const steps = db.history.where('[boardId+seq]').between([boardId, NO_STEP], [boardId, Infinity], false, true);
  const excess = (await steps.count()) - HISTORY_LIMIT;
  if (excess > 0) {
    await db.history.bulkDelete(await steps.clone().limit(excess).primaryKeys());
  }
}

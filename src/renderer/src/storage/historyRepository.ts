/**
 * Undo and redo that survive a restart. Every board has a list of steps (oldest first) and a
 * cursor on the last step applied; the steps after the cursor are the redo stack. Each function is
 * one transaction over the board's rows and its history, so the rows and the cursor never disagree,
 * whichever window made the change; a failure comes back as a StorageError and changes nothing.
 *
 * An edit is committed as its command, not as rows computed in one window: the command is applied
 * to the board as stored at that moment, so two windows editing the same rows (one renames a task
 * while the other moves it) both keep their change.
 */
import Dexie, { type Collection } from 'dexie';
import type { Board, BoardId } from '../../../shared/domain/board';
import { diffBoards, isEmptyDiff } from '../../../shared/domain/boardDiff';
import type { Command, CommandError } from '../../../shared/domain/command';
import { applyCommand } from '../../../shared/domain/commands';
import { describeCommand } from '../../../shared/domain/describeCommand';
import { historyStep, type HistoryStep } from '../../../shared/domain/history/historyStep';
import { replayStep, type StepDirection } from '../../../shared/domain/history/replayStep';
import { err, ok, type Result } from '../../../shared/domain/result';
import { loadBoard } from './boardRepository';
import { historyRow, historyStepFromRow } from './historyRows';
import type { HistoryRow, RaciDatabase } from './raciDatabase';
import { boardMissingError, toStorageError, type StorageError } from './storageError';
import { writeDiff } from './writeDiff';

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

/** What committing one command did. */
export interface CommittedEdit {
  /**
   * The board as stored once the commit is done: the command applied to the stored board, which
   * includes every edit other windows committed before it; the stored board unchanged when the
   * command changed nothing there or was refused.
   */
  readonly board: Board;
  /**
   * Why the stored board refused the command, e.g. it renames a task another window deleted
   * meanwhile; nothing was written. null when the command was applied (or changed nothing).
   */
  readonly refused: CommandError | null;
}

/** Seq of "before the first step": IndexedDB's auto-increment starts at 1. */
const NO_STEP = 0;

/**
 * The `updatedAt` an edit made at `at` gives `board`: never at or before the board's own, so every
 * stored state of a board has its own `updatedAt`. commitEdit relies on that to tell whether the
 * rows changed since a window last saw them, and windows use it to ignore an older board.
 */
export function editTime(board: Board, at: number): number {
  return Math.max(at, board.updatedAt + 1);
}

/**
 * Persists one edit and records it as an undo step, atomically. In one transaction: reads the
 * board as stored, applies `command` to it (at editTime(stored, at)), writes only the rows that
 * differ, drops the redo stack, records the step labelled by describeCommand against the stored
 * board and keeps the last HISTORY_LIMIT steps.
 *
 * `base` is the board the window applied the command to: its id names the board, and when the
 * stored board still has its `updatedAt` the rows are not read again (every write moves
 * `updatedAt` forward, see editTime), which keeps a commit on a large board as cheap as its diff.
 * `after`, when given, is what the window got applying `command` to `base` at editTime(base, at):
 * taken as it is when the stored board is `base`, so the command is not applied a second time in
 * the transaction (on a large board that is milliseconds between the reads and the writes). An
 * `after` that is `base` itself tells nothing (the command changed nothing, or the window's board
 * refused it), so the command is applied as without it and a refusal is reported.
 *
 * With `after`, and once this window knows the newest step's seq (from its previous commit), the
 * edit is first tried in one round trip to the database (commitInOneRound); when the stored board or
 * history turn out not to be as this window thought, that try is rolled back and the commit goes
 * the long way described above.
 *
 * A command that changes nothing, or that the stored board refuses, writes and records nothing.
 * An edit to a board that is no longer stored is refused as a StorageError.
 */
export async function commitEdit(db: RaciDatabase, base: Board, command: Command, at: number, after?: Board): Promise<Result<CommittedEdit, StorageError>> {
  const known = after !== undefined && after !== base ? after : null;
  const step = known === null ? null : historyStep(base, known, describeCommand(base, command), at);
  try {
    if (known !== null && step !== null && !isEmptyDiff(step.forward) && (await commitInOneRound(db, base, step))) {
      return ok({ board: known, refused: null });
    }
    const committed = await db.transaction(
      'rw',
      [db.boards, db.roles, db.tasks, db.groups, db.cells, db.history, db.historyCursors],
      async (): Promise<CommittedEdit | null> => {
        // Every read the commit needs at once, and then every write at once: a drop on a large
        // board is saved in a few round trips to the database instead of one per request.
        const [row, cursor, steps, lastSeq] = await Promise.all([db.boards.get(base.id), cursorOf(db, base.id), allSteps(db, base.id).count(), lastStepOf(db, base.id)]);
        if (row === undefined) {
          return null;
        }
        const stored = row.updatedAt === base.updatedAt ? base : await loadBoard(db, base.id);
        if (stored === undefined) {
          return null;
        }
        const applied = stored === base && known !== null ? ok(known) : applyCommand(stored, command, editTime(stored, at));
        if (!applied.ok) {
          return { board: stored, refused: applied.error };
        }
        const recorded = stored === base && step !== null ? step : historyStep(stored, applied.value, describeCommand(stored, command), at);
        if (isEmptyDiff(recorded.forward)) {
          return { board: stored, refused: null };
        }
        const recordStep = async () => {
          // A new edit after an undo: the undone steps can no longer be redone. Deleted before the
          // new step is added, whose seq the deleted range would otherwise include. Usually there is
          // nothing to redo, and the commit is saved without the round trips of a delete.
          if (lastSeq > cursor) await stepsAfter(db, recorded.boardId, cursor).delete();
          const seq = await db.history.add(historyRow(recorded));
          await db.historyCursors.put({ boardId: recorded.boardId, seq });
          noteNewestStep(db, seq);
        };
        await Promise.all([writeDiff(db, recorded.forward), recordStep()]);
        // Only a board at the limit can have steps to drop (the count was read before this step).
        if (steps + 1 > HISTORY_LIMIT) {
          await trim(db, recorded.boardId);
        }
        return { board: applied.value, refused: null };
      },
    );
    return committed === null ? err(boardMissingError('save')) : ok(committed);
  } catch (error) {
    return err(toStorageError(error, 'save'));
  }
}

/**
 * The newest step's seq each open database held after this window's last commit: the next commit
 * gives its step the seq after it, so it can write the step and the cursor pointing at it in the same
 * round trip as its reads (IndexedDB hands out an auto-incremented key only in the answer to the
 * write). Another window's steps make the guess stale, which the commit's reads reveal. A window's
 * first commit goes the long way and notes the seq the database gave its step. Not read from the
 * Undo labels' live query: reading the newest key of every board's history there would run that
 * query again, and render the board screen, whenever any board gets a step.
 */
const newestStepSeen = new WeakMap<RaciDatabase, number>();

function noteNewestStep(db: RaciDatabase, seq: number): void {
  newestStepSeen.set(db, Math.max(seq, newestStepSeen.get(db) ?? NO_STEP));
}

/** Thrown inside commitInOneRound's transaction to roll its writes back; never leaves it. */
class StaleGuess extends Error {}

/**
 * Saves `step` (the window's edit of `base`) with every read and write sent at once: the reads
 * check that the stored board is still `base`, that nothing can be redone and that no step is newer
 * than the guessed seq; IndexedDB answers requests in the order they were made, so the reads see the
 * rows as they were before the writes. true once saved; false when it was not tried (no guess yet)
 * or was rolled back (a check failed, or a write did, such as a seq another window took), and the
 * caller commits the long way, which reports any failure that is not a stale guess.
 */
async function commitInOneRound(db: RaciDatabase, base: Board, step: HistoryStep): Promise<boolean> {
  const newest = newestStepSeen.get(db);
  if (newest === undefined) return false;
  const seq = newest + 1;
  try {
    await db.transaction('rw', [db.boards, db.roles, db.tasks, db.groups, db.cells, db.history, db.historyCursors], async () => {
      const checks = Promise.all([db.boards.get(base.id), cursorOf(db, base.id), allSteps(db, base.id).count(), lastStepOf(db, base.id), newestStepOf(db)]);
      const writes = Promise.all([writeDiff(db, step.forward), db.history.add({ ...historyRow(step), seq }), db.historyCursors.put({ boardId: step.boardId, seq })]);
      // Rejected as well when a check fails and the transaction is rolled back: handled below.
      writes.catch(() => undefined);
      const [row, cursor, steps, lastSeq, newestStored] = await checks;
      if (row?.updatedAt !== base.updatedAt || lastSeq > cursor || Math.max(newestStored, cursor) >= seq) {
        throw new StaleGuess();
      }
      await writes;
      if (steps + 1 > HISTORY_LIMIT) {
        await trim(db, step.boardId);
      }
    });
    noteNewestStep(db, seq);
    return true;
  } catch (error) {
    // Anything else is a bug, reported by the caller as a failed save.
    if (!(error instanceof StaleGuess || error instanceof Dexie.DexieError || error instanceof DOMException)) throw error;
    // Stale or failed: the transaction wrote nothing. Forget the guess; the long way notes the seq it gets.
    newestStepSeen.delete(db);
    return false;
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

/** Seq of the board's newest step (NO_STEP when it has none): steps after the cursor exist when it is beyond the cursor. */
async function lastStepOf(db: RaciDatabase, boardId: BoardId): Promise<number> {
  const [last] = await allSteps(db, boardId).reverse().limit(1).primaryKeys();
  return last ?? NO_STEP;
}

/** Seq of the newest step of any board (NO_STEP when there is none). */
async function newestStepOf(db: RaciDatabase): Promise<number> {
  const [newest] = await db.history.toCollection().reverse().limit(1).primaryKeys();
  return newest ?? NO_STEP;
}

async function seqBefore(db: RaciDatabase, boardId: BoardId, seq: number): Promise<number> {
  const [previous] = await db.history.where('[boardId+seq]').between([boardId, NO_STEP], [boardId, seq], false, false).reverse().limit(1).primaryKeys();
  return previous ?? NO_STEP;
}

function allSteps(db: RaciDatabase, boardId: BoardId): Collection<HistoryRow, number> {
  return db.history.where('[boardId+seq]').between([boardId, NO_STEP], [boardId, Infinity], false, true);
}

/** Drops the board's oldest steps beyond HISTORY_LIMIT. */
async function trim(db: RaciDatabase, boardId: BoardId): Promise<void> {
  const steps = allSteps(db, boardId);
  const excess = (await steps.count()) - HISTORY_LIMIT;
  if (excess > 0) {
    await db.history.bulkDelete(await steps.clone().limit(excess).primaryKeys());
  }
}

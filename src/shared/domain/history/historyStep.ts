/**
 * One undoable edit: what it changed in both directions, and the words the Undo and Redo buttons
 * show for it. Both diffs are kept (rather than one diff and a way to invert it) because a diff
 * records only the new side of each record; undoing needs the old side, redoing the new one.
 */
import type { Board, BoardId } from '../board';
import { diffBoards, type BoardDiff } from '../boardDiff';

export interface HistoryStep {
  readonly boardId: BoardId;
  /** From describeCommand, e.g. "Moved Budget to Product manager". */
  readonly label: string;
  /** When the edit was made, in milliseconds since the epoch. */
  readonly at: number;
  /** Turns the board before the edit into the board after it. */
  readonly forward: BoardDiff;
  /** Turns the board after the edit back into the board before it. */
  readonly backward: BoardDiff;
}

/** The step for an edit from `before` to `after` (the same board; a different id throws). */
export function historyStep(before: Board, after: Board, label: string, at: number): HistoryStep {
  return { boardId: after.id, label, at, forward: diffBoards(before, after), backward: diffBoards(after, before) };
}

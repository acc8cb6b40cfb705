/**
 * Constant-time lookup of a cell's letters. The index is built once per cells array and cached
 * (boards are immutable, so a cells array never changes under its cache entry).
 */
import type { Board, Cell, LetterSet, RoleId, TaskId } from './board';
import { NO_LETTERS } from './letterSet';

/** An unambiguous key for one (task, role) pair, whatever characters the ids contain. */
export function cellKey(taskId: TaskId, roleId: RoleId): string {
  return `${taskId.length}:${taskId}|${roleId}`;
}

const cache = new WeakMap<readonly Cell[], ReadonlyMap<string, LetterSet>>();

/** Letters by `cellKey`. O(cells) the first time for a given cells array, then cached. */
export function cellIndex(board: Board): ReadonlyMap<string, LetterSet> {
  const cached = cache.get(board.cells);
  if (cached) return cached;
  const index = new Map<string, LetterSet>();
  for (const cell of board.cells) index.set(cellKey(cell.taskId, cell.roleId), cell.letters);
  cache.set(board.cells, index);
  return index;
}

/** The letters one role holds on one task; the empty set when there is no cell. */
export function lettersOf(board: Board, taskId: TaskId, roleId: RoleId): LetterSet {
  return cellIndex(board).get(cellKey(taskId, roleId)) ?? NO_LETTERS;
}

/**
 * Where the matrix focus is after the rows changed. Focus is remembered by row key, so it follows
 * its row through moves and edits; when the row is gone from view it lands somewhere sensible
 * instead of vanishing: a task folded away shows its group's heading, a deleted row its neighbour.
 */
import type { Board } from '../../../shared/domain/board';
import { groupRowKey, taskRowKey, type DisplayRow } from './matrixDisplayRows';

/** -1 only when there are no rows at all. */
export function focusedRowIndex(rows: readonly DisplayRow[], board: Board, key: string, lastIndex: number): number {
  if (rows.length === 0) return -1;
  const index = rows.findIndex((row) => row.key === key);
  if (index >= 0) return index;
  const task = board.tasks.find((t) => taskRowKey(t.id) === key);
  if (task?.groupId !== undefined) {
    const heading = rows.findIndex((row) => row.key === groupRowKey(task.groupId as string));
    if (heading >= 0) return heading;
  }
  return Math.min(Math.max(lastIndex, 0), rows.length - 1);
}

/**
 * What one edit touched, for code that keeps something derived from a board (its rule check, its
 * lanes) and updates it through the edit instead of deriving it again from the whole board.
 */
import type { Board, TaskId } from './board';
import { diffBoards, type BoardDiff } from './boardDiff';

export interface EditScope {
  readonly diff: BoardDiff;
  /** The same lanes in the same order with the same names and colours. */
  readonly sameLanes: boolean;
  /** Tasks added, changed or removed, and tasks whose cells changed. */
  readonly touchedTasks: ReadonlySet<TaskId>;
}

export function editScope(before: Board, after: Board): EditScope {
  const diff = diffBoards(before, after);
  const sameLanes =
    diff.roles.put.length === 0 &&
    diff.roles.delete.length === 0 &&
    before.roles.length === after.roles.length &&
    before.roles.every((role, i) => role.id === after.roles[i]?.id);
  const touchedTasks = new Set<TaskId>();
  for (const task of diff.tasks.put) touchedTasks.add(task.id);
  for (const taskId of diff.tasks.delete) touchedTasks.add(taskId);
  for (const cell of diff.cells.put) touchedTasks.add(cell.taskId);
  for (const key of diff.cells.delete) touchedTasks.add(key.taskId);
  return { diff, sameLanes, touchedTasks };
}

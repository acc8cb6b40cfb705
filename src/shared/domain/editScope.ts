/**
 * What one edit touched, for code that keeps something derived from a board (its rule check, its
 * lanes) and updates it through the edit instead of deriving it again from the whole board. Both
 * boards are taken to be sound (at most one cell per task and role, as restoreBoard makes them).
 */
import type { Board, LetterSet, RoleId, TaskId } from './board';
import { diffBoards, type BoardDiff } from './boardDiff';
import { cleanLetters } from './letterSet';

/** One task's cell changes by role: the role's new letters, or null for a cell removed. */
export type CellChanges = ReadonlyMap<RoleId, LetterSet | null>;

export interface EditScope {
  readonly diff: BoardDiff;
  /** The same lanes in the same order with the same names and colours. */
  readonly sameLanes: boolean;
  /** Tasks added, changed or removed, and tasks whose cells changed. */
  readonly touchedTasks: ReadonlySet<TaskId>;
  /** The cell changes of each task whose cells changed. */
  readonly cellChanges: ReadonlyMap<TaskId, CellChanges>;
  /**
   * Worth following through the edit: the same lanes, and at most a quarter of the tasks (or one)
   * touched. Beyond that, deriving again from the whole board costs no more.
   */
  readonly narrow: boolean;
}

/** Beyond this share of the tasks touched, deriving again from the whole board costs no more. */
const MOST_TASKS = 0.25;

export function editScope(before: Board, after: Board): EditScope {
  const diff = diffBoards(before, after);
  const sameLanes =
    diff.roles.put.length === 0 &&
    diff.roles.delete.length === 0 &&
    before.roles.length === after.roles.length &&
    before.roles.every((role, i) => role.id === after.roles[i]?.id);
  const cellChanges = new Map<TaskId, Map<RoleId, LetterSet | null>>();
  const changesOf = (taskId: TaskId): Map<RoleId, LetterSet | null> => {
    const changes = cellChanges.get(taskId) ?? new Map<RoleId, LetterSet | null>();
    cellChanges.set(taskId, changes);
    return changes;
  };
  for (const key of diff.cells.delete) changesOf(key.taskId).set(key.roleId, null);
  for (const cell of diff.cells.put) changesOf(cell.taskId).set(cell.roleId, cell.letters);
  const touchedTasks = new Set<TaskId>(cellChanges.keys());
  for (const task of diff.tasks.put) touchedTasks.add(task.id);
  for (const taskId of diff.tasks.delete) touchedTasks.add(taskId);
  const narrow = sameLanes && touchedTasks.size <= Math.max(1, after.tasks.length * MOST_TASKS);
  return { diff, sameLanes, touchedTasks, cellChanges, narrow };
}

/** A task's letters by role after the edit: `before` with the task's cell changes applied, empty sets left out. */
export function lettersAfterEdit(before: ReadonlyMap<RoleId, LetterSet> | undefined, changes: CellChanges | undefined): Map<RoleId, LetterSet> {
  const letters = new Map(before ?? []);
  for (const [roleId, set] of changes ?? []) {
    const clean = set === null ? [] : cleanLetters(set);
    if (clean.length === 0) letters.delete(roleId);
    else letters.set(roleId, clean);
  }
  return letters;
}

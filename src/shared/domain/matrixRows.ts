/**
 * The row order of the matrix: every group (phase) in group order, each heading followed by its
 * tasks, then the tasks that belong to no group. Ungrouped tasks come last and without a heading:
 * on a board without groups the matrix is then simply the task list, and on a board being sorted
 * into phases the tasks still to be filed collect at the bottom. Within a section tasks keep board
 * order, so the lanes and the matrix share one order and a row move rewrites one task only.
 */
import type { Board, Group, GroupId, Task } from './board';

export type MatrixRow =
  | { readonly kind: 'group'; readonly group: Group }
  | { readonly kind: 'task'; readonly task: Task; readonly groupId: GroupId | null };

export interface MatrixRowsOptions {
  /** Leave out the tasks of collapsed groups; their heading row stays so they can be unfolded. */
  readonly hideCollapsed?: boolean;
}

/**
 * The tasks of each section in matrix order: an entry per group in group order (possibly empty),
 * then `null` for the ungrouped tasks (always present). A task naming a group the board does not
 * have (only a damaged import can) counts as ungrouped, so no row is ever lost. O(tasks + groups).
 */
export function matrixSections(board: Board): ReadonlyMap<GroupId | null, readonly Task[]> {
  const sections = new Map<GroupId | null, Task[]>();
  for (const group of board.groups) sections.set(group.id, []);
  const ungrouped: Task[] = [];
  for (const task of board.tasks) {
    const section = task.groupId === undefined ? undefined : sections.get(task.groupId);
    (section ?? ungrouped).push(task);
  }
  sections.set(null, ungrouped);
  return sections;
}

/** The group a task shows under in the matrix; null when ungrouped. */
export function matrixGroupOf(sections: ReadonlyMap<GroupId | null, readonly Task[]>, task: Task): GroupId | null {
  return task.groupId !== undefined && sections.has(task.groupId) ? task.groupId : null;
}

/** The rows the matrix shows, top to bottom. */
export function matrixRows(board: Board, options: MatrixRowsOptions = {}): MatrixRow[] {
  const sections = matrixSections(board);
  const rows: MatrixRow[] = [];
  const shown = new Set<GroupId>();
  for (const group of board.groups) {
    // Two groups sharing an id (a damaged import) would otherwise list the same tasks twice.
    if (shown.has(group.id)) continue;
    shown.add(group.id);
    rows.push({ kind: 'group', group });
    if (options.hideCollapsed === true && group.collapsed === true) continue;
    for (const task of sections.get(group.id) ?? []) rows.push({ kind: 'task', task, groupId: group.id });
  }
  for (const task of sections.get(null) ?? []) rows.push({ kind: 'task', task, groupId: null });
  return rows;
}

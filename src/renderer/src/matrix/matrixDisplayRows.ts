/**
 * The rows the matrix draws, top to bottom: the domain's row order (matrixRows) with folded groups
 * closed, the filter applied, and a "No group" heading over the ungrouped tasks once a board has
 * groups, so those tasks never look as if they belonged to the last group above them.
 */
import type { Board, Group, GroupId, Task, TaskId } from '../../../shared/domain/board';
import { matrixRows, matrixSections } from '../../../shared/domain/matrixRows';

export type DisplayRow =
  | { readonly kind: 'group'; readonly key: string; readonly group: Group; readonly taskCount: number }
  | { readonly kind: 'ungrouped'; readonly key: string; readonly taskCount: number }
  | { readonly kind: 'task'; readonly key: string; readonly task: Task; readonly groupId: GroupId | null };

export const UNGROUPED_ROW_KEY = 'ungrouped';

export function taskRowKey(taskId: TaskId): string {
  return `t:${taskId}`;
}

export function groupRowKey(groupId: GroupId): string {
  return `g:${groupId}`;
}

/**
 * `visibleTaskIds` null shows every task. With a filter, only matching tasks show, and a group
 * heading shows only when some of its tasks match (its count is then the matching tasks).
 */
export function matrixDisplayRows(board: Board, visibleTaskIds: ReadonlySet<TaskId> | null): DisplayRow[] {
  const shows = (task: Task): boolean => visibleTaskIds === null || visibleTaskIds.has(task.id);
  const sections = matrixSections(board);
  const countIn = (groupId: GroupId | null): number => (sections.get(groupId) ?? []).filter(shows).length;
  const rows: DisplayRow[] = [];
  for (const row of matrixRows(board, { hideCollapsed: true })) {
    if (row.kind === 'group') {
      const taskCount = countIn(row.group.id);
      if (visibleTaskIds !== null && taskCount === 0) continue;
      rows.push({ kind: 'group', key: groupRowKey(row.group.id), group: row.group, taskCount });
      continue;
    }
    if (!shows(row.task)) continue;
    rows.push({ kind: 'task', key: taskRowKey(row.task.id), task: row.task, groupId: row.groupId });
  }
  if (board.groups.length === 0) return rows;
  // The "No group" heading goes before the first ungrouped task, or at the end when there is none
  // (it stays as the place to drop a task out of its group).
  const ungroupedCount = countIn(null);
  if (visibleTaskIds !== null && ungroupedCount === 0) return rows;
  const heading: DisplayRow = { kind: 'ungrouped', key: UNGROUPED_ROW_KEY, taskCount: ungroupedCount };
  const firstUngrouped = rows.findIndex((row) => row.kind === 'task' && row.groupId === null);
  if (firstUngrouped < 0) return [...rows, heading];
  return [...rows.slice(0, firstUngrouped), heading, ...rows.slice(firstUngrouped)];
}

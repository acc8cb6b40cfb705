/**
 * Turns a row move in the matrix, a drag or an Alt+Arrow press, into one command. The rule is
 * "the row lands after the row now above it": after a task it joins that task's group just below
 * it; after a group heading it becomes that group's first task (or its last, when the group is
 * folded: a folded heading stands for the whole group); after "No group" it becomes ungrouped.
 * A group heading moves the whole group (its tasks follow it), before or after the group it is
 * dropped on.
 */
import type { Board, GroupId, Task } from '../../../shared/domain/board';
import type { Command } from '../../../shared/domain/command';
import { matrixGroupOf, matrixSections } from '../../../shared/domain/matrixRows';
import { assertNever } from '../../../shared/domain/result';
import type { DisplayRow } from './matrixDisplayRows';

/**
 * The command that puts the row at `from` at position `to` of `rows` (both indexes into `rows`,
 * as in a list move), or null when the move changes nothing or the row cannot move.
 */
export function rowMoveCommand(board: Board, rows: readonly DisplayRow[], from: number, to: number): Command | null {
  const moved = rows[from];
  if (!moved || from === to || to < 0 || to >= rows.length) return null;
  const arranged = rows.filter((_, i) => i !== from);
  arranged.splice(to, 0, moved);
  const above = to > 0 ? (arranged[to - 1] ?? null) : null;
  switch (moved.kind) {
    case 'task':
      return placeTaskAfter(board, moved.task, above);
    case 'group':
      return placeGroup(board, moved.group.id, sectionOf(rows[to]), to < from);
    case 'ungrouped':
      return null;
    default:
      return assertNever(moved);
  }
}

/** Alt+ArrowUp / Alt+ArrowDown on a group heading: one place up or down among the groups. */
export function groupStepCommand(board: Board, groupId: GroupId, delta: -1 | 1): Command | null {
  const index = board.groups.findIndex((group) => group.id === groupId);
  const toIndex = index + delta;
  if (index < 0 || toIndex < 0 || toIndex >= board.groups.length) return null;
  return { type: 'moveGroup', groupId, toIndex };
}

function placeTaskAfter(board: Board, task: Task, above: DisplayRow | null): Command | null {
  const sections = matrixSections(board);
  const neighboursIn = (groupId: GroupId | null): readonly Task[] => (sections.get(groupId) ?? []).filter((t) => t.id !== task.id);
  let target: GroupId | null;
  let toIndex: number;
  if (above === null) {
    // Above every heading: the top of the first section.
    target = board.groups[0]?.id ?? null;
    toIndex = 0;
  } else if (above.kind === 'group') {
    target = above.group.id;
    toIndex = above.group.collapsed === true ? neighboursIn(target).length : 0;
  } else if (above.kind === 'ungrouped') {
    target = null;
    toIndex = 0;
  } else {
    target = matrixGroupOf(sections, above.task);
    toIndex = neighboursIn(target).indexOf(above.task) + 1;
  }
  const current = matrixGroupOf(sections, task);
  if (current === target && (sections.get(target) ?? []).indexOf(task) === toIndex) return null;
  return { type: 'moveTaskRow', taskId: task.id, toIndex, groupId: target };
}

/** The group a row belongs to: its own for a heading, null for "No group" and ungrouped tasks. */
function sectionOf(row: DisplayRow | undefined): GroupId | null {
  if (!row || row.kind === 'ungrouped') return null;
  return row.kind === 'group' ? row.group.id : row.groupId;
}

/**
 * A group cannot land inside another group, so it goes before the group it was dropped on when
 * moving up, and after it when moving down (after all groups when dropped among the ungrouped).
 */
function placeGroup(board: Board, groupId: GroupId, onto: GroupId | null, upwards: boolean): Command | null {
  if (onto === groupId) return null;
  const others = board.groups.filter((group) => group.id !== groupId);
  const ontoIndex = onto === null ? -1 : others.findIndex((group) => group.id === onto);
  const toIndex = ontoIndex < 0 ? others.length : upwards ? ontoIndex : ontoIndex + 1;
  const currentIndex = board.groups.findIndex((group) => group.id === groupId);
  if (currentIndex < 0 || currentIndex === toIndex) return null;
  return { type: 'moveGroup', groupId, toIndex };
}

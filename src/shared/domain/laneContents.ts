import type { Board, RoleId, Task, TaskId } from './board';

export interface LaneContents {
  /** Tasks no role is accountable for, in board order. */
  readonly unassigned: readonly Task[];
  /** Every role's lane (an entry for each role, possibly empty), tasks in board order. */
  readonly byRole: ReadonlyMap<RoleId, readonly Task[]>;
}

/**
 * Which lane each card sits in: its owner's (the first role in lane order holding A), or the
 * Unassigned pool. Every task lands in exactly one lane. O(tasks + roles + cells).
 */
export function laneContents(board: Board): LaneContents {
  const roleRank = new Map<RoleId, number>();
  board.roles.forEach((role, i) => roleRank.set(role.id, i));

  const ownerRank = new Map<TaskId, number>();
  for (const cell of board.cells) {
    if (!cell.letters.includes('A')) continue;
    const rank = roleRank.get(cell.roleId);
    if (rank === undefined) continue;
    const current = ownerRank.get(cell.taskId);
    if (current === undefined || rank < current) ownerRank.set(cell.taskId, rank);
  }

  const lanes: Task[][] = board.roles.map(() => []);
  const unassigned: Task[] = [];
  for (const task of board.tasks) {
    const rank = ownerRank.get(task.id);
    if (rank === undefined) unassigned.push(task);
    else (lanes[rank] as Task[]).push(task);
  }

  const byRole = new Map<RoleId, readonly Task[]>();
  board.roles.forEach((role, i) => byRole.set(role.id, lanes[i] as Task[]));
  return { unassigned, byRole };
}

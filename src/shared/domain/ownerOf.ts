import type { Board, RoleId, TaskId } from './board';

/**
 * The role accountable for a task: the one holding A. An imported board may give A to two roles;
 * then the first in lane order wins (the rule check flags the second). Null: the Unassigned pool.
 * O(roles + cells).
 */
export function ownerOf(board: Board, taskId: TaskId): RoleId | null {
  const holders = new Set<RoleId>();
  for (const cell of board.cells) {
    if (cell.taskId === taskId && cell.letters.includes('A')) holders.add(cell.roleId);
  }
  if (holders.size === 0) return null;
  for (const role of board.roles) {
    if (holders.has(role.id)) return role.id;
  }
  return null;
}

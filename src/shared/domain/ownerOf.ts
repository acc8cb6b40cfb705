import type { Board, LetterSet, Role, RoleId, TaskId } from './board';

/**
 * The role accountable for a task: the one holding A. An imported board may give A to two roles;
 * then the first in lane order wins (the rule check flags the second). Null: the Unassigned pool.
 * O(roles + cells).
 */
export function ownerOf(board: Board, taskId: TaskId): RoleId | null {
  const accountable = new Map<RoleId, LetterSet>();
  for (const cell of board.cells) {
    if (cell.taskId === taskId && cell.letters.includes('A')) accountable.set(cell.roleId, cell.letters);
  }
  return accountable.size === 0 ? null : ownerAmong(board.roles, accountable);
}

/** ownerOf for a task whose letters by role are already at hand. O(roles). */
export function ownerAmong(roles: readonly Role[], lettersByRole: ReadonlyMap<RoleId, LetterSet>): RoleId | null {
  return roles.find((role) => lettersByRole.get(role.id)?.includes('A') === true)?.id ?? null;
}

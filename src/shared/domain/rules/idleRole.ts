/**
 * 'idle-role': a lane that holds no letter on any task, so it is either missing from the map or not
 * needed on this board. Quiet on a board with no tasks yet, where every lane is idle by definition.
 */
import { displayName } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';

export function idleRole(index: BoardIndex): Finding[] {
  if (index.tasks.length === 0) return [];
  return index.roles
    .filter((entry) => entry.taskCount === 0)
    .map((entry): Finding => ({
      ruleId: 'idle-role',
      severity: 'warning',
      message: `${displayName(entry.role)} holds no letter on any task.`,
      roleId: entry.role.id,
      fixes: [],
    }));
}

/**
 * 'role-on-every-task': a role holding a letter on every task is in every conversation, which
 * usually means it is consulted or informed by habit rather than need. Quiet on small boards (see
 * `everyTaskMinTasks`) and on boards with fewer than three lanes: with one or two roles, being on
 * every task is the point of the board (the article's two-role template puts both on each activity).
 */
import { displayName } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';
import type { RuleSettings } from './ruleSettings';

/** Below this many lanes the rule says nothing useful; see the header. */
export const ROLE_ON_EVERY_TASK_MIN_ROLES = 3;

export function roleOnEveryTask(index: BoardIndex, settings: RuleSettings): Finding[] {
  const taskCount = index.tasks.length;
  if (taskCount < settings.everyTaskMinTasks || index.roles.length < ROLE_ON_EVERY_TASK_MIN_ROLES) return [];
  return index.roles
    .filter((entry) => entry.taskCount === taskCount)
    .map((entry): Finding => ({
      ruleId: 'role-on-every-task',
      severity: 'warning',
      message: `${displayName(entry.role)} holds a letter on every task (all ${taskCount}); check it needs to be on each.`,
      roleId: entry.role.id,
      fixes: [],
    }));
}

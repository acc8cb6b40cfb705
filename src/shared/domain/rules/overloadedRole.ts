/**
 * 'overloaded-role': one role answers for more than a set share of all the tasks on the board, so it
 * becomes the bottleneck for most decisions. Quiet on small boards (see `overloadMinTasks`) and on a
 * board with a single lane, which cannot share anything.
 */
import { displayName } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';
import type { RuleSettings } from './ruleSettings';

export function overloadedRole(index: BoardIndex, settings: RuleSettings): Finding[] {
  const taskCount = index.tasks.length;
  if (taskCount < settings.overloadMinTasks || index.roles.length < 2) return [];
  const findings: Finding[] = [];
  for (const entry of index.roles) {
    const share = entry.accountableCount / taskCount;
    if (share <= settings.overloadShare) continue;
    findings.push({
      ruleId: 'overloaded-role',
      severity: 'warning',
      message: `${displayName(entry.role)} is accountable for ${entry.accountableCount} of ${taskCount} tasks (${Math.round(share * 100)}%); more than ${Math.round(settings.overloadShare * 100)}% makes it a bottleneck.`,
      roleId: entry.role.id,
      fixes: [],
    });
  }
  return findings;
}

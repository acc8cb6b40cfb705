/**
 * 'too-many-responsible': when many roles all "do" a task, each can assume another will. The
 * threshold is a setting (see ruleSettings.ts for why the default is 2). No fix: which doers to
 * drop is the team's call.
 */
import { displayName, joinNames } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';
import type { RuleSettings } from './ruleSettings';

export function tooManyResponsible(index: BoardIndex, settings: RuleSettings): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    const responsible = entry.holders.R;
    if (responsible.length <= settings.maxResponsible) continue;
    findings.push({
      ruleId: 'too-many-responsible',
      severity: 'warning',
      message: `${displayName(entry.task)} has ${responsible.length} responsible roles (${joinNames(responsible.map(displayName))}); more than ${settings.maxResponsible} blurs who does the work.`,
      taskId: entry.task.id,
      fixes: [],
    });
  }
  return findings;
}

/**
 * 'too-many-consulted-informed': a long list of roles to ask or tell slows a task down. A role that
 * is both consulted and informed counts once: it is one person to talk to.
 */
import { displayName } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';
import type { RuleSettings } from './ruleSettings';

export function tooManyConsultedInformed(index: BoardIndex, settings: RuleSettings): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    let count = 0;
    for (const holding of entry.holdings) {
      if (holding.letters.includes('C') || holding.letters.includes('I')) count += 1;
    }
    if (count <= settings.maxConsultedInformed) continue;
    findings.push({
      ruleId: 'too-many-consulted-informed',
      severity: 'warning',
      message: `${displayName(entry.task)} consults or informs ${count} roles; more than ${settings.maxConsultedInformed} slows it down.`,
      taskId: entry.task.id,
      fixes: [],
    });
  }
  return findings;
}

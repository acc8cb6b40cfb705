/**
 * 'only-consulted-informed': roles are asked or told about a task, yet nobody does it or answers for
 * it. Such a task also fires 'no-accountable' and 'no-responsible'; this finding adds the hint that
 * the people involved are all on the sidelines, so its message says that rather than repeating them.
 * It carries no fix: which of the consulted or informed roles should step up is a judgement call,
 * and the 'no-accountable' fixes already offer each lane.
 */
import { displayName } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';

export function onlyConsultedInformed(index: BoardIndex): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    if (entry.holdings.length === 0 || entry.holders.R.length > 0 || entry.holders.A.length > 0) continue;
    const count = entry.holdings.length;
    findings.push({
      ruleId: 'only-consulted-informed',
      severity: 'warning',
      message: `${displayName(entry.task)} only has roles consulted or informed (${count} ${count === 1 ? 'role' : 'roles'}); nobody does it or answers for it.`,
      taskId: entry.task.id,
      fixes: [],
    });
  }
  return findings;
}

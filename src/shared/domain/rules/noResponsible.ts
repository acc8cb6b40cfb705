/**
 * 'no-responsible': nobody does the work of a task. The one safe fix is for the accountable role to
 * do it too (A/R is normal). With several accountable roles no fix is offered: setting letters on one
 * of them would silently take A from the others, which is the 'multiple-accountable' fix's decision.
 */
import { normalizeLetters } from '../letterSet';
import { displayName } from './displayName';
import type { Finding, RuleFix } from './finding';
import type { BoardIndex } from './indexBoard';

export function noResponsible(index: BoardIndex): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    if (entry.holders.R.length > 0) continue;
    const owner = entry.holders.A.length === 1 ? entry.holders.A[0] : undefined;
    const fixes: RuleFix[] =
      owner === undefined
        ? []
        : [
            {
              label: `${displayName(owner)} also does the work`,
              command: { type: 'setLetters', taskId: entry.task.id, roleId: owner.id, letters: normalizeLetters([...(entry.lettersByRole.get(owner.id) ?? []), 'R']) },
            },
          ];
    findings.push({
      ruleId: 'no-responsible',
      severity: 'error',
      message: `Nobody is responsible for doing the work on ${displayName(entry.task)}.`,
      taskId: entry.task.id,
      fixes,
    });
  }
  return findings;
}

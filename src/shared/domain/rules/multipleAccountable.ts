/**
 * 'multiple-accountable': more than one role answers for a task. Editing never creates this (setting
 * A takes it from the previous holder), so it comes from an imported board. Each fix re-sets one
 * holder's own letters, which keeps that role's A and takes A from every other role.
 */
import { displayName, joinNames } from './displayName';
import type { Finding } from './finding';
import type { BoardIndex } from './indexBoard';

export function multipleAccountable(index: BoardIndex): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    const accountable = entry.holders.A;
    if (accountable.length < 2) continue;
    const names = accountable.map(displayName);
    const both = accountable.length === 2 ? 'both' : 'all';
    findings.push({
      ruleId: 'multiple-accountable',
      severity: 'error',
      message: `${joinNames(names)} are ${both} accountable for ${displayName(entry.task)}; only one role should be.`,
      taskId: entry.task.id,
      fixes: accountable.map((role) => ({
        label: `Keep ${displayName(role)} as the only accountable`,
        command: { type: 'setLetters', taskId: entry.task.id, roleId: role.id, letters: entry.lettersByRole.get(role.id) ?? ['A'] },
      })),
    });
  }
  return findings;
}

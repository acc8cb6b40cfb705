/**
 * 'no-accountable': a task nobody answers for. When exactly one role does the work, the obvious fix
 * is to make that role accountable too; otherwise the board cannot guess, so every lane is offered
 * (responsible roles first, as the likelier owners), which is bounded by the number of lanes.
 */
import type { Role } from '../board';
import { normalizeLetters } from '../letterSet';
import { displayName } from './displayName';
import type { Finding, RuleFix } from './finding';
import type { BoardIndex, TaskEntry } from './indexBoard';

function makeAccountable(entry: TaskEntry, role: Role): RuleFix {
  return {
    label: `Make ${displayName(role)} accountable`,
    command: { type: 'setLetters', taskId: entry.task.id, roleId: role.id, letters: normalizeLetters([...(entry.lettersByRole.get(role.id) ?? []), 'A']) },
  };
}

function candidates(index: BoardIndex, entry: TaskEntry): readonly Role[] {
  const responsible = entry.holders.R;
  if (responsible.length === 1) return responsible;
  const others = index.roles.map((r) => r.role).filter((role) => entry.lettersByRole.get(role.id)?.includes('R') !== true);
  return [...responsible, ...others];
}

export function noAccountable(index: BoardIndex): Finding[] {
  const findings: Finding[] = [];
  for (const entry of index.tasks) {
    if (entry.holders.A.length > 0) continue;
    findings.push({
      ruleId: 'no-accountable',
      severity: 'error',
      message: `Nobody is accountable for ${displayName(entry.task)}.`,
      taskId: entry.task.id,
      fixes: candidates(index, entry).map((role) => makeAccountable(entry, role)),
    });
  }
  return findings;
}

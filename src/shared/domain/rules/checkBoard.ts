/**
 * Runs every enabled rule over a board and orders what they find: errors before warnings, then by
 * task order (findings about a whole role come after the task findings of the same severity), then
 * in rule order. The board is indexed once and findings are bucketed rather than sorted, so the whole
 * check is O(tasks + roles + cells).
 */
import type { Board } from '../board';
import { RULE_IDS, type Finding, type RuleId, type Severity } from './finding';
import { idleRole } from './idleRole';
import { indexBoard, type BoardIndex } from './indexBoard';
import { multipleAccountable } from './multipleAccountable';
import { noAccountable } from './noAccountable';
import { noResponsible } from './noResponsible';
import { onlyConsultedInformed } from './onlyConsultedInformed';
import { overloadedRole } from './overloadedRole';
import { roleOnEveryTask } from './roleOnEveryTask';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './ruleSettings';
import { tooManyConsultedInformed } from './tooManyConsultedInformed';
import { tooManyResponsible } from './tooManyResponsible';

export type RuleCheck = (index: BoardIndex, settings: RuleSettings) => readonly Finding[];

/** A Record, so a new RuleId does not compile until it has a check. */
const RULE_CHECKS: Readonly<Record<RuleId, RuleCheck>> = {
  'no-accountable': noAccountable,
  'multiple-accountable': multipleAccountable,
  'no-responsible': noResponsible,
  'only-consulted-informed': onlyConsultedInformed,
  'too-many-responsible': tooManyResponsible,
  'too-many-consulted-informed': tooManyConsultedInformed,
  'idle-role': idleRole,
  'overloaded-role': overloadedRole,
  'role-on-every-task': roleOnEveryTask,
};

export interface RuleReport {
  /** Errors first, then by task order, then rule order. */
  readonly findings: readonly Finding[];
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Every rule is present; a disabled rule counts 0. */
  readonly byRule: Readonly<Record<RuleId, number>>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning'];

export function checkBoard(board: Board, settings: RuleSettings = DEFAULT_RULE_SETTINGS): RuleReport {
  const index = indexBoard(board);
  const taskPosition = new Map(index.tasks.map((entry, position) => [entry.task.id, position]));
  // One bucket per task plus a last one for findings about a role rather than a task.
  const roleBucket = index.tasks.length;
  const buckets: Record<Severity, Finding[][]> = { error: [], warning: [] };
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  const disabled = new Set(settings.disabled);

  for (const ruleId of RULE_IDS) {
    if (disabled.has(ruleId)) continue;
    for (const finding of RULE_CHECKS[ruleId](index, settings)) {
      const position = finding.taskId === undefined ? roleBucket : (taskPosition.get(finding.taskId) ?? roleBucket);
      const bucket = (buckets[finding.severity][position] ??= []);
      bucket.push(finding);
      bySeverity[finding.severity] += 1;
      byRule[ruleId] += 1;
    }
  }

  const findings: Finding[] = [];
  for (const severity of SEVERITIES) {
    // A sparse array: forEach skips the tasks with nothing to report.
    buckets[severity].forEach((bucket) => findings.push(...bucket));
  }
  return { findings, bySeverity, byRule };
}

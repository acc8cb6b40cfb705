/**
 * Runs every enabled rule over a board and orders what they find: errors before warnings, then by
 * task order (findings about a whole role come after the task findings of the same severity), then
 * in rule order. The board is indexed once and findings are bucketed rather than sorted, so the whole
 * check is O(tasks + roles + cells). The check keeps each task's findings apart (CheckedBoard), so
 * that recheckBoard can check an edited board again by looking only at the tasks the edit touched.
 */
import type { Board, TaskId } from '../board';
import { RULE_IDS, type Finding, type RuleId, type Severity } from './finding';
import { idleRole } from './idleRole';
import { indexBoard, type BoardIndex, type RoleEntry, type TaskEntry } from './indexBoard';
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

/**
 * A task rule reads one task's entry (and the lane list) and reports only about that task, so a
 * task an edit left alone keeps its findings; a role rule reads the role counts and the number of
 * tasks, and runs again after any edit (it is O(roles)).
 */
type RuleScope = 'task' | 'role';

/** A Record, so a new RuleId does not compile until it has a check and a scope. */
const RULES: Readonly<Record<RuleId, { readonly scope: RuleScope; readonly check: RuleCheck }>> = {
  'no-accountable': { scope: 'task', check: noAccountable },
  'multiple-accountable': { scope: 'task', check: multipleAccountable },
  'no-responsible': { scope: 'task', check: noResponsible },
  'only-consulted-informed': { scope: 'task', check: onlyConsultedInformed },
  'too-many-responsible': { scope: 'task', check: tooManyResponsible },
  'too-many-consulted-informed': { scope: 'task', check: tooManyConsultedInformed },
  'idle-role': { scope: 'role', check: idleRole },
  'overloaded-role': { scope: 'role', check: overloadedRole },
  'role-on-every-task': { scope: 'role', check: roleOnEveryTask },
};

export interface RuleReport {
  /** Errors first, then by task order, then rule order. */
  readonly findings: readonly Finding[];
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Every rule is present; a disabled rule counts 0. */
  readonly byRule: Readonly<Record<RuleId, number>>;
}

/** One task's index entry and what the task rules found about it, in rule order. */
export interface CheckedTask {
  readonly entry: TaskEntry;
  readonly findings: readonly Finding[];
}

/**
 * A board with its report and what the report was built from, so that the next version of the
 * board can be checked from it (recheckBoard) without indexing every task again.
 */
export interface CheckedBoard {
  readonly board: Board;
  readonly settings: RuleSettings;
  /** Every task, in board order. */
  readonly tasks: ReadonlyMap<TaskId, CheckedTask>;
  readonly roles: readonly RoleEntry[];
  readonly report: RuleReport;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning'];
/** Shared by every task the rules find nothing about. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function checkBoard(board: Board, settings: RuleSettings = DEFAULT_RULE_SETTINGS): RuleReport {
  return checkedBoard(board, settings).report;
}

/** checkBoard, keeping what the next check can start from. */
export function checkedBoard(board: Board, settings: RuleSettings = DEFAULT_RULE_SETTINGS): CheckedBoard {
  const index = indexBoard(board);
  const found = taskFindingsOf(index, settings);
  const tasks = new Map<TaskId, CheckedTask>();
  for (const entry of index.tasks) tasks.set(entry.task.id, { entry, findings: found.get(entry.task.id) ?? NO_FINDINGS });
  return assemble(board, settings, tasks, index.roles);
}

/** What the enabled task rules find about the tasks of an index, by task, each task's in rule order. */
export function taskFindingsOf(index: BoardIndex, settings: RuleSettings): ReadonlyMap<TaskId, readonly Finding[]> {
  const found = new Map<TaskId, Finding[]>();
  for (const finding of findingsOf('task', index, settings)) {
    // A task rule reports only about tasks of the index, so every finding names one.
    const taskId = finding.taskId ?? '';
    const list = found.get(taskId);
    if (list === undefined) found.set(taskId, [finding]);
    else list.push(finding);
  }
  return found;
}

/** The checked board's report, from its tasks (in board order) and role entries. */
export function assemble(board: Board, settings: RuleSettings, tasks: ReadonlyMap<TaskId, CheckedTask>, roles: readonly RoleEntry[]): CheckedBoard {
  const index: BoardIndex = { board, tasks: [...tasks.values()].map((checked) => checked.entry), roles };
  const roleFindings = findingsOf('role', index, settings);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0 };
  const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  const findings: Finding[] = [];
  for (const severity of SEVERITIES) {
    for (const checked of tasks.values()) {
      for (const finding of checked.findings) if (finding.severity === severity) findings.push(finding);
    }
    for (const finding of roleFindings) if (finding.severity === severity) findings.push(finding);
  }
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byRule[finding.ruleId] += 1;
  }
  return { board, settings, tasks, roles, report: { findings, bySeverity, byRule } };
}

function findingsOf(scope: RuleScope, index: BoardIndex, settings: RuleSettings): Finding[] {
  const disabled = new Set(settings.disabled);
  const findings: Finding[] = [];
  for (const ruleId of RULE_IDS) {
    const rule = RULES[ruleId];
    if (rule.scope === scope && !disabled.has(ruleId)) findings.push(...rule.check(index, settings));
  }
  return findings;
}

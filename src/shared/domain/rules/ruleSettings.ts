/**
 * The knobs of the rule check. Settings arrive from storage and from imported files, so
 * `normalizeRuleSettings` accepts anything and repairs each bad value to its default on its own,
 * rather than rejecting the whole object: one broken threshold should not reset the others.
 */
import { isRuleId, type RuleId } from './finding';

export interface RuleSettings {
  /** Rules that are not run at all. */
  readonly disabled: readonly RuleId[];
  /** 'too-many-responsible' warns when a task has more responsible roles than this. */
  readonly maxResponsible: number;
  /** 'too-many-consulted-informed' warns when consulted plus informed roles exceed this. */
  readonly maxConsultedInformed: number;
  /** 'overloaded-role' warns when a role is accountable for more than this share (0..1] of the tasks. */
  readonly overloadShare: number;
  /** 'overloaded-role' stays quiet on boards with fewer tasks than this. */
  readonly overloadMinTasks: number;
  /** 'role-on-every-task' stays quiet on boards with fewer tasks than this. */
  readonly everyTaskMinTasks: number;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = Object.freeze({
  disabled: Object.freeze([]) as readonly RuleId[],
  // One doer is the ideal; an accountable role doing the work alongside one other role (A/R plus R)
  // is a common, healthy split. From three doers up, "who does it?" has no clear answer.
  maxResponsible: 2,
  // Past five roles to ask or tell, a task turns into a meeting; the list usually needs trimming.
  maxConsultedInformed: 5,
  // Above 60% a single role is the bottleneck for most decisions. Exactly 60% does not fire, so the
  // article's own template (15 of 25 activities owned by the product manager) is not flagged.
  overloadShare: 0.6,
  // On a board of a handful of tasks, one owner holding most of them is normal, not a warning sign.
  overloadMinTasks: 5,
  // With one or two tasks, a role on every task says nothing.
  everyTaskMinTasks: 3,
});

function isWholeNumberAtLeast(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

function normalizeDisabled(value: unknown): readonly RuleId[] {
  if (!Array.isArray(value)) return DEFAULT_RULE_SETTINGS.disabled;
  // Unknown ids (a rule from a newer version, a typo) are dropped; the known ones are kept.
  return [...new Set(value.filter(isRuleId))];
}

/** Reads settings from anything (a stored row, an imported file); every bad value becomes its default. */
export function normalizeRuleSettings(partial: unknown): RuleSettings {
  const source: Record<string, unknown> = typeof partial === 'object' && partial !== null && !Array.isArray(partial) ? (partial as Record<string, unknown>) : {};
  const d = DEFAULT_RULE_SETTINGS;
  const { overloadShare } = source;
  return {
    disabled: normalizeDisabled(source.disabled),
    maxResponsible: isWholeNumberAtLeast(source.maxResponsible, 1) ? source.maxResponsible : d.maxResponsible,
    maxConsultedInformed: isWholeNumberAtLeast(source.maxConsultedInformed, 0) ? source.maxConsultedInformed : d.maxConsultedInformed,
    overloadShare: typeof overloadShare === 'number' && overloadShare > 0 && overloadShare <= 1 ? overloadShare : d.overloadShare,
    overloadMinTasks: isWholeNumberAtLeast(source.overloadMinTasks, 1) ? source.overloadMinTasks : d.overloadMinTasks,
    everyTaskMinTasks: isWholeNumberAtLeast(source.everyTaskMinTasks, 1) ? source.everyTaskMinTasks : d.everyTaskMinTasks,
  };
}

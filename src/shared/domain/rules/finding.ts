/**
 * What a rule check reports: a finding names one weak spot on a board in plain words and may carry
 * one-click fixes, each an ordinary command so a fix is applied, undone and stored like any edit.
 */
import type { RoleId, TaskId } from '../board';
import type { Command } from '../command';

/** Every rule, in the order findings of the same severity and task are listed. */
export const RULE_IDS = [
  'no-accountable',
  'multiple-accountable',
  'no-responsible',
  'only-consulted-informed',
  'too-many-responsible',
  'too-many-consulted-informed',
  'idle-role',
  'overloaded-role',
  'role-on-every-task',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

export interface RuleFix {
  /** A button label, e.g. "Make Project manager accountable". */
  readonly label: string;
  readonly command: Command;
}

export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** A sentence naming tasks and roles by name, never by id. */
  readonly message: string;
  /** The task the finding is about, when it is about one task. */
  readonly taskId?: TaskId;
  /** The role the finding is about, when it is about one role. */
  readonly roleId?: RoleId;
  /** Empty when the fix needs a judgement the board cannot make. */
  readonly fixes: readonly RuleFix[];
}

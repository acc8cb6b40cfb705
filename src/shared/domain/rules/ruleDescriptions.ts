import type { RuleId } from './finding';

/** What each rule checks and why, in plain words for the settings panel. */
export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, { readonly title: string; readonly explanation: string }>> = {
  'no-accountable': {
    title: 'Nobody accountable',
    explanation: 'Every task needs exactly one role that answers for it. A task with nobody accountable sits in the Unassigned pool and tends to drift.',
  },
  'multiple-accountable': {
    title: 'More than one accountable',
    explanation: 'When two roles answer for the same task, each can wait for the other. Keep one; the others can stay responsible, consulted or informed.',
  },
  'no-responsible': {
    title: 'Nobody responsible',
    explanation: 'Someone has to do the work. Often the accountable role does it too (shown as R/A).',
  },
  'only-consulted-informed': {
    title: 'Only consulted or informed',
    explanation: 'Roles are asked or told about the task, but nobody does it or answers for it. Such a task is also flagged for having nobody accountable and nobody responsible.',
  },
  'too-many-responsible': {
    title: 'Too many responsible',
    explanation: 'When many roles all do the same task, each can assume another will. Warns above the number of responsible roles you set.',
  },
  'too-many-consulted-informed': {
    title: 'Too many consulted or informed',
    explanation: 'A long list of roles to ask or tell slows a task down. Warns above the number of consulted or informed roles you set.',
  },
  'idle-role': {
    title: 'Idle role',
    explanation: 'A role with no letter on any task is either missing from the map or not needed on this board.',
  },
  'overloaded-role': {
    title: 'Overloaded role',
    explanation: 'A role accountable for more than the share of tasks you set becomes the bottleneck for most decisions. Small boards are not checked.',
  },
  'role-on-every-task': {
    title: 'Role on every task',
    explanation: 'A role that holds a letter on every task is in every conversation, often by habit. Checked on boards with at least three roles and a few tasks.',
  },
};

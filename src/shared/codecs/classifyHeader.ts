/**
 * What a CSV column heading means, in the words people put in RACI spreadsheets. Headings are
 * compared without case, spaces, punctuation or a bracketed note, so "Work item", "WORK-ITEM" and
 * "Responsible (R)" are all recognised.
 */
import type { Letter } from '../domain/board';
import { restoreFormulaText } from './neutralizeFormula';

export type HeaderMeaning =
  /** The task's title. */
  | { readonly kind: 'task' }
  /** A role's name (one row per assignment). */
  | { readonly kind: 'role' }
  /** The task's group (phase). */
  | { readonly kind: 'group' }
  /** The letters a role holds (one row per assignment). */
  | { readonly kind: 'letter' }
  /** The roles holding one letter ("Responsible": the roles that are R). */
  | { readonly kind: 'letter-column'; readonly letter: Letter }
  /** Whether the team kept its own owner against the article's, with its note (see parseKeepMineCell). */
  | { readonly kind: 'keep-mine' }
  /** A column the board has no place for (ids, notes, descriptions). */
  | { readonly kind: 'ignored' };

const WORDS: ReadonlyMap<string, HeaderMeaning> = new Map<string, HeaderMeaning>([
  ...['activity', 'activities', 'activityname', 'task', 'tasks', 'taskname', 'tasktitle', 'title', 'deliverable', 'deliverables', 'step', 'steps', 'workitem', 'workitems'].map(
    (word) => [word, { kind: 'task' }] as const,
  ),
  ...['role', 'roles', 'rolename', 'person', 'people', 'stakeholder', 'stakeholders', 'owner', 'owners'].map((word) => [word, { kind: 'role' }] as const),
  ...['group', 'groups', 'groupname', 'phase', 'phases', 'stage', 'stages'].map((word) => [word, { kind: 'group' }] as const),
  ...['letter', 'letters', 'raci', 'raciletter', 'raciletters', 'racicode', 'assignment', 'assignments'].map((word) => [word, { kind: 'letter' }] as const),
  ['responsible', { kind: 'letter-column', letter: 'R' }],
  ['accountable', { kind: 'letter-column', letter: 'A' }],
  ['consulted', { kind: 'letter-column', letter: 'C' }],
  ['informed', { kind: 'letter-column', letter: 'I' }],
  ...['keepmine', 'keepminenote'].map((word) => [word, { kind: 'keep-mine' }] as const),
  ...['id', 'no', 'number', 'notes', 'note', 'description', 'comments', 'comment', 'details'].map((word) => [word, { kind: 'ignored' }] as const),
]);

const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The heading reduced to letters and digits in lower case: "Work item (main)" -> "workitem". */
export function normalizeHeader(text: string): string {
  return restoreFormulaText(text).normalize('NFKC').toLowerCase().replace(BRACKETED, '').replace(NOT_WORD, '');
}

/** The meaning of a heading, or undefined for one that names something else (in a matrix, a role). */
export function classifyHeader(text: string): HeaderMeaning | undefined {
  return WORDS.get(normalizeHeader(text));
}

/**
 * The one place names and titles are cleaned and checked, so the lanes, the matrix, import and
 * every command agree on what a valid name is.
 */
import type { CommandError } from './command';
import { err, ok, type Result } from './result';

export type NamedThing = 'task' | 'role' | 'board' | 'group';

/** Longest accepted name, in Unicode code points (what a person counts as characters). */
export const NAME_LIMITS: Readonly<Record<NamedThing, number>> = {
  task: 500,
  role: 120,
  board: 120,
  group: 120,
};

const EMPTY_MESSAGES: Readonly<Record<NamedThing, string>> = {
  task: 'A task needs a title.',
  role: 'A lane needs a name.',
  board: 'A board needs a name.',
  group: 'A group needs a name.',
};

const TOO_LONG_SUBJECT: Readonly<Record<NamedThing, string>> = {
  task: 'A task title',
  role: 'A lane name',
  board: 'A board name',
  group: 'A group name',
};

// Zero-width and direction marks are invisible, so a name made only of them looks empty.
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}]*$/u;

/** Counts code points, so an emoji or a CJK character is one, not two UTF-16 units. */
export function codePointLength(s: string): number {
  let count = 0;
  for (const _ of s) count += 1;
  return count;
}

/** NFC-normalises and trims; refuses empty, invisible-only or over-long names. */
export function validateName(raw: string, what: NamedThing): Result<string, CommandError> {
  const name = raw.normalize('NFC').trim();
  if (INVISIBLE_ONLY.test(name)) return err({ code: 'empty-name', message: EMPTY_MESSAGES[what] });
  const limit = NAME_LIMITS[what];
  if (codePointLength(name) > limit) {
    return err({ code: 'too-long', message: `${TOO_LONG_SUBJECT[what]} can be at most ${limit} characters.` });
  }
  return ok(name);
}

import type { CommandError } from './command';
import { err, ok, type Result } from './result';
import { codePointLength } from './validateName';

/** Longest accepted task notes, in Unicode code points. */
export const NOTES_LIMIT = 10_000;

/**
 * NFC-normalises and trims a task's notes. Empty notes are valid: they mean "no notes", returned
 * as undefined so the task simply has none.
 */
export function validateNotes(raw: string): Result<string | undefined, CommandError> {
  const notes = raw.normalize('NFC').trim();
  if (notes === '') return ok(undefined);
  if (codePointLength(notes) > NOTES_LIMIT) {
    return err({ code: 'too-long', message: `Notes can be at most ${NOTES_LIMIT} characters.` });
  }
  return ok(notes);
}

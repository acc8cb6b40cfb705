import type { CommandError } from './command';
import { err, ok, type Result } from './result';
import { codePointLength } from './validateName';

/** Longest accepted "Keep mine" note, in Unicode code points: a reason, not a document. */
export const KEEP_MINE_NOTE_LIMIT = 500;

/**
 * NFC-normalises and trims the note saying why a team keeps its own owner. An empty note is
 * valid (the mark alone says enough); the note is then the empty string.
 */
export function validateKeepMineNote(raw: string): Result<string, CommandError> {
  const note = raw.normalize('NFC').trim();
  if (codePointLength(note) > KEEP_MINE_NOTE_LIMIT) {
    return err({ code: 'too-long', message: `A "Keep mine" note can be at most ${KEEP_MINE_NOTE_LIMIT} characters.` });
  }
  return ok(note);
}

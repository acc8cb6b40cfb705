import type { CommandError } from './command';
import { err, ok, type Result } from './result';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Checks a lane colour is #rrggbb and returns it in lower case, the one stored spelling. */
export function roleColour(raw: string): Result<string, CommandError> {
  const colour = raw.trim();
  if (!HEX_COLOUR.test(colour)) {
    return err({ code: 'invalid-colour', message: 'A lane colour must be written as #rrggbb, for example #1f8a70.' });
  }
  return ok(colour.toLowerCase());
}

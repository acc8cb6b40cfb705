/**
 * Names from files are kept whenever they can be: an over-long one is shortened to the limit rather
 * than refused, because losing a task over its title's length would lose the task's letters too.
 */
import { NAME_LIMITS, validateName, type NamedThing } from '../domain/validateName';

export interface RepairedName {
  /** Trimmed, NFC-normalised, within the limit: what validateName accepts unchanged. */
  readonly name: string;
  readonly shortened: boolean;
}

/** The usable form of `raw`, or undefined when nothing visible is left. */
export function repairName(raw: string, what: NamedThing): RepairedName | undefined {
  const checked = validateName(raw, what);
  if (checked.ok) return { name: checked.value, shortened: false };
  if (checked.error.code !== 'too-long') return undefined;
  const clipped = [...raw.normalize('NFC').trim()].slice(0, NAME_LIMITS[what]).join('');
  const again = validateName(clipped, what);
  return again.ok ? { name: again.value, shortened: true } : undefined;
}

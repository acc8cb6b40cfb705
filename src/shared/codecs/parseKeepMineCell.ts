/**
 * The "Keep mine" column of a CSV file: whether the team kept its own owner for a task against the
 * article's, and the note saying why. The cell is empty when the task is not marked, "Yes" when it
 * is marked without a note, and "Yes: <note>" when it has one. The "Yes" marker is what tells a
 * mark without a note from no mark at all, and it keeps the field from ever starting with a
 * formula character.
 *
 * People edit this column by hand, so reading is lenient: "x", "true", "kept" or a tick also mark
 * the task, "no", "false" or a dash leave it unmarked, and any other text is taken as the note.
 */
import { KEEP_MINE_NOTE_LIMIT, validateKeepMineNote } from '../domain/validateKeepMineNote';
import { restoreFormulaText } from './neutralizeFormula';

export const KEEP_MINE_HEADER = 'Keep mine';

const MARKED_PREFIX = 'Yes';
const MARKED = /^(yes|y|x|true|kept|keep|✓|✔)$/iu;
const MARKED_WITH_NOTE = /^yes\s*:/iu;
const UNMARKED = /^(no|n|false|[-‐‑‒–—―.·_]*)$/iu;

export type ParsedKeepMineCell =
  | { readonly kind: 'none' }
  /** `shortened` when the note was over the limit and was cut to it. */
  | { readonly kind: 'kept'; readonly note: string; readonly shortened: boolean };

/** The cell for a task: `formatKeepMineCell(task.keepMine)`. */
export function formatKeepMineCell(keepMine: { readonly note: string } | undefined): string {
  if (keepMine === undefined) return '';
  return keepMine.note === '' ? MARKED_PREFIX : `${MARKED_PREFIX}: ${keepMine.note}`;
}

export function parseKeepMineCell(text: string): ParsedKeepMineCell {
  const cell = restoreFormulaText(text.trim()).trim();
  if (UNMARKED.test(cell)) return { kind: 'none' };
  if (MARKED.test(cell)) return { kind: 'kept', note: '', shortened: false };
  const raw = MARKED_WITH_NOTE.test(cell) ? cell.slice(cell.indexOf(':') + 1) : cell;
  const checked = validateKeepMineNote(raw);
  if (checked.ok) return { kind: 'kept', note: checked.value, shortened: false };
  const clipped = validateKeepMineNote([...raw.normalize('NFC').trim()].slice(0, KEEP_MINE_NOTE_LIMIT).join(''));
  return { kind: 'kept', note: clipped.ok ? clipped.value : '', shortened: true };
}

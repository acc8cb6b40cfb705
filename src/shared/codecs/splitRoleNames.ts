/**
 * Reads the roles listed in one cell of a "Responsible" / "Accountable" / ... column: names
 * separated by ";", ",", "/", a line break or the word "and".
 */
import { restoreFormulaText } from './neutralizeFormula';

const SEPARATORS = /\s*[;,/\n]\s*|\s+and\s+/iu;

export function splitRoleNames(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((name) => restoreFormulaText(name.trim()).trim())
    .filter((name) => name !== '');
}

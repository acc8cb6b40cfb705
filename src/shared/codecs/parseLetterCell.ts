/**
 * Reads the letters in one spreadsheet cell the ways people write them: "A/R", "A, R", "AR", "R A",
 * "a/r", the full words ("Responsible"), or a dash for none. Anything else is returned as unknown
 * so the import can say what it ignored.
 */
import type { Letter, LetterSet } from '../domain/board';
import { normalizeLetters } from '../domain/letterSet';

export interface ParsedLetterCell {
  readonly letters: LetterSet;
  /** The pieces that are not letters, as written. */
  readonly unknown: readonly string[];
}

const SEPARATORS = /[\s/,;+|&()]+/u;
const NOTHING = /^[-‐‑‒–—―.·_]*$/u;
const ONLY_LETTERS = /^[RACI]+$/;

const WORDS: ReadonlyMap<string, Letter> = new Map([
  ['RESPONSIBLE', 'R'],
  ['ACCOUNTABLE', 'A'],
  ['CONSULTED', 'C'],
  ['INFORMED', 'I'],
]);

export function parseLetterCell(text: string): ParsedLetterCell {
  const letters: Letter[] = [];
  const unknown: string[] = [];
  // NFKC turns full-width letters (Ａ) into plain ones. A leading apostrophe is a spreadsheet's
  // "read as text" mark (or this app's formula guard), never part of the letters.
  const cell = text.normalize('NFKC').trim().replace(/^'+/, '').trim();
  if (NOTHING.test(cell)) return { letters: [], unknown };
  for (const token of cell.split(SEPARATORS)) {
    if (token === '' || NOTHING.test(token)) continue;
    const upper = token.toUpperCase();
    const word = WORDS.get(upper);
    if (word !== undefined) letters.push(word);
    else if (ONLY_LETTERS.test(upper)) for (const letter of upper) letters.push(letter as Letter);
    else unknown.push(token);
  }
  return { letters: normalizeLetters(letters), unknown };
}

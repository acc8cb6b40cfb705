/**
 * A cell's letters as a set: no duplicates, always in R, A, C, I order, so two equal sets are
 * equal element by element and "R/A" reads the same everywhere.
 */
import { LETTERS, type Letter, type LetterSet } from './board';

/** The empty set, shared so that "no letters" never allocates. */
export const NO_LETTERS: LetterSet = Object.freeze([]) as LetterSet;

export function isLetter(value: unknown): value is Letter {
  return value === 'R' || value === 'A' || value === 'C' || value === 'I';
}

/** Dedupes and sorts letters into R, A, C, I order. */
export function normalizeLetters(letters: Iterable<Letter>): LetterSet {
  const present = new Set<Letter>(letters);
  if (present.size === 0) return NO_LETTERS;
  return LETTERS.filter((letter) => present.has(letter));
}

/** Reads one letter as a user might type it (" r " is R); anything else is undefined. */
export function parseLetter(s: string): Letter | undefined {
  const candidate = s.trim().toUpperCase();
  return isLetter(candidate) ? candidate : undefined;
}

/** "R/A"; the empty set is "". */
export function formatLetters(set: LetterSet): string {
  return set.join('/');
}

export function hasLetter(set: LetterSet, letter: Letter): boolean {
  return set.includes(letter);
}

/** Adds the letter if absent, removes it if present. */
export function toggleLetter(set: LetterSet, letter: Letter): LetterSet {
  return hasLetter(set, letter) ? normalizeLetters(set.filter((l) => l !== letter)) : normalizeLetters([...set, letter]);
}

/** True when both sets hold the same letters (inputs must be normalised). */
export function sameLetters(a: LetterSet, b: LetterSet): boolean {
  return a.length === b.length && a.every((letter, i) => letter === b[i]);
}

/** True when the array is already a normalised set of valid letters. */
export function isNormalizedLetters(letters: readonly unknown[]): boolean {
  let previous = -1;
  for (const letter of letters) {
    const rank = isLetter(letter) ? LETTERS.indexOf(letter) : -1;
    if (rank <= previous) return false;
    previous = rank;
  }
  return true;
}

/**
 * A cell's letters as stored or imported, as a set: taken as they are when they already are one
 * (every stored board's are, so a large board is read without a new array per cell); otherwise
 * deduped into R, A, C, I order with anything that is not a letter dropped.
 */
export function cleanLetters(raw: unknown): LetterSet {
  const letters: readonly unknown[] = Array.isArray(raw) ? raw : [];
  if (isNormalizedLetters(letters)) return letters as LetterSet;
  return normalizeLetters(letters.filter(isLetter));
}

/** The letters a role already holds on a task with one more cell's letters added (a duplicate cell, on a malformed board). */
export function mergeLetters(held: LetterSet | undefined, raw: unknown): LetterSet {
  const letters = cleanLetters(raw);
  return held === undefined || held.length === 0 ? letters : cleanLetters([...held, ...letters]);
}

import { describe, expect, it } from 'vitest';
import type { Letter } from '../../../../src/shared/domain/board';
import {
  cleanLetters,
  formatLetters,
  hasLetter,
  isNormalizedLetters,
  mergeLetters,
  normalizeLetters,
  parseLetter,
  sameLetters,
  toggleLetter,
} from '../../../../src/shared/domain/letterSet';

describe('normalizeLetters', () => {
  it('sorts into R, A, C, I order when given letters out of order', () => {
    expect(normalizeLetters(['I', 'A', 'C', 'R'])).toEqual(['R', 'A', 'C', 'I']);
  });

  it('drops duplicates when a letter repeats', () => {
    expect(normalizeLetters(['A', 'R', 'A', 'R'])).toEqual(['R', 'A']);
  });

  it('returns an empty set when given nothing', () => {
    expect(normalizeLetters([])).toEqual([]);
  });

  it('accepts any iterable when given a Set', () => {
    expect(normalizeLetters(new Set<Letter>(['C', 'A']))).toEqual(['A', 'C']);
  });
});

describe('parseLetter', () => {
  it('reads a letter when typed in lower case with spaces', () => {
    expect(parseLetter(' r ')).toBe('R');
    expect(parseLetter('a')).toBe('A');
  });

  it('returns undefined when the text is not one RACI letter', () => {
    expect(parseLetter('X')).toBeUndefined();
    expect(parseLetter('RA')).toBeUndefined();
    expect(parseLetter('')).toBeUndefined();
  });
});

describe('formatLetters', () => {
  it('joins letters with a slash when the set has several', () => {
    expect(formatLetters(['R', 'A'])).toBe('R/A');
  });

  it('returns an empty string when the set is empty', () => {
    expect(formatLetters([])).toBe('');
  });
});

describe('toggleLetter', () => {
  it('adds the letter in canonical order when absent', () => {
    expect(toggleLetter(['A', 'I'], 'R')).toEqual(['R', 'A', 'I']);
  });

  it('removes the letter when present', () => {
    expect(toggleLetter(['R', 'A'], 'A')).toEqual(['R']);
  });

  it('does not change the given set when toggling', () => {
    const set: Letter[] = ['R'];
    toggleLetter(set, 'A');
    expect(set).toEqual(['R']);
  });
});

describe('hasLetter', () => {
  it('tells whether the set holds the letter', () => {
    expect(hasLetter(['R', 'A'], 'A')).toBe(true);
    expect(hasLetter(['R', 'A'], 'C')).toBe(false);
  });
});

describe('sameLetters', () => {
  it('compares normalised sets letter by letter', () => {
    expect(sameLetters(['R', 'A'], ['R', 'A'])).toBe(true);
    expect(sameLetters(['R', 'A'], ['R'])).toBe(false);
    expect(sameLetters(['R'], ['A'])).toBe(false);
  });
});

describe('isNormalizedLetters', () => {
  it('accepts sets in canonical order without duplicates', () => {
    expect(isNormalizedLetters(['R', 'A', 'C', 'I'])).toBe(true);
    expect(isNormalizedLetters([])).toBe(true);
  });

  it('rejects wrong order, duplicates and non-letters', () => {
    expect(isNormalizedLetters(['A', 'R'])).toBe(false);
    expect(isNormalizedLetters(['R', 'R'])).toBe(false);
    expect(isNormalizedLetters(['R', 'X'])).toBe(false);
  });
});

describe('cleanLetters', () => {
  it('returns the very array when it already is a clean set', () => {
    const stored: Letter[] = ['R', 'A'];
    expect(cleanLetters(stored)).toBe(stored);
  });

  it('dedupes, orders and drops what is not a letter when the cell arrives malformed', () => {
    expect(cleanLetters(['I', 'x', 'R', 'R', 7])).toEqual(['R', 'I']);
    expect(cleanLetters('RA')).toEqual([]);
  });
});

describe('mergeLetters', () => {
  it('adds a duplicate cell\'s letters to what the role already holds', () => {
    expect(mergeLetters(['C'], ['A', 'C'])).toEqual(['A', 'C']);
  });

  it('cleans the letters when the role holds nothing yet', () => {
    expect(mergeLetters(undefined, ['I', 'I'])).toEqual(['I']);
  });
});

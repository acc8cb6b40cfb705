import { describe, expect, it } from 'vitest';
import { parseLetterCell } from '../../../../src/shared/codecs/parseLetterCell';

describe('parseLetterCell', () => {
  it.each([
    ['A/R', ['R', 'A']],
    ['A, R', ['R', 'A']],
    ['AR', ['R', 'A']],
    ['R A', ['R', 'A']],
    ['a/r', ['R', 'A']],
    [' r ; c + i ', ['R', 'C', 'I']],
    ['Responsible, accountable', ['R', 'A']],
    ['ＡＲ', ['R', 'A']],
    ["'A", ['A']],
    ['R/R/A', ['R', 'A']],
    ['I C A R', ['R', 'A', 'C', 'I']],
  ])('reads %j as a set of letters', (text, expected) => {
    expect(parseLetterCell(text)).toEqual({ letters: expected, unknown: [] });
  });

  it.each(['', '   ', '-', '—', '.', '–'])('reads %j as no letters', (text) => {
    expect(parseLetterCell(text)).toEqual({ letters: [], unknown: [] });
  });

  it('returns what is not a letter, keeping the letters around it', () => {
    expect(parseLetterCell('X')).toEqual({ letters: [], unknown: ['X'] });
    expect(parseLetterCell('A/X/Lead')).toEqual({ letters: ['A'], unknown: ['X', 'Lead'] });
    expect(parseLetterCell('ARX')).toEqual({ letters: [], unknown: ['ARX'] });
  });
});

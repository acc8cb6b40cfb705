import { describe, expect, it } from 'vitest';
import { classifyHeader, normalizeHeader } from '../../../../src/shared/codecs/classifyHeader';

describe('normalizeHeader', () => {
  it('drops case, spaces, punctuation and bracketed notes', () => {
    expect(normalizeHeader(' Work-Item (main) ')).toBe('workitem');
    expect(normalizeHeader("'=Task")).toBe('task');
    expect(normalizeHeader('Ｔａｓｋ')).toBe('task');
  });
});

describe('classifyHeader', () => {
  it.each([
    ['Activity', 'task'],
    ['Deliverables', 'task'],
    ['Work item', 'task'],
    ['STEP', 'task'],
    ['Person', 'role'],
    ['Stakeholder', 'role'],
    ['Owner', 'role'],
    ['Phase', 'group'],
    ['Stage', 'group'],
    ['RACI', 'letter'],
    ['Assignment', 'letter'],
    ['Notes', 'ignored'],
    ['Keep mine', 'keep-mine'],
    ['Keep-mine note', 'keep-mine'],
  ])('reads %s as a %s heading', (text, kind) => {
    expect(classifyHeader(text)?.kind).toBe(kind);
  });

  it('reads the letter words as the letter they name', () => {
    expect(['Responsible', 'Accountable (A)', 'consulted', 'INFORMED'].map((text) => classifyHeader(text))).toEqual([
      { kind: 'letter-column', letter: 'R' },
      { kind: 'letter-column', letter: 'A' },
      { kind: 'letter-column', letter: 'C' },
      { kind: 'letter-column', letter: 'I' },
    ]);
  });

  it('knows nothing of other headings, which in a matrix name roles', () => {
    expect(classifyHeader('Product manager')).toBeUndefined();
    expect(classifyHeader('')).toBeUndefined();
    expect(classifyHeader('__proto__')).toBeUndefined();
    expect(classifyHeader('constructor')).toBeUndefined();
  });
});

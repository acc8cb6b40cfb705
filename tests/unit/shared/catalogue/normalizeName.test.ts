import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../../src/shared/catalogue/normalizeName';

describe('normalizeName', () => {
  it('gives the same key when names differ only in case and spacing', () => {
    expect(normalizeName('  Pitch to  STAKEHOLDERS ')).toBe(normalizeName('pitch to stakeholders'));
    expect(normalizeName('Time line')).toBe(normalizeName('Timeline'));
  });

  it('gives the same key when names differ only in punctuation', () => {
    expect(normalizeName('Go-to-market')).toBe(normalizeName('go to market'));
    expect(normalizeName('Trade-offs!')).toBe(normalizeName('tradeoffs'));
  });

  it('ignores accents and other diacritics', () => {
    expect(normalizeName('Réunion budgétaire')).toBe(normalizeName('Reunion budgetaire'));
    expect(normalizeName('İstanbul office')).toBe(normalizeName('istanbul office'));
  });

  it('reads an ampersand as "and"', () => {
    expect(normalizeName('Marketing & sales')).toBe(normalizeName('Marketing and sales'));
  });

  it('keeps letters of every script and digits', () => {
    expect(normalizeName('Phase 2')).not.toBe(normalizeName('Phase 3'));
    expect(normalizeName('予算')).toBe('予算');
  });

  it('keeps different words apart', () => {
    expect(normalizeName('Budget')).not.toBe(normalizeName('Budgets'));
    expect(normalizeName('Product manager')).not.toBe(normalizeName('Project manager'));
  });

  it('returns an empty key when a name has no letters or digits', () => {
    expect(normalizeName(' -- ')).toBe('');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, restoreFormulaText } from '../../../../src/shared/codecs/neutralizeFormula';

describe('neutralizeFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tTab', '\rReturn', '=a\nb'])('puts an apostrophe before %j', (field) => {
    expect(neutralizeFormula(field)).toBe(`'${field}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('Budget = money')).toBe('Budget = money');
    expect(neutralizeFormula("'quoted")).toBe("'quoted");
    expect(neutralizeFormula('')).toBe('');
  });

  it('adds one more apostrophe to text that already looks guarded', () => {
    expect(neutralizeFormula("'=x")).toBe("''=x");
  });
});

describe('restoreFormulaText', () => {
  it('removes the guard apostrophe and nothing else', () => {
    expect(restoreFormulaText("'=1+1")).toBe('=1+1');
    expect(restoreFormulaText("''=x")).toBe("'=x");
    expect(restoreFormulaText("'quoted")).toBe("'quoted");
  });

  it('undoes neutralizeFormula for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreFormulaText(neutralizeFormula(text)) === text));
  });
});

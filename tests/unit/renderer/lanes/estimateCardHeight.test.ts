import { describe, expect, it } from 'vitest';
import { estimateCardHeight } from '../../../../src/renderer/src/lanes/estimateCardHeight';

const chip = (roleName: string, letters: string) => ({ roleName, letters });

// Heights measured in Chromium on cards of the bench board, in a lane at its narrowest.
describe('estimateCardHeight', () => {
  it('gives a one-line card with one row of chips its measured 67 px when the chips fit a row', () => {
    expect(estimateCardHeight('0001 Price release notes', [chip('Sales', 'C'), chip('Data analyst', 'C')], '')).toBeCloseTo(67, -0.5);
  });

  it('counts a second row of chips (90 px measured) when the third chip does not fit beside the others', () => {
    expect(estimateCardHeight('0016 Draft roadmap', [chip('QA lead', 'I'), chip('Sales', 'R'), chip('Operations', 'I')], '')).toBeCloseTo(90, -0.5);
  });

  it('wraps the title beside the owner letters and packs five chips in three rows (133 px measured)', () => {
    const chips = [chip('Engineering lead', 'I'), chip('Sales', 'R'), chip('Support', 'C'), chip('Finance', 'I'), chip('Operations', 'C')];
    expect(estimateCardHeight('0013 Announce release notes', chips, 'A')).toBeCloseTo(133, -0.5);
  });

  it('gives a card without chips only its title (63 px measured for two lines beside R/A)', () => {
    expect(estimateCardHeight('0001 Price release notes', [], '')).toBeLessThan(50);
    expect(estimateCardHeight('0043 Approve vendor review', [], 'R/A')).toBeCloseTo(63, -0.5);
  });

  it('grows with every chip that starts a new row and never falls below one line', () => {
    expect(estimateCardHeight('', [], '')).toBeGreaterThan(40);
    let previous = estimateCardHeight('Plan', [], '');
    const chips = [];
    for (let count = 1; count <= 12; count += 1) {
      chips.push(chip(`Role ${count}`, 'C'));
      const next = estimateCardHeight('Plan', chips, '');
      expect(next).toBeGreaterThanOrEqual(previous);
      previous = next;
    }
    expect(previous).toBeGreaterThan(estimateCardHeight('Plan', chips.slice(0, 3), '') + 40);
  });
});

import { describe, expect, it } from 'vitest';
import { rowSlots, rowWindow } from '../../../../src/renderer/src/matrix/rowWindow';

const BASE = { scrollTop: 0, viewportHeight: 400, headerHeight: 50, rowHeight: 40, rowCount: 1000, overscan: 5 };

describe('rowWindow', () => {
  it('draws the rows on screen plus the overscan below when at the top', () => {
    expect(rowWindow(BASE)).toEqual({ start: 0, end: 16 });
  });

  it('starts the window above the first visible row, less the overscan, when scrolled', () => {
    // 4,050 px scrolled, 50 of them header: row 100 is at the top.
    expect(rowWindow({ ...BASE, scrollTop: 4050 })).toEqual({ start: 95, end: 116 });
  });

  it('stops at the last row when scrolled to the bottom', () => {
    // Content is 50 + 1,000 x 40 px; the box shows 400 of it.
    expect(rowWindow({ ...BASE, scrollTop: 50 + 40_000 - 400 })).toEqual({ start: 985, end: 1000 });
  });

  it('draws nothing for an empty matrix', () => {
    expect(rowWindow({ ...BASE, rowCount: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('never draws more than a screen and two overscans, however long the matrix', () => {
    const { start, end } = rowWindow({ ...BASE, rowCount: 100_000, scrollTop: 1_234_567 });
    expect(end - start).toBeLessThanOrEqual(Math.ceil(400 / 40) + 1 + 2 * 5);
  });
});

describe('rowSlots', () => {
  it('puts a gap before and after the drawn rows', () => {
    expect(rowSlots({ start: 3, end: 5 }, [], 10)).toEqual([
      { kind: 'gap', start: 0, count: 3 },
      { kind: 'row', index: 3 },
      { kind: 'row', index: 4 },
      { kind: 'gap', start: 5, count: 5 },
    ]);
  });

  it('keeps a pinned row drawn in its place when it is outside the window', () => {
    expect(rowSlots({ start: 3, end: 5 }, [8], 10)).toEqual([
      { kind: 'gap', start: 0, count: 3 },
      { kind: 'row', index: 3 },
      { kind: 'row', index: 4 },
      { kind: 'gap', start: 5, count: 3 },
      { kind: 'row', index: 8 },
      { kind: 'gap', start: 9, count: 1 },
    ]);
  });

  it('ignores pinned rows that are already drawn or do not exist', () => {
    expect(rowSlots({ start: 0, end: 2 }, [1, -1, 7], 2)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
    ]);
  });

  it('covers every row exactly once, drawn or in a gap', () => {
    const slots = rowSlots({ start: 40, end: 60 }, [3, 998], 1000);
    const covered = slots.reduce((sum, slot) => sum + (slot.kind === 'row' ? 1 : slot.count), 0);
    expect(covered).toBe(1000);
    expect(slots.filter((slot) => slot.kind === 'row')).toHaveLength(22);
  });
});

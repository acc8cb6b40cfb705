import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { insertionIndex, type CardBox } from '../../../../src/renderer/src/lanes/insertionIndex';

/** Cards 60 px tall with 8 px between them, the first at 100. */
function column(ids: readonly string[], firstIndex = 0): CardBox[] {
  return ids.map((id, offset) => ({ id, index: firstIndex + offset, top: 100 + offset * 68, bottom: 160 + offset * 68 }));
}

describe('insertionIndex', () => {
  it('places the card before the first card whose middle is below it when it comes from another lane', () => {
    const boxes = column(['a', 'b', 'c']);
    expect(insertionIndex(boxes, 'z', -1, 90)).toBe(0);
    expect(insertionIndex(boxes, 'z', -1, 129)).toBe(0);
    expect(insertionIndex(boxes, 'z', -1, 131)).toBe(1);
    expect(insertionIndex(boxes, 'z', -1, 240)).toBe(2);
    expect(insertionIndex(boxes, 'z', -1, 900)).toBe(3);
  });

  it('counts without the dragged card when it sits in the lane', () => {
    // b is dragged; its own box never counts, and the cards after it count one less.
    const boxes = column(['a', 'b', 'c', 'd']);
    expect(insertionIndex(boxes, 'b', 1, 120)).toBe(0);
    expect(insertionIndex(boxes, 'b', 1, 200)).toBe(1);
    expect(insertionIndex(boxes, 'b', 1, 280)).toBe(2);
    expect(insertionIndex(boxes, 'b', 1, 900)).toBe(3);
  });

  it('takes the indexes of a long lane whose mounted cards start deep in the list', () => {
    const boxes = column(['m40', 'm41', 'm42'], 40);
    expect(insertionIndex(boxes, 'z', -1, 190)).toBe(41);
    expect(insertionIndex(boxes, 'z', 3, 190)).toBe(40);
  });

  it('gives 0 in a lane with no other card', () => {
    expect(insertionIndex([], 'z', -1, 300)).toBe(0);
    expect(insertionIndex(column(['z']), 'z', 0, 300)).toBe(0);
  });

  it('keeps the card where it is when it has not moved, whatever the cards around it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 12 }), fc.nat(), (heights, pick) => {
        const activeIndex = pick % heights.length;
        let top = 0;
        const boxes = heights.map((height, index) => {
          const box = { id: `c${index}`, index, top, bottom: top + height };
          top += height + 8;
          return box;
        });
        const active = boxes[activeIndex];
        if (active === undefined) throw new Error('no card');
        expect(insertionIndex(boxes, active.id, activeIndex, (active.top + active.bottom) / 2)).toBe(activeIndex);
      }),
    );
  });
});

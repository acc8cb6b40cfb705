import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { insertionIndex, type CardBox } from '../../../../src/renderer/src/lanes/insertionIndex';
import { steppedCentre } from '../../../../src/renderer/src/lanes/laneKeyboardCoordinates';

/** Lays cards of the given heights out top to bottom, 8 px apart. */
function layout(ids: readonly string[], heights: ReadonlyMap<string, number>): CardBox[] {
  let top = 0;
  return ids.map((id, index) => {
    const box = { id, index, top, bottom: top + (heights.get(id) ?? 60) };
    top = box.bottom + 8;
    return box;
  });
}

function centreOf(boxes: readonly CardBox[], id: string): number {
  const box = boxes.find((b) => b.id === id);
  if (!box) throw new Error(`no ${id}`);
  return (box.top + box.bottom) / 2;
}

describe('steppedCentre', () => {
  it('gives null when there is no card below or above the dragged one', () => {
    const boxes = layout(['a', 'b'], new Map());
    expect(steppedCentre(boxes, 'b', centreOf(boxes, 'b'), 60, 'down')).toBeNull();
    expect(steppedCentre(boxes, 'a', centreOf(boxes, 'a'), 60, 'up')).toBeNull();
  });

  it('lands on the place the card takes once its neighbour has moved round it when that is well past the middle', () => {
    // a (40 px) under b (120 px): once b has moved above it, a's centre is b's bottom less 20 px.
    const boxes = layout(['a', 'b', 'c'], new Map([['a', 40], ['b', 120]]));
    expect(steppedCentre(boxes, 'a', centreOf(boxes, 'a'), 40, 'down')).toBe(168 - 20);
  });

  it('goes a quarter of the neighbour past its middle when the cards are the same height', () => {
    const boxes = layout(['a', 'b', 'c'], new Map());
    expect(steppedCentre(boxes, 'a', centreOf(boxes, 'a'), 60, 'down')).toBe(centreOf(boxes, 'b') + 15);
    expect(steppedCentre(boxes, 'c', centreOf(boxes, 'c'), 60, 'up')).toBe(centreOf(boxes, 'b') - 15);
  });

  it('moves the card exactly one place per key, up or down, whatever the cards heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 24, max: 220 }), { minLength: 2, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom<'up' | 'down'>('up', 'down'),
        (sizes, pick, direction) => {
          const ids = sizes.map((_, index) => `c${index}`);
          const heights = new Map(ids.map((id, index) => [id, sizes[index] ?? 60]));
          const from = pick % ids.length;
          const active = ids[from] ?? 'c0';
          const boxes = layout(ids, heights);
          const height = heights.get(active) ?? 60;
          const y = steppedCentre(boxes, active, centreOf(boxes, active), height, direction);
          const expected = direction === 'down' ? from + 1 : from - 1;
          if (expected < 0 || expected >= ids.length) {
            expect(y).toBeNull();
            return;
          }
          if (y === null) throw new Error('expected a step');
          // The place the lanes view computes from where the card now is: one step on, even when
          // the list scrolled to whole pixels has moved the cards by up to a pixel against it.
          for (const drift of [-1, 0, 1]) expect(insertionIndex(boxes, active, from, y + drift)).toBe(expected);
          // And once the lane shows the card there, the same centre keeps it there.
          const moved = ids.filter((id) => id !== active);
          moved.splice(expected, 0, active);
          expect(insertionIndex(layout(moved, heights), active, expected, y)).toBe(expected);
        },
      ),
    );
  });
});

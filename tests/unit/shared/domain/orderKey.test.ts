import { describe, expect, it } from 'vitest';
import { fitsBetween, hasRoomBetween, insertByOrder, ORDER_STEP, orderBetween, renumber } from '../../../../src/shared/domain/orderKey';

describe('orderBetween', () => {
  it('starts at 0 when the list is empty', () => {
    expect(orderBetween(undefined, undefined)).toBe(0);
  });

  it('goes a step past the last item when appending', () => {
    expect(orderBetween(2048, undefined)).toBe(2048 + ORDER_STEP);
  });

  it('goes a step before the first item when prepending', () => {
    expect(orderBetween(undefined, 0)).toBe(-ORDER_STEP);
  });

  it('lands strictly between two neighbours', () => {
    const order = orderBetween(1, 2);
    expect(order).toBeGreaterThan(1);
    expect(order).toBeLessThan(2);
  });

  it('keeps splitting for many moves into the same gap before running out of room', () => {
    let low = 0;
    const high = 1024;
    let splits = 0;
    while (hasRoomBetween(low, high)) {
      const next = orderBetween(low, high);
      expect(next).toBeGreaterThan(low);
      expect(next).toBeLessThan(high);
      low = next;
      splits += 1;
    }
    expect(splits).toBeGreaterThan(40);
  });

  it('does not overflow when the neighbours are huge', () => {
    const order = orderBetween(Number.MAX_VALUE / 2, Number.MAX_VALUE);
    expect(Number.isFinite(order)).toBe(true);
  });
});

describe('hasRoomBetween', () => {
  it('has room at open ends', () => {
    expect(hasRoomBetween(undefined, 5)).toBe(true);
    expect(hasRoomBetween(5, undefined)).toBe(true);
  });

  it('has no room between equal or adjacent numbers', () => {
    expect(hasRoomBetween(3, 3)).toBe(false);
    expect(hasRoomBetween(1, 1 + Number.EPSILON)).toBe(false);
  });
});

describe('fitsBetween', () => {
  it('is strict at both ends', () => {
    expect(fitsBetween(5, 4, 6)).toBe(true);
    expect(fitsBetween(5, 5, 6)).toBe(false);
    expect(fitsBetween(5, 4, 5)).toBe(false);
    expect(fitsBetween(5, undefined, undefined)).toBe(true);
  });
});

describe('renumber', () => {
  it('spaces items evenly in the given sequence', () => {
    const items = renumber([{ id: 'b', order: 7 }, { id: 'a', order: 3 }, { id: 'c', order: 3 }]);
    expect(items).toEqual([
      { id: 'b', order: 0 },
      { id: 'a', order: ORDER_STEP },
      { id: 'c', order: 2 * ORDER_STEP },
    ]);
  });

  it('keeps the identity of items whose order does not change', () => {
    const first = { id: 'a', order: 0 };
    const second = { id: 'b', order: 5 };
    const [a, b] = renumber([first, second]);
    expect(a).toBe(first);
    expect(b).not.toBe(second);
  });
});

describe('insertByOrder', () => {
  it('inserts after smaller and equal orders', () => {
    const list = [{ id: 'a', order: 1 }, { id: 'b', order: 2 }, { id: 'c', order: 3 }];
    expect(insertByOrder(list, { id: 'x', order: 2 }).map((i) => i.id)).toEqual(['a', 'b', 'x', 'c']);
    expect(insertByOrder(list, { id: 'y', order: 0 }).map((i) => i.id)).toEqual(['y', 'a', 'b', 'c']);
    expect(insertByOrder(list, { id: 'z', order: 9 }).map((i) => i.id)).toEqual(['a', 'b', 'c', 'z']);
  });
});

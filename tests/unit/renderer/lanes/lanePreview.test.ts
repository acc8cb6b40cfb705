import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { POOL_KEY, containerId, dropTarget, filterItems, findLane, indexInWholeLane, laneOfContainerId, placeCard } from '../../../../src/renderer/src/lanes/lanePreview';

const items = { [POOL_KEY]: ['p1'], pm: ['a', 'b', 'c', 'd'], pj: ['x', 'y'] };

describe('placeCard', () => {
  it('moves the card into another lane at the index given', () => {
    expect(placeCard(items, 'b', 'pj', 1)).toEqual({ [POOL_KEY]: ['p1'], pm: ['a', 'c', 'd'], pj: ['x', 'b', 'y'] });
  });

  it('moves the card within its own lane, the index counted without it', () => {
    expect(placeCard(items, 'a', 'pm', 2).pm).toEqual(['b', 'c', 'a', 'd']);
    expect(placeCard(items, 'd', 'pm', 0).pm).toEqual(['d', 'a', 'b', 'c']);
  });

  it('appends when the index is past the end, and puts the card first when it is below zero', () => {
    expect(placeCard(items, 'a', POOL_KEY, 9)[POOL_KEY]).toEqual(['p1', 'a']);
    expect(placeCard(items, 'a', 'pj', -3).pj).toEqual(['a', 'x', 'y']);
  });

  it('returns the same object when the card is already at that place', () => {
    expect(placeCard(items, 'c', 'pm', 2)).toBe(items);
  });

  it('returns the same object when the card or the lane is unknown', () => {
    expect(placeCard(items, 'zz', 'pm', 0)).toBe(items);
    expect(placeCard(items, 'a', 'nowhere', 0)).toBe(items);
  });

  it('leaves the lanes it was handed as they were', () => {
    const before = structuredClone(items);
    placeCard(items, 'b', 'pj', 0);
    expect(items).toEqual(before);
  });

  it('keeps every card exactly once and puts the moved one where asked, for any move', () => {
    fc.assert(
      fc.property(fc.constantFrom('p1', 'a', 'b', 'c', 'd', 'x', 'y'), fc.constantFrom(POOL_KEY, 'pm', 'pj'), fc.integer({ min: 0, max: 6 }), (card, lane, index) => {
        const placed = placeCard(items, card, lane, index);
        expect(Object.values(placed).flat().sort()).toEqual(Object.values(items).flat().sort());
        const target = placed[lane] ?? [];
        expect(target.indexOf(card)).toBe(Math.min(index, target.length - 1));
      }),
    );
  });
});

describe('dropTarget', () => {
  it('gives the lane and index the preview shows the card at', () => {
    expect(dropTarget(placeCard(items, 'b', 'pj', 1), 'b')).toEqual({ lane: 'pj', index: 1 });
    expect(dropTarget(items, 'd')).toEqual({ lane: 'pm', index: 3 });
  });

  it('gives null when the card is in no lane', () => {
    expect(dropTarget(items, 'zz')).toBeNull();
  });
});

describe('findLane', () => {
  it('finds the lane of a card, and null for a card in no lane', () => {
    expect(findLane(items, 'x')).toBe('pj');
    expect(findLane(items, 'p1')).toBe(POOL_KEY);
    expect(findLane(items, 'nowhere')).toBeNull();
  });
});

describe('laneOfContainerId', () => {
  it('gives the lane of a lane container id, and null for a task id', () => {
    expect(laneOfContainerId(containerId('pm'))).toBe('pm');
    expect(laneOfContainerId(containerId(POOL_KEY))).toBe(POOL_KEY);
    expect(laneOfContainerId('pm')).toBeNull();
  });
});

describe('filterItems', () => {
  it('keeps in each lane only the shown cards, in their order, when a filter hides some', () => {
    const items = { [POOL_KEY]: ['t1', 't2', 't3'], 'role-a': ['t4', 't5'] };

    expect(filterItems(items, new Set(['t3', 't1', 't5']))).toEqual({ [POOL_KEY]: ['t1', 't3'], 'role-a': ['t5'] });
  });
});

describe('indexInWholeLane', () => {
  // The whole lane: a b c d e; a filter shows b and d; the card x is dragged in from elsewhere.
  const all = { 'role-a': ['a', 'b', 'c', 'd', 'e'] };

  it('lands the card just before the shown card it was dropped before, hidden cards between staying put', () => {
    const shown = { 'role-a': ['b', 'x', 'd'] };

    expect(indexInWholeLane(all, shown, 'role-a', 1, 'x')).toBe(3);
  });

  it('lands the card just after the last shown card when it was dropped at the end of the shown ones', () => {
    const shown = { 'role-a': ['b', 'd', 'x'] };

    expect(indexInWholeLane(all, shown, 'role-a', 2, 'x')).toBe(4);
  });

  it('counts without the card itself when it is moved within its own lane', () => {
    const whole = { 'role-a': ['a', 'b', 'x', 'c', 'd'] };
    const shown = { 'role-a': ['x', 'b', 'd'] };

    expect(indexInWholeLane(whole, shown, 'role-a', 0, 'x')).toBe(1);
  });

  it('puts the card at the end of the whole lane when the filter shows none of its cards', () => {
    expect(indexInWholeLane(all, { 'role-a': ['x'] }, 'role-a', 0, 'x')).toBe(5);
  });
});

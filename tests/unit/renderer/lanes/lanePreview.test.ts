import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { POOL_KEY, containerId, dropTarget, findLane, laneOfContainerId, placeCard } from '../../../../src/renderer/src/lanes/lanePreview';

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

import { describe, expect, it } from 'vitest';
import { POOL_KEY, containerId, dropTarget, findLane, previewMove } from '../../../../src/renderer/src/lanes/lanePreview';

const items = { [POOL_KEY]: ['p1'], pm: ['a', 'b', 'c', 'd'], pj: ['x', 'y'] };

describe('previewMove', () => {
  it('moves the card into the lane it is over, before the card it is over', () => {
    expect(previewMove(items, 'b', 'y', false)).toEqual({ [POOL_KEY]: ['p1'], pm: ['a', 'c', 'd'], pj: ['x', 'b', 'y'] });
  });

  it('places the card below when the pointer is past the middle of the card it is over', () => {
    expect(previewMove(items, 'b', 'y', true).pj).toEqual(['x', 'y', 'b']);
  });

  it('appends to an empty or container target', () => {
    expect(previewMove(items, 'a', containerId(POOL_KEY), false)[POOL_KEY]).toEqual(['p1', 'a']);
  });

  it('returns the same object when the card is already in that lane', () => {
    expect(previewMove(items, 'a', 'c', false)).toBe(items);
  });
});

describe('dropTarget', () => {
  it('takes the over card index within the same lane, as a sortable list does', () => {
    expect(dropTarget(items, 'a', 'c')).toEqual({ lane: 'pm', index: 2 });
    expect(dropTarget(items, 'd', 'b')).toEqual({ lane: 'pm', index: 1 });
  });

  it('keeps the previewed position after a cross-lane move', () => {
    const moved = previewMove(items, 'b', 'y', false);
    expect(dropTarget(moved, 'b', 'b')).toEqual({ lane: 'pj', index: 1 });
  });

  it('gives null when the target is unknown', () => {
    expect(dropTarget(items, 'zz', 'nowhere')).toBeNull();
    expect(findLane(items, 'nowhere')).toBeNull();
  });
});

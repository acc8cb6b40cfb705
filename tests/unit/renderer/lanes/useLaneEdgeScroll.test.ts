import { describe, expect, it } from 'vitest';
import { edgeScrollSpeed } from '../../../../src/renderer/src/lanes/useLaneEdgeScroll';

describe('edgeScrollSpeed', () => {
  it('does not scroll when the card is held in the middle of the list or far outside it', () => {
    expect(edgeScrollSpeed(300, 0, 600)).toBe(0);
    expect(edgeScrollSpeed(-200, 0, 600)).toBe(0);
    expect(edgeScrollSpeed(900, 0, 600)).toBe(0);
  });

  it('scrolls up near the top and down near the bottom, faster closer to the edge', () => {
    expect(edgeScrollSpeed(70, 0, 600)).toBeLessThan(0);
    expect(edgeScrollSpeed(530, 0, 600)).toBeGreaterThan(0);
    expect(edgeScrollSpeed(590, 0, 600)).toBeGreaterThan(edgeScrollSpeed(530, 0, 600));
    expect(edgeScrollSpeed(10, 0, 600)).toBeLessThan(edgeScrollSpeed(70, 0, 600));
  });

  it('scrolls at full speed when the card is held just past an edge, over the lane header or its add-task row', () => {
    expect(edgeScrollSpeed(630, 0, 600)).toBe(edgeScrollSpeed(600, 0, 600));
    expect(edgeScrollSpeed(-30, 0, 600)).toBe(edgeScrollSpeed(0, 0, 600));
    expect(edgeScrollSpeed(600, 0, 600)).toBeGreaterThan(0);
  });

  it('keeps the edge zones apart in a short list', () => {
    expect(edgeScrollSpeed(50, 0, 100)).toBe(0);
    expect(edgeScrollSpeed(5, 0, 100)).toBeLessThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { overlayPosition } from '../../../../src/renderer/src/matrix/overlayAnchor';

const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 200, height: 100 };

describe('overlayPosition', () => {
  it('opens below the anchor, aligned to its left edge, when there is room', () => {
    expect(overlayPosition({ top: 100, bottom: 140, left: 300, right: 420 }, SIZE, VIEWPORT)).toEqual({ position: 'fixed', top: 144, left: 300 });
  });

  it('opens above the anchor when there is no room below', () => {
    expect(overlayPosition({ top: 700, bottom: 740, left: 300, right: 420 }, SIZE, VIEWPORT)).toEqual({ position: 'fixed', top: 596, left: 300 });
  });

  it('stays inside the window near its right and top edges', () => {
    const position = overlayPosition({ top: 20, bottom: 780, left: 950, right: 990 }, SIZE, VIEWPORT);
    expect(position.left).toBe(1000 - 8 - 200);
    expect(position.top).toBeGreaterThanOrEqual(8);
    expect(position.top + SIZE.height).toBeLessThanOrEqual(800 - 8);
  });
});

import { describe, expect, it } from 'vitest';
import { frameStats, IDLE_LABEL } from '../../../bench/frameStats';

describe('frameStats', () => {
  const rest: [number, number][] = [
    [1, 0],
    [1.2, 0],
    [1.1, 0],
  ];

  it('counts frames with activity or longer than twice the idle frame when a gesture has idle frames between', () => {
    const stats = frameStats(
      {
        [IDLE_LABEL]: rest,
        drag: [
          [1.1, 0],
          [4, 1],
          [1.0, 1],
          [30, 0],
          [1.2, 0],
          [2.5, 0],
        ],
      },
      'drag',
    );
    // Counted: 4 (active), 1.0 (active), 30 (long), 2.5 (over 2 x 1.1); not the idle 1.1 and 1.2.
    expect(stats.frames).toBe(4);
    expect(stats.allFrames).toBe(6);
    expect(stats.max).toBe(30);
    expect(stats.p95).toBe(30);
    expect(stats.idle).toBeCloseTo(1.1);
  });

  it('throws when the page did nothing during the gesture', () => {
    expect(() => frameStats({ [IDLE_LABEL]: rest, drag: [[1, 0]] }, 'drag')).toThrow(/did not reach the page/);
  });

  it('throws when no frame was recorded at rest', () => {
    expect(() => frameStats({ drag: [[5, 1]] }, 'drag')).toThrow(/at rest/);
  });
});

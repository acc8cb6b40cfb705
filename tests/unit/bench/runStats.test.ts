import { describe, expect, it } from 'vitest';
import { hasSettled, median, percentile, repeatUntilSettled, spreadOf, type RunPlan } from '../../../bench/runStats';

describe('percentile', () => {
  it('takes the nearest rank when the list is unsorted', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 10)).toBe(1);
  });

  it('returns the only value when there is one', () => {
    expect(percentile([3.5], 95)).toBe(3.5);
  });

  it('throws when there are no values', () => {
    expect(() => percentile([], 95)).toThrow();
  });
});

describe('median', () => {
  it('takes the middle value when the count is odd', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('averages the two middle values when the count is even', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('hasSettled', () => {
  const plan: RunPlan = { warmup: 0, min: 3, max: 5, settled: 0.1 };

  it('waits for the minimum number of runs when the ratios agree', () => {
    expect(hasSettled([1, 1], plan)).toBe(false);
    expect(hasSettled([1, 1, 1], plan)).toBe(true);
  });

  it('asks for more runs when the ratios spread', () => {
    expect(hasSettled([1, 2, 3], plan)).toBe(false);
  });

  it('stops at the maximum when the ratios never agree', () => {
    expect(hasSettled([1, 2, 3, 4, 5], plan)).toBe(true);
  });
});

describe('repeatUntilSettled', () => {
  it('drops the warm-up runs and stops once every ratio series settles', async () => {
    const calls: number[] = [];
    const ratios = [9, 1, 1, 1, 1];
    const results = await repeatUntilSettled(
      { warmup: 1, min: 3, max: 9, settled: 0.1 },
      async (run) => {
        calls.push(run);
        return { ratio: ratios[calls.length - 1] ?? 1 };
      },
      (result) => [result.ratio],
    );
    expect(calls).toEqual([-1, 0, 1, 2]);
    expect(results.map((r) => r.ratio)).toEqual([1, 1, 1]);
  });

  it('keeps going while one of two series still spreads', async () => {
    let run = 0;
    const results = await repeatUntilSettled(
      { warmup: 0, min: 2, max: 4, settled: 0.1 },
      async () => ({ steady: 1, noisy: (run += 1) }),
      (result) => [result.steady, result.noisy],
    );
    expect(results).toHaveLength(4);
  });
});

describe('spreadOf', () => {
  it('formats the smallest and largest value when given several', () => {
    expect(spreadOf([1.5, 0.5, 1], (v) => v.toFixed(1))).toBe('0.5–1.5');
  });
});

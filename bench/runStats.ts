/**
 * The arithmetic of the bench: medians, percentiles and how many runs a figure needs. Every figure
 * is a ratio against a baseline measured in the same run, and the table shows the median over runs,
 * so a slow moment of the machine moves both sides of a ratio, not the result.
 */

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No values to take a percentile of.');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** The median (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('No values to take a median of.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface RunPlan {
  /** Unmeasured runs first, so caches and the JIT are warm for both sides. */
  readonly warmup: number;
  readonly min: number;
  readonly max: number;
  /** Stop after `min` runs once the interquartile range of the ratios is within this share of their median. */
  readonly settled: number;
}

/**
 * Full runs: at least 5, at most 7 (which keeps the whole bench under about 10 minutes on two
 * cores), stopping early once the middle half of the ratios lies within 15% of their median.
 */
export const FULL_PLAN: RunPlan = { warmup: 1, min: 5, max: 7, settled: 0.15 };
/** Short runs (CI): one run each, only to prove every scenario still runs. */
export const SHORT_PLAN: RunPlan = { warmup: 0, min: 1, max: 1, settled: Infinity };

/** True when `ratios` (one per measured run) are enough under `plan`. */
export function hasSettled(ratios: readonly number[], plan: RunPlan): boolean {
  if (ratios.length >= plan.max) return true;
  if (ratios.length < plan.min) return false;
  const middle = median(ratios);
  if (middle === 0) return true;
  return (percentile(ratios, 75) - percentile(ratios, 25)) / Math.abs(middle) <= plan.settled;
}

/**
 * Runs `measure` (warm-up runs first, their results dropped) until every ratio series that
 * `ratiosOf` picks from the results has settled, or `plan.max` runs were made.
 */
export async function repeatUntilSettled<T>(plan: RunPlan, measure: (run: number) => Promise<T>, ratiosOf: (result: T) => readonly number[]): Promise<T[]> {
  for (let run = 0; run < plan.warmup; run += 1) await measure(-1 - run);
  const results: T[] = [];
  const settled = () => {
    if (results.length === 0) return false;
    const series = ratiosOf(results[0] as T).map((_, index) => results.map((result) => ratiosOf(result)[index] ?? 0));
    return series.every((ratios) => hasSettled(ratios, plan));
  };
  while (!settled()) results.push(await measure(results.length));
  return results;
}

/** "min–max" of the values, formatted. */
export function spreadOf(values: readonly number[], format: (value: number) => string): string {
  if (values.length === 0) return '–';
  return `${format(Math.min(...values))}–${format(Math.max(...values))}`;
}

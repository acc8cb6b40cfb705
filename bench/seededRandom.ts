/**
 * A small seeded pseudo-random generator (mulberry32), so every bench run works on the same board
 * and the same CSV: figures from two runs, or two machines, compare like with like.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [0, max). */
  readonly int: (max: number) => number;
  /** One element of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** `count` distinct elements of `items`, in random order. */
  readonly sample: <T>(items: readonly T[], count: number) => T[];
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list.');
    return items[int(items.length)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < count && pool.length > 0) taken.push(pool.splice(int(pool.length), 1)[0] as T);
    return taken;
  };
  return { next, int, pick, sample };
}

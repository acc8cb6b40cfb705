import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seededRandom';

describe('seededRandom', () => {
  it('repeats the same sequence when given the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives a different sequence when the seed differs', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('keeps floats in [0, 1) and integers in [0, max) when drawing many', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2_000; i += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const integer = random.int(12);
      expect(Number.isInteger(integer) && integer >= 0 && integer < 12).toBe(true);
    }
  });

  it('samples distinct items when asked for fewer than the list holds', () => {
    const random = seededRandom(3);
    const items = ['a', 'b', 'c', 'd', 'e', 'f'];
    const taken = random.sample(items, 4);
    expect(new Set(taken).size).toBe(4);
    expect(taken.every((item) => items.includes(item))).toBe(true);
  });

  it('throws when picking from an empty list', () => {
    expect(() => seededRandom(1).pick([])).toThrow();
  });
});

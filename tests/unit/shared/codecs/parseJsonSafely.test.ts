import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '../../../../src/shared/codecs/parseJsonSafely';

describe('parseJsonSafely', () => {
  it('parses JSON', () => {
    expect(parseJsonSafely('{"a":[1,"b",null]}')).toEqual({ ok: true, value: { a: [1, 'b', null] } });
  });

  it('drops __proto__, constructor and prototype keys at every depth', () => {
    const result = parseJsonSafely('{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"polluted":2}},"prototype":3,"b":[{"__proto__":4,"c":5}]}}');
    expect(result).toEqual({ ok: true, value: { a: { b: [{ c: 5 }] } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('returns a readable error for text that is not JSON', () => {
    expect(parseJsonSafely('{oops')).toMatchObject({ ok: false, error: expect.stringMatching(/^This file is not valid JSON/) });
  });

  it('returns an error rather than throwing for nesting too deep to read', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(parseJsonSafely(deep)).toEqual({ ok: false, error: 'This file nests lists or objects far too deeply to be a board file.' });
  });
});

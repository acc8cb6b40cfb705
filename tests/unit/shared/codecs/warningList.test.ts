import { describe, expect, it } from 'vitest';
import { createWarningList, ordinal, quoted } from '../../../../src/shared/codecs/warningList';

describe('createWarningList', () => {
  it('lists warnings up to the limit and counts the rest in one line', () => {
    const list = createWarningList(2);
    expect(list.toArray()).toEqual([]);
    ['a', 'b', 'c'].forEach((w) => list.add(w));
    expect(list.toArray()).toEqual(['a', 'b', '1 more repair was made that is not listed here.']);
    list.add('d');
    expect(list.toArray()[2]).toBe('2 more repairs were made that are not listed here.');
  });
});

describe('quoted', () => {
  it('quotes a name and cuts a long one short', () => {
    expect(quoted('PM')).toBe('"PM"');
    expect(quoted('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
    expect(quoted('🚀'.repeat(61))).toBe(`"${'🚀'.repeat(60)}…"`);
  });
});

describe('ordinal', () => {
  it('counts as a person does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
  });
});

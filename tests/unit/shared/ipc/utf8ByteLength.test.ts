import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../../../src/shared/ipc/utf8ByteLength';

const encodedLength = (text: string) => new TextEncoder().encode(text).byteLength;

describe('utf8ByteLength', () => {
  it.each([
    ['empty text', ''],
    ['ASCII', 'Task,Owner\r\n'],
    ['a byte-order mark', '\uFEFF'],
    ['two-byte letters', 'Résumé'],
    ['three-byte characters', '責任者'],
    ['an emoji (a surrogate pair)', 'Launch 🚀'],
    ['a lone high surrogate at the end', 'a\uD83D'],
    ['a lone low surrogate', '\uDE80b'],
    ['a high surrogate before an ordinary letter', '\uD83Dx'],
  ])('matches what TextEncoder writes when the text is %s', (_kind, text) => {
    expect(utf8ByteLength(text)).toBe(encodedLength(text));
  });

  it('matches TextEncoder for any string when checked against random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8ByteLength(text) === encodedLength(text)));
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }), (text) => utf8ByteLength(text) === encodedLength(text)));
  });
});

import { describe, expect, it } from 'vitest';
import { checkTextSize, formatSize, utf8ByteLength } from '../../../../src/shared/codecs/checkTextSize';

describe('utf8ByteLength', () => {
  it('counts one to four bytes per character as UTF-8 does', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('日本')).toBe(6);
    expect(utf8ByteLength('🚀')).toBe(4);
    expect(utf8ByteLength('\uD800x')).toBe(4);
    for (const text of ['Café 🚀 日本 مدير', 'plain']) expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('formatSize', () => {
  it('writes sizes in bytes, KB and MB', () => {
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatSize(5 * 1024 * 1024 + 1, Math.ceil)).toBe('5.1 MB');
  });
});

describe('checkTextSize', () => {
  it('accepts text within the limit and refuses text over it, naming both sizes', () => {
    expect(checkTextSize('abcd', 4)).toEqual({ ok: true, value: undefined });
    expect(checkTextSize('ééé', 5)).toEqual({ ok: false, error: 'This file is too large to import (6 bytes). The limit is 5 bytes.' });
  });
});

import { describe, expect, it } from 'vitest';
import { fileErrorMessage } from '../../../src/main/fileErrorMessage';

const withCode = (code: string) => Object.assign(new Error(`${code}: something, open '/x'`), { code });

describe('fileErrorMessage', () => {
  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /permission/],
    ['EROFS', /read-only/],
    ['ENOENT', /does not exist/],
    ['EISDIR', /folder/],
    ['EBUSY', /in use/],
  ])('says what went wrong in words when the code is %s', (code, words) => {
    const message = fileErrorMessage(withCode(code));
    expect(message).toMatch(words);
    expect(message).not.toContain(code);
  });

  it("falls back to the error's own message when the code is unknown", () => {
    expect(fileErrorMessage(Object.assign(new Error('ESOMETHING: odd'), { code: 'ESOMETHING' }))).toBe('ESOMETHING: odd');
    expect(fileErrorMessage(new Error('plain failure'))).toBe('plain failure');
    expect(fileErrorMessage('a string')).toBe('a string');
  });
});

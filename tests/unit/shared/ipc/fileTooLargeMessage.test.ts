import { describe, expect, it } from 'vitest';
import { fileTooLargeMessage, formatFileSize } from '../../../../src/shared/ipc/fileTooLargeMessage';

const MB = 1024 * 1024;

describe('formatFileSize', () => {
  it.each([
    [0, '0 bytes'],
    [900, '900 bytes'],
    [1024, '1 KB'],
    [300 * 1024, '300 KB'],
    [20 * MB, '20 MB'],
    [20 * MB + 400 * 1024, '20.4 MB'],
    [2.5 * 1024 * MB, '2560 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe('fileTooLargeMessage', () => {
  it('names the file, its size and the limit when a file is over the limit', () => {
    expect(fileTooLargeMessage('plan.json', 25 * MB, 20 * MB)).toBe('“plan.json” is 25 MB; files larger than 20 MB cannot be opened.');
  });

  it('shows a difference when the file is only just over the limit', () => {
    const message = fileTooLargeMessage('plan.csv', 20 * MB + 200 * 1024, 20 * MB);
    expect(message).toContain('20.2 MB');
    expect(message).toContain('larger than 20 MB');
  });
});

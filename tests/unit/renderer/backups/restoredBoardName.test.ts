import { describe, expect, it } from 'vitest';
import { backupTimeLabel, restoredBoardName } from '../../../../src/renderer/src/backups/restoredBoardName';
import { codePointLength, NAME_LIMITS, validateName } from '../../../../src/shared/domain/validateName';

// Built from local parts, so the expectations hold in any time zone.
const SAVED = new Date(2026, 0, 5, 9, 7, 30).getTime();

describe('backupTimeLabel', () => {
  it('writes the local date and time to the minute, with leading zeros', () => {
    expect(backupTimeLabel(SAVED)).toBe('2026-01-05 09:07');
  });

  it('adds the seconds when asked to', () => {
    expect(backupTimeLabel(SAVED, { seconds: true })).toBe('2026-01-05 09:07:30');
  });
});

describe('restoredBoardName', () => {
  it('adds the date of the backup to the name', () => {
    expect(restoredBoardName('Launch plan', SAVED)).toBe('Launch plan (restored 2026-01-05 09:07)');
  });

  it('shortens a long name so the whole stays a valid board name', () => {
    const name = restoredBoardName('名'.repeat(NAME_LIMITS.board), SAVED);
    expect(codePointLength(name)).toBe(NAME_LIMITS.board);
    expect(name).toMatch(/^名+… \(restored 2026-01-05 09:07\)$/);
    expect(validateName(name, 'board').ok).toBe(true);
  });

  it('keeps a name that just fits whole', () => {
    const room = NAME_LIMITS.board - codePointLength(' (restored 2026-01-05 09:07)');
    expect(restoredBoardName('x'.repeat(room), SAVED)).toBe(`${'x'.repeat(room)} (restored 2026-01-05 09:07)`);
  });
});

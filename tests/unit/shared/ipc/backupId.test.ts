import { describe, expect, it } from 'vitest';
import { backupId, backupSavedAt } from '../../../../src/shared/ipc/backupId';
import { BACKUP_ID_PATTERN } from '../../../../src/shared/ipc/contract';

const SAVED = Date.UTC(2026, 0, 5, 10, 30, 0, 123);

describe('backupId', () => {
  it('reads as the board name, a hash of the board id and the time when the name is plain', () => {
    expect(backupId('b1', 'Launch plan', SAVED)).toMatch(/^Launch-plan_[0-9a-f]{8}_2026-01-05T10-30-00-123Z$/);
  });

  it('keeps only letters, digits and dashes of the name when it has other characters', () => {
    expect(backupId('b1', '../../etc/passwd', SAVED)).toMatch(/^etc-passwd_/);
    expect(backupId('b1', 'C:\\Users\\me', SAVED)).toMatch(/^C-Users-me_/);
    expect(backupId('b1', 'Café · Q3/Q4 ✓', SAVED)).toMatch(/^Cafe-Q3-Q4_/);
    expect(backupId('b1', '计划', SAVED)).toMatch(/^board_/);
    expect(backupId('b1', '.', SAVED)).toMatch(/^board_/);
  });

  it('cuts a long name to 40 characters without a dangling dash', () => {
    const id = backupId('b1', `${'a'.repeat(39)} b`, SAVED);
    expect(id.split('_')[0]).toBe('a'.repeat(39));
  });

  it('always matches the pattern the bridge accepts, whatever the name and id', () => {
    for (const [boardId, name] of [
      ['b1', 'Launch plan'],
      ['../x', '\u0000\u202e'],
      ['x'.repeat(200), 'n'.repeat(500)],
      ['id with spaces', '   '],
    ]) {
      expect(backupId(boardId ?? '', name ?? '', SAVED)).toMatch(BACKUP_ID_PATTERN);
    }
  });

  it('tells two boards of the same name apart by their ids', () => {
    expect(backupId('board-1', 'Plan', SAVED)).not.toBe(backupId('board-2', 'Plan', SAVED));
    expect(backupId('board-1', 'Plan', SAVED)).toBe(backupId('board-1', 'Plan', SAVED));
  });

  it('throws when the time cannot be written as a date, which is a bug in the caller', () => {
    expect(() => backupId('b1', 'Plan', Number.NaN)).toThrow(RangeError);
    expect(() => backupId('b1', 'Plan', -1)).toThrow(RangeError);
    expect(() => backupId('b1', 'Plan', Date.UTC(10000, 0, 1))).toThrow(RangeError);
  });
});

describe('backupSavedAt', () => {
  it('reads the time back from an id', () => {
    expect(backupSavedAt(backupId('b1', 'Plan', SAVED))).toBe(SAVED);
  });

  it('returns null when the text is not a backup id', () => {
    for (const text of ['', 'index', 'Plan_1a2b3c4d_2026-01-05T10-30-00-123Z.raci.json', '../Plan_1a2b3c4d_2026-01-05T10-30-00-123Z', 'Plan_1a2b3c4d_2026-13-45T99-99-99-999Z']) {
      expect(backupSavedAt(text)).toBeNull();
    }
  });
});

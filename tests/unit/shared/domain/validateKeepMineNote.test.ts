import { describe, expect, it } from 'vitest';
import { KEEP_MINE_NOTE_LIMIT, validateKeepMineNote } from '../../../../src/shared/domain/validateKeepMineNote';

describe('validateKeepMineNote', () => {
  it('trims and normalises the note', () => {
    expect(validateKeepMineNote('  Cafe\u0301 owns it ')).toEqual({ ok: true, value: 'Caf\u00e9 owns it' });
  });

  it('accepts an empty note as the empty string', () => {
    expect(validateKeepMineNote('   ')).toEqual({ ok: true, value: '' });
  });

  it('counts characters as a person does, accepting the limit and refusing one more', () => {
    expect(KEEP_MINE_NOTE_LIMIT).toBe(500);
    expect(validateKeepMineNote('🙂'.repeat(500)).ok).toBe(true);
    const refused = validateKeepMineNote('a'.repeat(501));
    expect(refused).toEqual({ ok: false, error: { code: 'too-long', message: 'A "Keep mine" note can be at most 500 characters.' } });
  });
});

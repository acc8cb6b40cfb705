import { describe, expect, it } from 'vitest';
import { NOTES_LIMIT, validateNotes } from '../../../../src/shared/domain/validateNotes';

describe('validateNotes', () => {
  it('trims and keeps notes when they have text', () => {
    expect(validateNotes('  Ask finance first.\n')).toEqual({ ok: true, value: 'Ask finance first.' });
  });

  it('means "no notes" when the text is blank', () => {
    expect(validateNotes(' \n ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses notes longer than the limit', () => {
    expect(validateNotes('n'.repeat(NOTES_LIMIT)).ok).toBe(true);
    const result = validateNotes('n'.repeat(NOTES_LIMIT + 1));
    expect(result.ok ? 'accepted' : result.error.code).toBe('too-long');
  });
});

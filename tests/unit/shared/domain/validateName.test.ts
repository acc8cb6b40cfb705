import { describe, expect, it } from 'vitest';
import { codePointLength, validateName } from '../../../../src/shared/domain/validateName';

describe('validateName', () => {
  it('trims surrounding whitespace when the name is padded', () => {
    expect(validateName('  Budget \n', 'task')).toEqual({ ok: true, value: 'Budget' });
  });

  it('refuses with a task-specific message when a title is empty', () => {
    const result = validateName('', 'task');
    expect(result).toEqual({ ok: false, error: { code: 'empty-name', message: 'A task needs a title.' } });
  });

  it.each(['   ', '\t\n', '\u00a0\u3000', '\u200b\u200d', '\ufeff'])('refuses when the name is only whitespace or invisible (%j)', (raw) => {
    const result = validateName(raw, 'role');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('empty-name');
  });

  it('names the kind of thing in the message when a name is empty', () => {
    const messages = (['task', 'role', 'board', 'group'] as const).map((what) => {
      const result = validateName(' ', what);
      return result.ok ? '' : result.error.message;
    });
    expect(messages).toEqual(['A task needs a title.', 'A lane needs a name.', 'A board needs a name.', 'A group needs a name.']);
  });

  it('accepts a 500-character task title when it is exactly at the limit', () => {
    const title = 'x'.repeat(500);
    expect(validateName(title, 'task')).toEqual({ ok: true, value: title });
  });

  it('refuses a 501-character task title as too long', () => {
    const result = validateName('x'.repeat(501), 'task');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('too-long');
  });

  it('limits role, board and group names to 120 characters', () => {
    for (const what of ['role', 'board', 'group'] as const) {
      expect(validateName('y'.repeat(120), what).ok).toBe(true);
      const result = validateName('y'.repeat(121), what);
      expect(result.ok ? 'accepted' : result.error.code).toBe('too-long');
    }
  });

  it('counts code points, not UTF-16 units, when the name holds astral characters', () => {
    // Each emoji is two UTF-16 units: 500 of them are 1,000 units but 500 characters.
    const emoji = '😀'.repeat(500);
    expect(validateName(emoji, 'task').ok).toBe(true);
    expect(validateName(emoji + '😀', 'task').ok).toBe(false);
  });

  it.each([
    ['Chinese', '预算'],
    ['Japanese', 'マーケティング戦略'],
    ['Arabic', 'مدير المنتج'],
    ['Hebrew', 'מנהל פרויקט'],
    ['Devanagari', 'बजट योजना'],
    ['emoji with joiners', '👩‍💻 Dev lead'],
    ['combining marks', 'Cafe\u0301 plan'],
  ])('accepts names in any script when written in %s', (_script, name) => {
    const result = validateName(name, 'role');
    expect(result).toEqual({ ok: true, value: name.normalize('NFC') });
  });

  it('normalises to NFC when the name uses combining marks', () => {
    const result = validateName('Cafe\u0301', 'board');
    expect(result).toEqual({ ok: true, value: 'Caf\u00e9' });
  });
});

describe('codePointLength', () => {
  it('counts an astral character once', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect('a😀b'.length).toBe(4);
  });
});

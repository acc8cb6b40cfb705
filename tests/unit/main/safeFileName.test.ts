import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/main/safeFileName';

describe('safeFileName', () => {
  it('keeps an ordinary name and does not add the extension twice', () => {
    expect(safeFileName('Launch plan 2026-11-25.pdf', '.pdf')).toBe('Launch plan 2026-11-25.pdf');
    expect(safeFileName('Launch plan.PDF', '.pdf')).toBe('Launch plan.pdf');
  });

  it('adds the extension when the name has none or another one', () => {
    expect(safeFileName('Launch plan', '.csv')).toBe('Launch plan.csv');
    expect(safeFileName('Launch plan.json', '.csv')).toBe('Launch plan.json.csv');
  });

  it('never lets the name become a path when it holds separators or parent folders', () => {
    for (const name of ['../../etc/passwd', '..\\..\\Windows\\evil', '/absolute/path', 'C:\\Users\\x', 'a/b\\c']) {
      const safe = safeFileName(name, '.pdf');
      expect(safe).not.toMatch(/[\\/:]/);
      expect(safe.startsWith('.')).toBe(false);
    }
  });

  it('replaces characters Windows refuses and control characters', () => {
    expect(safeFileName('Q3/Q4 plan: "draft" <v2>?*|', '.pdf')).toBe('Q3 Q4 plan draft v2.pdf');
    expect(safeFileName('tab\there\u0000nul\u007f', '.csv')).toBe('tab here nul.csv');
  });

  it('gives a default name when nothing usable is left', () => {
    expect(safeFileName('   ', '.pdf')).toBe('Board.pdf');
    expect(safeFileName('...', '.json')).toBe('Board.json');
    expect(safeFileName('.pdf', '.pdf')).toBe('Board.pdf');
  });

  it('avoids names Windows reserves for devices', () => {
    expect(safeFileName('CON', '.pdf')).toBe('Board CON.pdf');
    expect(safeFileName('nul.tar', '.csv')).toBe('Board nul.tar.csv');
    expect(safeFileName('Console', '.pdf')).toBe('Console.pdf');
  });

  it('shortens a very long name without splitting a character', () => {
    const safe = safeFileName('🚀'.repeat(300), '.pdf');
    expect(Array.from(safe.slice(0, -4))).toHaveLength(120);
    expect(safe.endsWith('🚀.pdf')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINT_OPTIONS, exportFileName, parsePrintOptions, printQuery } from '../../../../src/renderer/src/print/printOptions';

describe('parsePrintOptions', () => {
  it('gives the defaults when the query is empty', () => {
    expect(parsePrintOptions('')).toEqual(DEFAULT_PRINT_OPTIONS);
  });

  it('reads back what printQuery wrote', () => {
    const options = { paper: 'Letter', orientation: 'portrait', parts: ['matrix', 'legend'], autoprint: true } as const;
    expect(parsePrintOptions(printQuery(options))).toEqual(options);
  });

  it('ignores unknown values and parts when the query is tampered with', () => {
    expect(parsePrintOptions('paper=A3&orientation=sideways&parts=matrix,__proto__,lanes')).toEqual({
      ...DEFAULT_PRINT_OPTIONS,
      parts: ['lanes', 'matrix'],
    });
  });
});

describe('exportFileName', () => {
  it('makes a file name from the board name and the date when the name has odd characters', () => {
    const date = new Date('2026-11-25T10:00:00Z');
    expect(exportFileName('Launch: plan / v2?', date, '.pdf')).toBe('Launch plan v2 2026-11-25.pdf');
    expect(exportFileName('計画 — été', date, '.csv')).toBe('計画 — été 2026-11-25.csv');
    expect(exportFileName('  ', date, '.raci.json')).toBe('Board 2026-11-25.raci.json');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PRINT_OPTIONS, exportFileName, parsePrintOptions, printQuery } from '../../../../src/renderer/src/print/printOptions';

describe('parsePrintOptions', () => {
  it('gives the defaults when the query is empty', () => {
    expect(parsePrintOptions('')).toEqual(DEFAULT_PRINT_OPTIONS);
  });

  it.each([
    { autoprint: true, unattended: false },
    { autoprint: false, unattended: true },
  ])('reads back what printQuery wrote when autoprint is $autoprint and unattended $unattended', (flags) => {
    const options = { paper: 'Letter', orientation: 'portrait', parts: ['matrix', 'legend'], ...flags } as const;
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
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('makes a file name from the board name and the date when the name has odd characters', () => {
    const date = new Date(2026, 10, 25, 12, 0); // local noon: the 25th in every time zone
    expect(exportFileName('Launch: plan / v2?', date, '.pdf')).toBe('Launch plan v2 2026-11-25.pdf');
    expect(exportFileName('計画 — été', date, '.csv')).toBe('計画 — été 2026-11-25.csv');
    expect(exportFileName('  ', date, '.raci.json')).toBe('Board 2026-11-25.raci.json');
  });

  it('uses the local calendar day when UTC is already on the next day', () => {
    // Node reads TZ afresh whenever it is assigned, so local-time methods follow the stub.
    vi.stubEnv('TZ', 'America/Los_Angeles');
    // 23:30 on 25 November in Los Angeles is 07:30 on the 26th in UTC.
    const evening = new Date('2026-11-26T07:30:00Z');
    expect(evening.getDate()).toBe(25);
    expect(exportFileName('Plan', evening, '.pdf')).toBe('Plan 2026-11-25.pdf');
  });

  it('uses the local calendar day when UTC is still on the previous day', () => {
    vi.stubEnv('TZ', 'Pacific/Auckland');
    // 09:00 on 1 January 2027 in Auckland (UTC+13 in summer) is 20:00 on 31 December in UTC.
    const morning = new Date('2026-12-31T20:00:00Z');
    expect(morning.getDate()).toBe(1);
    expect(exportFileName('Plan', morning, '.csv')).toBe('Plan 2027-01-01.csv');
  });
});

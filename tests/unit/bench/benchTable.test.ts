import { describe, expect, it } from 'vitest';
import type { BenchFigure } from '../../../bench/benchFigure';
import { benchTable } from '../../../bench/benchTable';

const context = { date: '2025-11-25T09:00:00.000Z', machine: '2 cores, Test CPU', browser: 'Chromium 1', mode: 'full' };
const figure: BenchFigure = {
  metric: 'Open a board',
  unit: 'ms',
  app: 870.04,
  baseline: 246.5,
  ratio: 3.529,
  target: '≤ 1.5x',
  pass: false,
  runs: 9,
  spread: '2.20x–3.95x',
  note: 'from navigation start',
};

describe('benchTable', () => {
  it('writes one row per figure with values, ratio, result, runs and spread', () => {
    const table = benchTable([figure], [], context);
    expect(table).toContain('| Open a board | 870.0 ms | 246.5 ms | 3.53x | ≤ 1.5x | **FAIL** | 9 | 2.20x–3.95x |');
  });

  it('heads the table with the date, machine, browser and mode', () => {
    const table = benchTable([figure], [], context);
    expect(table.split('\n').slice(0, 4)).toEqual(['Date: 2025-11-25T09:00:00.000Z', 'Machine: 2 cores, Test CPU', 'Browser: Chromium 1', 'Mode: full']);
  });

  it('shows small times with two decimals and sizes in KB when the unit asks', () => {
    const table = benchTable([{ ...figure, unit: 'KB', app: 1420.4, baseline: 1675, pass: true }, { ...figure, app: 1.234, baseline: 1.1, pass: null }], [], context);
    expect(table).toContain('| 1,420 KB | 1,675 KB |');
    expect(table).toContain('| pass |');
    expect(table).toContain('| 1.23 ms | 1.10 ms |');
    expect(table).toContain('| not judged |');
  });

  it('lists a scenario that failed before measuring, with its error, when there is one', () => {
    const table = benchTable([], [{ title: 'import a CSV', error: 'Timeout' }], context);
    expect(table).toContain('| import a CSV | error | | | | **ERROR** | | |');
    expect(table).toContain('- import a CSV: Timeout');
  });

  it('lists each figure’s note under the table when it has one', () => {
    expect(benchTable([figure], [], context)).toContain('- Open a board: from navigation start');
  });
});

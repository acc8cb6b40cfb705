import { describe, expect, it } from 'vitest';
import { benchFigure } from '../../../bench/benchFigure';

const samples = [
  { app: 12, baseline: 10, ratio: 1.2 },
  { app: 30, baseline: 10, ratio: 3 },
  { app: 14, baseline: 10, ratio: 1.4 },
];

describe('benchFigure', () => {
  it('takes medians over the runs and the spread of the ratios', () => {
    const figure = benchFigure({ metric: 'Open', unit: 'ms', samples, targets: { maxRatio: 1.5 }, judged: true });
    expect(figure.app).toBe(14);
    expect(figure.baseline).toBe(10);
    expect(figure.ratio).toBe(1.4);
    expect(figure.runs).toBe(3);
    expect(figure.spread).toBe('1.20x–3.00x');
  });

  it('passes when the median ratio is within the target', () => {
    expect(benchFigure({ metric: 'Open', unit: 'ms', samples, targets: { maxRatio: 1.5 }, judged: true }).pass).toBe(true);
  });

  it('fails when either the ratio or the absolute value is over its target', () => {
    expect(benchFigure({ metric: 'Drag', unit: 'ms', samples, targets: { maxRatio: 1.5, maxApp: 8.3 }, judged: true }).pass).toBe(false);
    expect(benchFigure({ metric: 'Drag', unit: 'ms', samples, targets: { maxRatio: 1.2 }, judged: true }).pass).toBe(false);
  });

  it('leaves the result open when the run is not judged', () => {
    expect(benchFigure({ metric: 'Open', unit: 'ms', samples, targets: { maxRatio: 1.5 }, judged: false }).pass).toBeNull();
  });

  it('says so when a figure has no target', () => {
    const figure = benchFigure({ metric: 'Info', unit: 'ms', samples, targets: {}, judged: true });
    expect(figure.target).toBe('(for information)');
    expect(figure.pass).toBeNull();
  });

  it('words the target with its unit when there is an absolute limit', () => {
    expect(benchFigure({ metric: 'Drag', unit: 'ms', samples, targets: { maxApp: 8.3, maxRatio: 1.2 }, judged: true }).target).toBe('≤ 8.3 ms and ≤ 1.2x');
  });
});

/** One line of the bench's table: a metric's median over the runs, its ratio to the baseline and its target. */
import { median, spreadOf } from './runStats';

export type FigureUnit = 'ms' | 'KB';

export interface BenchFigure {
  readonly metric: string;
  readonly unit: FigureUnit;
  /** Median of the app's value over the runs. */
  readonly app: number;
  /** Median of the baseline's value over the runs. */
  readonly baseline: number;
  /** Median of the per-run ratios app / baseline. */
  readonly ratio: number;
  /** What the budget asks, in words ("≤ 1.5x", "≤ 8.3 ms and ≤ 1.2x"). */
  readonly target: string;
  /** null when not judged (short mode). */
  readonly pass: boolean | null;
  readonly runs: number;
  /** Smallest and largest per-run ratio. */
  readonly spread: string;
  readonly note?: string;
}

export interface FigureTargets {
  /** Largest acceptable median ratio. */
  readonly maxRatio?: number;
  /** Largest acceptable median app value, in the figure's unit. */
  readonly maxApp?: number;
}

export interface RunSample {
  readonly app: number;
  readonly baseline: number;
  readonly ratio: number;
}

export const FIGURES_ATTACHMENT = 'bench-figures';
export const ENVIRONMENT_ATTACHMENT = 'bench-environment';

export interface BenchEnvironment {
  readonly browser: string;
  readonly short: boolean;
  readonly seed: number;
}

/** Summarises the runs of one metric into a table line; `judged` false leaves pass/fail open (short mode). */
export function benchFigure(args: {
  readonly metric: string;
  readonly unit: FigureUnit;
  readonly samples: readonly RunSample[];
  readonly targets: FigureTargets;
  readonly judged: boolean;
  readonly note?: string;
}): BenchFigure {
  const { samples, targets, unit } = args;
  const app = median(samples.map((s) => s.app));
  const baseline = median(samples.map((s) => s.baseline));
  const ratios = samples.map((s) => s.ratio);
  const ratio = median(ratios);
  const parts: string[] = [];
  if (targets.maxApp !== undefined) parts.push(`≤ ${targets.maxApp} ${unit}`);
  if (targets.maxRatio !== undefined) parts.push(`≤ ${targets.maxRatio}x`);
  const meets = (targets.maxApp === undefined || app <= targets.maxApp) && (targets.maxRatio === undefined || ratio <= targets.maxRatio);
  return {
    metric: args.metric,
    unit,
    app,
    baseline,
    ratio,
    target: parts.length > 0 ? parts.join(' and ') : '(for information)',
    pass: args.judged && parts.length > 0 ? meets : null,
    runs: samples.length,
    spread: spreadOf(ratios, (value) => `${value.toFixed(2)}x`),
    ...(args.note !== undefined && { note: args.note }),
  };
}

/** The bench's table as Markdown: readable in a terminal, and pasted as is into docs/performance.md. */
import type { BenchFigure } from './benchFigure';

export interface TableContext {
  readonly date: string;
  readonly machine: string;
  readonly browser: string;
  readonly mode: string;
}

export interface FailedScenario {
  readonly title: string;
  readonly error: string;
}

export function benchTable(figures: readonly BenchFigure[], failed: readonly FailedScenario[], context: TableContext): string {
  const lines = [
    `Date: ${context.date}`,
    `Machine: ${context.machine}`,
    `Browser: ${context.browser}`,
    `Mode: ${context.mode}`,
    '',
    '| Metric | App | Baseline | Ratio | Target | Result | Runs | Spread (ratio) |',
    '| --- | ---: | ---: | ---: | --- | --- | ---: | --- |',
  ];
  for (const figure of figures) {
    const result = figure.pass === null ? 'not judged' : figure.pass ? 'pass' : '**FAIL**';
    lines.push(
      `| ${figure.metric} | ${formatValue(figure.app, figure.unit)} | ${formatValue(figure.baseline, figure.unit)} | ${figure.ratio.toFixed(2)}x | ${figure.target} | ${result} | ${figure.runs} | ${figure.spread} |`,
    );
  }
  for (const scenario of failed) lines.push(`| ${scenario.title} | error | | | | **ERROR** | | |`);
  const notes = figures.filter((figure) => figure.note !== undefined);
  if (notes.length > 0 || failed.length > 0) {
    lines.push('', 'Notes:');
    for (const figure of notes) lines.push(`- ${figure.metric}: ${figure.note ?? ''}`);
    for (const scenario of failed) lines.push(`- ${scenario.title}: ${scenario.error}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatValue(value: number, unit: BenchFigure['unit']): string {
  if (unit === 'KB') return `${Math.round(value).toLocaleString('en-US')} KB`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

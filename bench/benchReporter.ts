/**
 * Collects the figures every scenario attached, prints the table when the run ends and writes it to
 * bench/results/latest.md (with the raw figures in latest.json). A scenario that failed before it
 * measured anything gets an error line, so a broken scenario is never silently missing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { ENVIRONMENT_ATTACHMENT, FIGURES_ATTACHMENT, type BenchEnvironment, type BenchFigure } from './benchFigure';
import { benchTable, type FailedScenario } from './benchTable';

/** The table's order: the budget's order in DESIGN.md and the issue, not the files' alphabetical one. */
const SCENARIO_ORDER = ['openBoard', 'dragAcrossLanes', 'matrixScrollAndEdit', 'importCsv', 'exportPdf', 'firstPaintScript'];

export default class BenchReporter implements Reporter {
  private readonly figures: { readonly rank: number; readonly figure: BenchFigure }[] = [];
  private readonly failed: FailedScenario[] = [];
  private environment: BenchEnvironment | null = null;

  onTestEnd(test: TestCase, result: TestResult): void {
    let measured = false;
    for (const attachment of result.attachments) {
      if (attachment.body === undefined) continue;
      if (attachment.name === FIGURES_ATTACHMENT) {
        const rank = SCENARIO_ORDER.findIndex((name) => basename(test.location.file).startsWith(`${name}.`));
        for (const figure of JSON.parse(attachment.body.toString('utf8')) as BenchFigure[]) this.figures.push({ rank: rank < 0 ? SCENARIO_ORDER.length : rank, figure });
        measured = true;
      } else if (attachment.name === ENVIRONMENT_ATTACHMENT) {
        this.environment = JSON.parse(attachment.body.toString('utf8')) as BenchEnvironment;
      }
    }
    if (!measured && result.status !== 'passed' && result.status !== 'skipped') {
      const message = result.errors[0]?.message ?? result.status;
      this.failed.push({ title: test.title, error: firstLine(message) });
    }
  }

  onEnd(result: FullResult): void {
    const cores = cpus();
    const figures = [...this.figures].sort((a, b) => a.rank - b.rank).map((entry) => entry.figure);
    const table = benchTable(figures, this.failed, {
      date: new Date().toISOString(),
      machine: `${cores.length} cores, ${cores[0]?.model.trim() ?? 'unknown CPU'}`,
      browser: this.environment?.browser ?? 'unknown',
      mode: this.environment?.short ? 'short (BENCH_SHORT=1: one run, small inputs, timing not judged)' : `full (seed ${this.environment?.seed ?? '?'})`,
    });
    const folder = join(__dirname, 'results');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'latest.md'), table);
    writeFileSync(join(folder, 'latest.json'), `${JSON.stringify({ status: result.status, environment: this.environment, figures, failed: this.failed }, null, 2)}\n`);
    process.stdout.write(`\n${table}\nWritten to bench/results/latest.md\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

function firstLine(text: string): string {
  // Error messages carry ANSI colours; the table wants plain text.
  // eslint-disable-next-line no-control-regex
  return (text.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0] ?? '').slice(0, 300);
}

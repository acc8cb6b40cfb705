/**
 * How a scenario hands its figures to the reporter: as test attachments (they survive the worker
 * process), with the browser and mode they were measured in.
 */
import { expect, type Browser, type TestInfo } from '@playwright/test';
import { ENVIRONMENT_ATTACHMENT, FIGURES_ATTACHMENT, type BenchEnvironment, type BenchFigure } from './benchFigure';
import { SEED, SHORT } from './benchSession';

/**
 * Attaches the figures, then fails the scenario (softly, after attaching, so the table still shows
 * every figure) for each judged figure that misses its target. Short runs judge nothing.
 */
export async function reportFigures(testInfo: TestInfo, browser: Browser, figures: readonly BenchFigure[]): Promise<void> {
  const environment: BenchEnvironment = { browser: `Chromium ${browser.version()}`, short: SHORT, seed: SEED };
  await testInfo.attach(ENVIRONMENT_ATTACHMENT, { body: JSON.stringify(environment), contentType: 'application/json' });
  await testInfo.attach(FIGURES_ATTACHMENT, { body: JSON.stringify(figures), contentType: 'application/json' });
  const missed = figures
    .filter((figure) => figure.pass === false)
    .map((figure) => `${figure.metric}: app ${figure.app.toFixed(1)} ${figure.unit}, ratio ${figure.ratio.toFixed(2)}x, target ${figure.target}`);
  expect.soft(missed, 'figures that miss their target').toEqual([]);
}

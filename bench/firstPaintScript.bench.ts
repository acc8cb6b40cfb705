/**
 * How much of the app's JavaScript loads before the first paint: the script files whose response
 * ended before first-contentful-paint when the app starts (home screen, new browser context, so
 * nothing is cached), against every .js file of the build. Sizes are the files' sizes on disk, so
 * compression on the wire does not count. Code for PDF, import and compare should load when used.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { benchFigure, type RunSample } from './benchFigure';
import { reportFigures } from './reportFigures';
import { benchPaths } from './benchPaths';
import { PLAN, SHORT } from './benchSession';
import { repeatUntilSettled } from './runStats';

interface LoadedScript {
  readonly path: string;
  readonly responseEnd: number;
}

test('JavaScript loaded before the first paint', async ({ browser }, testInfo) => {
  const { baseURL, viewport } = testInfo.project.use;
  const files = scriptFiles(benchPaths.site);
  const total = [...files.values()].reduce((sum, size) => sum + size, 0);
  if (total === 0) throw new Error('The served build has no JavaScript.');
  let early: string[] = [];

  const samples = await repeatUntilSettled(
    PLAN,
    async (): Promise<RunSample> => {
      const context = await browser.newContext({ baseURL, viewport });
      try {
        const page = await context.newPage();
        await page.goto('/');
        await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
        const { paint, scripts } = await page.evaluate(async () => {
          const fcp = await new Promise<number>((resolve) => {
            const seen = performance.getEntriesByName('first-contentful-paint')[0];
            if (seen) return resolve(seen.startTime);
            new PerformanceObserver((list, observer) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (!entry) return;
              observer.disconnect();
              resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          });
          const loaded = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .map((entry) => ({ path: new URL(entry.name).pathname, responseEnd: entry.responseEnd }))
            .filter((entry) => entry.path.endsWith('.js'));
          return { paint: fcp, scripts: loaded };
        });
        const before = (scripts as LoadedScript[]).filter((script) => script.responseEnd <= paint);
        early = before.map((script) => script.path);
        const bytes = before.reduce((sum, script) => sum + (files.get(script.path.replace(/^\//, '')) ?? 0), 0);
        return { app: bytes / 1024, baseline: total / 1024, ratio: bytes / total };
      } finally {
        await context.close();
      }
    },
    (sample) => [sample.ratio],
  );

  await reportFigures(testInfo, browser, [
    benchFigure({
      metric: 'JavaScript loaded before the first paint (share of all the app’s JavaScript)',
      unit: 'KB',
      samples,
      targets: { maxRatio: 0.5 },
      judged: !SHORT,
      note: `before the first paint: ${early.join(', ') || 'none'}; all: ${[...files.keys()].join(', ')}.`,
    }),
  ]);
});

/** Every .js file of the app's build as served (the bench's own __bench folder left out), by URL path, with its size in bytes. */
function scriptFiles(root: string): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== '__bench') walk(path);
      }
      else if (name.endsWith('.js')) found.set(relative(root, path).split('\\').join('/'), statSync(path).size);
    }
  };
  walk(root);
  return found;
}

/**
 * `npm run bench`: the performance budget of DESIGN.md measured in Chromium against the web edition.
 * One worker, so scenarios never compete for the machine's cores; every figure is a ratio against
 * a raw baseline measured in the same run. BENCH_SHORT=1 runs each scenario once on smaller inputs
 * and never fails on timing (CI uses it to prove the bench still runs).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/e2e/support/chromiumExecutable';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const baseURL = `http://127.0.0.1:${PORT}`;
const SHORT = process.env.BENCH_SHORT === '1';

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // A full scenario repeats until its ratios settle (at most 9 runs plus a warm-up).
  timeout: SHORT ? 180_000 : 600_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['./benchReporter.ts']],
  outputDir: '../test-results/bench',
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    screenshot: 'off',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Without a frame-rate limit a frame lasts as long as the page needs, not a fixed 16.7 ms,
      // which is what makes frame times measurable (see pageProbes.ts, startFrameRecorder).
      args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit'],
    },
  },
  webServer: {
    // Builds the bare React baseline, copies the app's build beside it and serves both (benchSite.config.mts).
    command: `npx vite build --config bench/benchSite.config.mts && npx vite preview --config bench/benchSite.config.mts --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: baseURL,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});

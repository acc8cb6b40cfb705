import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/support/chromiumExecutable';
import { webServerCommand } from './tests/e2e/support/webServerCommand';

const PORT = Number(process.env.E2E_PORT ?? 4179);
const baseURL = `http://127.0.0.1:${PORT}`;
const browser = {
  baseURL,
  viewport: { width: 1440, height: 900 },
  launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
};
const TIMING = /@timing/;

export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', grepInvert: TIMING, use: browser },
    // Tests that judge time (tagged @timing) run after the others, one at a time, so that a heavy
    // test in the other worker never makes the machine look slow to them.
    { name: 'chromium-timing', testDir: 'tests/e2e', grep: TIMING, dependencies: ['chromium'], workers: 1, use: browser },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  // The web edition exactly as `npm run web` serves it (the same serve:web script, on this run's
  // port): the renderer built by electron-vite, served over HTTP (modules do not load from
  // file:// in a browser). `npm run test:e2e` builds it first.
  webServer: {
    command: webServerCommand(PORT),
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

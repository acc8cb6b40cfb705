/**
 * Captures the README's screenshots from the web edition: `npm run screenshots` (builds first).
 * Serves out/renderer with vite preview, drives Chromium, writes docs/screenshots/*.png.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const PORT = 4199;
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/screenshots';

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start on ${BASE}.`);
}

async function createArticleBoard(page, name) {
  await page.goto(BASE);
  await page.getByRole('button', { name: 'New board' }).click();
  await page.getByLabel('Board name').fill(name);
  await page.getByRole('radio', { name: 'Product vs project manager (article defaults)' }).check();
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('region', { name: 'Unassigned', exact: true }).waitFor();
}

const server = spawn('npx', ['vite', 'preview', '--outDir', 'out/renderer', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
});
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await createArticleBoard(page, 'Mobile app launch');
    await page.screenshot({ path: `${OUT}/lanes-${scheme}.png` });
    const extra = process.env.SCREENSHOT_VIEWS?.split(',').filter(Boolean) ?? [];
    for (const view of extra) {
      await page.getByRole('tab', { name: view }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/${view.toLowerCase()}-${scheme}.png` });
    }
    await createArticleBoard(page, 'Platform team');
    await page.goto(BASE);
    await page.getByRole('link', { name: 'Mobile app launch' }).waitFor();
    await page.screenshot({ path: `${OUT}/home-${scheme}.png` });
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}

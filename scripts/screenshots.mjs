/**
 * Captures the pictures in docs/screenshots from the web edition: `npm run screenshots` (builds
 * first). Serves out/renderer with vite preview, drives Chromium, and writes, for a board made from
 * the article template with Budget moved to the product manager: home and lanes in light and dark,
 * and the matrix, health panel, workload chart and compare view in light; then page 1 of the board's
 * PDF as a PNG when pdftoppm (poppler-utils) is installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

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

/** Drags a card onto a lane the way a person does: press, move in steps, release. */
async function dragCard(page, title, laneName) {
  const from = await page.getByRole('button', { name: new RegExp(`^${title}(\\.|$)`) }).boundingBox();
  const to = await page.getByRole('region', { name: laneName, exact: true }).boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
  // Off the cards, so no card shows its hover tools in the picture.
  await page.mouse.move(1400, 880);
}

async function shoot(page, name) {
  // Let transitions and the live queries settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

/** Page 1 of the board's PDF (A4 landscape, every part) as a PNG, when pdftoppm is installed. */
async function pdfFirstPage(page) {
  const pdftoppm = spawnSync('pdftoppm', ['-v']);
  if (pdftoppm.error) {
    console.warn('pdftoppm is not installed (apt-get install poppler-utils): no picture of the PDF.');
    return;
  }
  const boardId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/board\//, ''));
  await page.goto(`${BASE}/#/print/${encodeURIComponent(boardId)}`);
  await page.locator('.print-doc').waitFor();
  await page.emulateMedia({ media: 'print' });
  const folder = mkdtempSync(join(tmpdir(), 'raci-pdf-'));
  try {
    const pdf = join(folder, 'board.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, `${OUT}/pdf-page1`]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Its own process group, so stopping it stops vite too, not only npx.
const server = spawn('npx', ['vite', 'preview', '--outDir', 'out/renderer', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await createArticleBoard(page, 'Mobile app launch');
    await dragCard(page, 'Budget', 'Product manager');
    await shoot(page, `lanes-${scheme}`);
    if (scheme === 'light') {
      await page.getByRole('tab', { name: 'Matrix' }).click();
      await shoot(page, 'matrix-light');
      await page.getByRole('button', { name: /^Health/ }).click();
      await shoot(page, 'health-light');
      await page.getByRole('button', { name: 'Workload' }).click();
      await shoot(page, 'workload-light');
      await page.getByRole('tab', { name: 'Compare' }).click();
      await shoot(page, 'compare-light');
      await pdfFirstPage(page);
    }
    await createArticleBoard(page, 'Platform team');
    await page.goto(BASE);
    await page.getByRole('link', { name: 'Mobile app launch' }).waitFor();
    await shoot(page, `home-${scheme}`);
    await context.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid, 'SIGTERM');
}

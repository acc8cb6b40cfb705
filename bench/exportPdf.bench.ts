/**
 * The PDF of a 1,000-row matrix: the app's print view (matrix part only, A4 landscape, printed
 * unseen) opened in a new page and printed with page.pdf() once it says it is ready, as the desktop
 * app's hidden print window does; against opening a static HTML table of the same rows and columns
 * and page.pdf() of it. Both are timed in the bench from the navigation to the PDF's bytes, with the
 * same options.
 */
import { test, type BrowserContext, type Page } from '@playwright/test';
import { printRoute } from '../src/shared/ipc/printRoute';
import { benchFigure, type RunSample } from './benchFigure';
import { reportFigures } from './reportFigures';
import { BOARD_ID, PLAN, SHORT, SIZES, mainBoard, seedBoard, writePage } from './benchSession';
import { repeatUntilSettled } from './runStats';
import { staticMatrixHtml } from './staticMatrixHtml';

/** The options the desktop app passes to printToPDF (src/main/exportPdf.ts). */
const PDF_OPTIONS = { printBackground: true, preferCSSPageSize: true } as const;

test(`export the PDF of a ${SIZES.tasks}-row matrix`, async ({ page, context, browser }, testInfo) => {
  const board = mainBoard();
  await seedBoard(page, board);
  // The route the desktop app's export loads (src/main/exportPdf.ts).
  const appUrl = `/#${printRoute(BOARD_ID, { paper: 'A4', orientation: 'landscape', parts: ['matrix'], unattended: true })}`;
  const staticUrl = writePage('static-table.html', staticMatrixHtml(board, { print: { size: 'A4 landscape', margin: '12mm' } }));
  let pages = { app: 0, baseline: 0 };

  const samples = await repeatUntilSettled(
    PLAN,
    async (run): Promise<RunSample> => {
      const order = run % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      const times = { app: 0, baseline: 0 };
      for (const side of order) {
        const made = await timePdf(context, side === 'app' ? appUrl : staticUrl, side === 'app' ? waitForPrintReady : async () => {});
        times[side] = made.ms;
        pages = { ...pages, [side]: made.pages };
      }
      return { app: times.app, baseline: times.baseline, ratio: times.app / times.baseline };
    },
    (sample) => [sample.ratio],
  );

  await reportFigures(testInfo, browser, [
    benchFigure({
      metric: `PDF of a ${SIZES.tasks.toLocaleString('en-US')}-row matrix`,
      unit: 'ms',
      samples,
      targets: { maxRatio: 1.2 },
      judged: !SHORT,
      note: `from navigation to the PDF's bytes; ${pages.app} pages from the app's print view, ${pages.baseline} from the static table (A4 landscape, 12 mm margins).`,
    }),
  ]);
});

async function timePdf(context: BrowserContext, url: string, ready: (page: Page) => Promise<void>): Promise<{ ms: number; pages: number }> {
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(url);
    await ready(page);
    const pdf = await page.pdf(PDF_OPTIONS);
    const ms = performance.now() - start;
    return { ms, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length };
  } finally {
    await page.close();
  }
}

async function waitForPrintReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.printReady === 'true' || document.body.dataset.printError !== undefined, undefined, { polling: 'raf', timeout: 60_000 });
  const error = await page.evaluate(() => document.body.dataset.printError);
  if (error !== undefined) throw new Error(`The print view failed: ${error}`);
}

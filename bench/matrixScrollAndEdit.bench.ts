/**
 * The matrix of the 1,000-task board: scrolling it with the mouse wheel, then editing cells from
 * the keyboard (toggle C, move down, again and again), against the same wheel and keys on a static
 * table of the same rows and columns whose key handler writes the letter straight into the cell.
 */
import { expect, test, type Page } from '@playwright/test';
import { benchFigure, type RunSample } from './benchFigure';
import { reportFigures } from './reportFigures';
import { AT_REST, BOARD_ID, PLAN, SHORT, SIZES, boardRoute, mainBoard, openAndWaitForCards, seedBoard, writePage } from './benchSession';
import type { FrameStats } from './frameStats';
import { installStaticCellEdit, waitForIdle } from './pageProbes';
import { recordFrames } from './recordFrames';
import { repeatUntilSettled } from './runStats';
import { staticMatrixHtml } from './staticMatrixHtml';

const WHEEL_NOTCHES = 40;
const WHEEL_DELTA = 100;
const EDITS = 16;

interface MatrixRun {
  readonly scroll: { readonly app: FrameStats; readonly staticTable: FrameStats };
  readonly edit: { readonly app: FrameStats; readonly staticTable: FrameStats };
}

test(`scroll the matrix and edit its cells (${SIZES.tasks} rows)`, async ({ page, context, browser }, testInfo) => {
  const board = mainBoard();
  await seedBoard(page, board);
  const staticUrl = writePage('static-matrix.html', staticMatrixHtml(board, { scroller: true }));

  const runs = await repeatUntilSettled(
    PLAN,
    async (): Promise<MatrixRun> => {
      const opened = await openAndWaitForCards(context, boardRoute(BOARD_ID), '[data-task-id]', board.tasks.length);
      const app = opened.page;
      await app.getByRole('tab', { name: 'Matrix' }).click();
      await expect(app.getByRole('grid', { name: 'RACI matrix' })).toBeVisible();
      await app.evaluate(waitForIdle, AT_REST);
      const appFrames = await recordFrames(app, {
        scroll: () => wheel(app, '.matrix-scroller'),
        edit: () => editCells(app, 'tr[data-key] td[data-col="2"]'),
      });
      await app.close();

      const copy = await context.newPage();
      await copy.goto(staticUrl);
      await copy.evaluate(installStaticCellEdit);
      await copy.evaluate(waitForIdle, AT_REST);
      const staticFrames = await recordFrames(copy, {
        scroll: () => wheel(copy, '.scroller'),
        edit: () => editCells(copy, 'tbody tr td:nth-of-type(2)'),
      });
      await copy.close();
      return { scroll: { app: appFrames.scroll, staticTable: staticFrames.scroll }, edit: { app: appFrames.edit, staticTable: staticFrames.edit } };
    },
    (run) => [run.scroll.app.p95 / run.scroll.staticTable.p95, run.edit.app.p95 / run.edit.staticTable.p95],
  );

  const p95 = (pick: (run: MatrixRun) => MatrixRun['scroll']): RunSample[] =>
    runs.map((run) => ({ app: pick(run).app.p95, baseline: pick(run).staticTable.p95, ratio: pick(run).app.p95 / pick(run).staticTable.p95 }));
  const longest = (pick: (run: MatrixRun) => MatrixRun['scroll']): RunSample[] =>
    runs.map((run) => ({ app: pick(run).app.max, baseline: pick(run).staticTable.max, ratio: pick(run).app.max / pick(run).staticTable.max }));
  const last = runs[runs.length - 1] as MatrixRun;
  await reportFigures(testInfo, browser, [
    benchFigure({
      metric: 'Matrix scroll: 95th-percentile frame',
      unit: 'ms',
      samples: p95((run) => run.scroll),
      targets: { maxApp: 8.3, maxRatio: 1.2 },
      judged: !SHORT,
      note: `${WHEEL_NOTCHES} wheel notches of ${WHEEL_DELTA} px; baseline: a static table of the same ${board.tasks.length} rows in a scrolling box; frames that did work: ${last.scroll.app.frames} in the app, ${last.scroll.staticTable.frames} in the baseline (last run).`,
    }),
    benchFigure({ metric: 'Matrix scroll: longest frame', unit: 'ms', samples: longest((run) => run.scroll), targets: { maxApp: 16.7 }, judged: !SHORT }),
    benchFigure({
      metric: 'Matrix cell edit: 95th-percentile frame',
      unit: 'ms',
      samples: p95((run) => run.edit),
      targets: { maxApp: 8.3, maxRatio: 1.2 },
      judged: !SHORT,
      note: `${EDITS} edits from the keyboard (C toggles the letter, then ArrowDown); baseline: the same keys on the static table, written straight into the cell.`,
    }),
    benchFigure({ metric: 'Matrix cell edit: longest frame', unit: 'ms', samples: longest((run) => run.edit), targets: { maxApp: 16.7 }, judged: !SHORT }),
  ]);
});

async function wheel(page: Page, scroller: string): Promise<void> {
  const box = await page.locator(scroller).boundingBox();
  if (!box) throw new Error(`${scroller} is not on screen.`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let notch = 0; notch < WHEEL_NOTCHES; notch += 1) await page.mouse.wheel(0, WHEEL_DELTA);
}

/** Focuses the first cell of the second column that is on screen, then toggles C and moves down, EDITS times. */
async function editCells(page: Page, cells: string): Promise<void> {
  const onScreen = await page.locator(cells).evaluateAll((elements) => {
    const index = elements.findIndex((element) => {
      const box = element.getBoundingClientRect();
      return box.top > 80 && box.bottom < window.innerHeight - 80;
    });
    return index;
  });
  if (onScreen < 0) throw new Error('No matrix cell is on screen to edit.');
  await page.locator(cells).nth(onScreen).focus();
  for (let edit = 0; edit < EDITS; edit += 1) {
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowDown');
  }
}

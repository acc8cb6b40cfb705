/**
 * Importing a CSV of 10,000 assignments (one row per assignment): the file is dragged over the
 * window for a moment, as any file dropped from the desktop is, and dropped. Timed from the drop
 * until the preview can be confirmed, plus from the click on "Import board" until the new board's
 * rows are written; the time the bench takes to click in between is left out. Baseline: the
 * same rows (board, roles, tasks, cells), written as a new board in one raw IndexedDB transaction.
 * Every run starts in a new browser context, so each import meets an empty database.
 */
import { expect, test } from '@playwright/test';
import { assignmentsCsv } from './benchBoard';
import { benchFigure, type RunSample } from './benchFigure';
import { reportFigures } from './reportFigures';
import { AT_REST, PLAN, SHORT, SIZES, importBoard } from './benchSession';
import { installIdbRecorder, markNextEvent, replayWrites, waitForIdle, watchForEnabled, type BenchWindow } from './pageProbes';
import { repeatUntilSettled } from './runStats';
import { waitForWrites } from './waitForWrites';

/**
 * How long the file is dragged over the window before it is dropped: a quick drag from a file
 * manager onto the window takes longer than this.
 */
const DRAG_OVER_MS = 300;

test(`import a CSV of ${SIZES.assignments} assignments`, async ({ browser }, testInfo) => {
  const csv = assignmentsCsv(importBoard());
  const { baseURL, viewport } = testInfo.project.use;
  let detail = { parse: 0, write: 0, beforeWrite: 0, cells: 0 };

  const samples = await repeatUntilSettled(
    PLAN,
    async (): Promise<RunSample> => {
      const context = await browser.newContext({ baseURL, viewport });
      try {
        const page = await context.newPage();
        await page.addInitScript(installIdbRecorder);
        await page.goto('/');
        await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
        await page.evaluate(watchForEnabled, { selector: 'button[type="submit"]', text: 'Import board', mark: 'preview' });
        await page.evaluate(markNextEvent, { type: 'click', mark: 'confirm' });

        // A file dropped from the desktop is dragged over the window first: the pointer enters it and
        // moves over it, then lets go. The clock starts at the drop.
        await page.evaluate((text) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], 'Bench assignments.csv', { type: 'text/csv' }));
          (window as BenchWindow & { __benchTransfer?: DataTransfer }).__benchTransfer = transfer;
          window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }, csv);
        await page.waitForTimeout(DRAG_OVER_MS);
        const droppedAt = await page.evaluate(() => {
          const transfer = (window as BenchWindow & { __benchTransfer?: DataTransfer }).__benchTransfer;
          if (transfer === undefined) throw new Error('The dragged file was lost before the drop.');
          window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          const at = performance.now();
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
          return at;
        });
        await page.waitForFunction(() => (window as BenchWindow).__benchMarks?.preview !== undefined, undefined, { polling: 50, timeout: 60_000 });
        await page.getByRole('button', { name: 'Import board' }).click();
        const marks = await page.evaluate(() => (window as BenchWindow).__benchMarks ?? {});
        const previewAt = marks.preview as number;
        const confirmAt = marks.confirm;
        if (confirmAt === undefined) throw new Error('The click on Import board never reached the page.');
        const persisted = await waitForWrites(page, confirmAt, 'cells');
        // Let the new board finish opening before the baseline uses the same database.
        // (Long lanes mount only the cards on screen: the lanes' counts say every task is there.)
        await expect
          .poll(async () => (await page.locator('.lane-count').allInnerTexts()).reduce((sum, text) => sum + Number(text), 0), { timeout: 60_000 })
          .toBe(SIZES.assignments / SIZES.assignmentsPerTask);
        await page.evaluate(waitForIdle, AT_REST);

        const written = await page.evaluate((ids) => {
          const transactions = (window as BenchWindow).__benchIdb?.transactions ?? [];
          const ops = ids.flatMap((id) => transactions[id]?.ops ?? []);
          const board = ops.find((op) => op.store === 'boards')?.value as { id?: string } | undefined;
          return { boardId: board?.id ?? null, cells: ops.filter((op) => op.store === 'cells' && op.kind !== 'delete').length };
        }, persisted.transactionIds);
        if (written.boardId === null) throw new Error('The import wrote no board row.');
        if (written.cells !== SIZES.assignments) throw new Error(`The import wrote ${written.cells} cells, not ${SIZES.assignments}.`);
        const raw = await page.evaluate(replayWrites, { transactionIds: persisted.transactionIds, renameBoard: { from: written.boardId, to: `${written.boardId}-raw` } });

        const parse = previewAt - droppedAt;
        const write = persisted.persistedAt - confirmAt;
        detail = { parse, write, beforeWrite: persisted.openedAt - confirmAt, cells: written.cells };
        return { app: parse + write, baseline: raw.ms, ratio: (parse + write) / raw.ms };
      } finally {
        await context.close();
      }
    },
    (sample) => [sample.ratio],
  );

  await reportFigures(testInfo, browser, [
    benchFigure({
      metric: `Import a CSV of ${SIZES.assignments.toLocaleString('en-US')} assignments`,
      unit: 'ms',
      samples,
      targets: { maxRatio: 1.3 },
      judged: !SHORT,
      note: `last run: ${detail.parse.toFixed(0)} ms from the drop to a preview ready to confirm, ${detail.write.toFixed(0)} ms from the confirming click to the rows written (${detail.beforeWrite.toFixed(0)} ms of it before the write transaction opened; ${detail.cells} cells); baseline: the same rows as a new board in one raw transaction.`,
    }),
  ]);
});

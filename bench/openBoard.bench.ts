/**
 * Opening a board of 1,000 tasks and 12 roles from IndexedDB until the lanes are painted, against a
 * bare React list of the same cards read with raw getAll calls. Both are timed from navigation
 * start in a new page of the same browser context (same database, same warm HTTP cache).
 */
import { test } from '@playwright/test';
import { benchFigure } from './benchFigure';
import { reportFigures } from './reportFigures';
import { BOARD_ID, PLAN, SHORT, SIZES, boardRoute, mainBoard, openAndWaitForCards, seedBoard } from './benchSession';
import { repeatUntilSettled } from './runStats';

test(`open a board of ${SIZES.tasks} tasks and ${SIZES.roles} roles`, async ({ page, context, browser }, testInfo) => {
  const board = mainBoard();
  const database = await seedBoard(page, board);
  const baselineUrl = `/__bench/baseline/index.html?db=${encodeURIComponent(database)}&board=${encodeURIComponent(BOARD_ID)}`;
  let cards = { app: 0, baseline: 0 };

  const samples = await repeatUntilSettled(PLAN, async (run) => {
    // Alternate which side goes first, so neither always gets the warmer machine.
    const order = run % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
    const times = { app: 0, baseline: 0 };
    for (const side of order) {
      const opened =
        side === 'app'
          ? await openAndWaitForCards(context, boardRoute(BOARD_ID), '[data-task-id]', board.tasks.length)
          : await openAndWaitForCards(context, baselineUrl, '[data-card-id]', board.tasks.length);
      times[side] = opened.shownAt;
      cards = { ...cards, [side]: opened.cards };
      await opened.page.close();
    }
    return { app: times.app, baseline: times.baseline, ratio: times.app / times.baseline };
  }, (sample) => [sample.ratio]);

  await reportFigures(testInfo, browser, [
    benchFigure({
      metric: `Open a board (${SIZES.tasks} tasks, ${SIZES.roles} roles) until the lanes are painted`,
      unit: 'ms',
      samples,
      targets: { maxRatio: 1.5 },
      judged: !SHORT,
      note: `from navigation start; the app painted ${cards.app} cards, the bare list ${cards.baseline}.`,
    }),
  ]);
});

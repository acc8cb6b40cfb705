/**
 * Waits until the app has persisted what it wrote after a moment (a drop, a confirmed import): every
 * read-write transaction opened since then on the database holding `mustInclude` has completed, at
 * least one of them over `mustInclude`, and nothing new was opened for a short quiet period.
 */
import type { Page } from '@playwright/test';
import type { BenchWindow } from './pageProbes';

export interface PersistedWrites {
  /** The read-write transactions opened since the moment, in order. */
  readonly transactionIds: number[];
  /** When the first of them was opened and when the last completed (ms since navigation start). */
  readonly openedAt: number;
  readonly persistedAt: number;
  /** Rows written and deleted. */
  readonly writes: number;
}

export async function waitForWrites(page: Page, since: number, mustInclude: string, quietMs = 400): Promise<PersistedWrites> {
  const read = () =>
    page.evaluate(
      ({ since, mustInclude }) => {
        const opened = ((window as BenchWindow).__benchIdb?.transactions ?? []).filter((t) => t.start >= since);
        // Only the database written to (a backup run writes to another one meanwhile).
        const target = opened.find((t) => t.stores.includes(mustInclude))?.db;
        const transactions = opened.filter((t) => target === undefined || t.db === target);
        const done = transactions.length > 0 && transactions.every((t) => t.end !== null) && transactions.some((t) => t.stores.includes(mustInclude) && !t.aborted);
        return {
          done,
          transactionIds: transactions.filter((t) => !t.aborted).map((t) => t.id),
          openedAt: Math.min(...transactions.map((t) => t.start)),
          persistedAt: Math.max(...transactions.map((t) => t.end ?? 0)),
          writes: transactions.reduce((sum, t) => sum + t.ops.length, 0),
        };
      },
      { since, mustInclude },
    );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const first = await read();
    if (first.done) {
      await page.waitForTimeout(quietMs);
      const second = await read();
      if (second.done && second.transactionIds.length === first.transactionIds.length) {
        return { transactionIds: second.transactionIds, openedAt: second.openedAt, persistedAt: second.persistedAt, writes: second.writes };
      }
    }
    if (Date.now() > deadline) throw new Error(`Nothing was written to ${mustInclude} within a minute.`);
    await page.waitForTimeout(50);
  }
}

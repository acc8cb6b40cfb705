/**
 * What every scenario shares: the run mode and sizes, seeding a board straight into the app's
 * IndexedDB, opening pages with the bench's probes, and writing static copies of pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Board } from '../src/shared/domain/board';
import { boardRows, type BoardRows } from '../src/renderer/src/storage/boardRows';
import { benchBoard } from './benchBoard';
import { benchPaths, pageUrl } from './benchPaths';
import { installIdbRecorder, installOpenProbe, type BenchWindow, type OpenProbeState } from './pageProbes';
import { FULL_PLAN, SHORT_PLAN, type RunPlan } from './runStats';

/** BENCH_SHORT=1: one run of every scenario on smaller inputs; timing is reported, not judged. */
export const SHORT = process.env.BENCH_SHORT === '1';
export const SEED = 20_251_125;
export const PLAN: RunPlan = SHORT ? SHORT_PLAN : FULL_PLAN;

export const SIZES = SHORT
  ? { tasks: 200, roles: 12, assignments: 1_000, assignmentsPerTask: 10 }
  : { tasks: 1_000, roles: 12, assignments: 10_000, assignmentsPerTask: 10 };

export const BOARD_ID = 'bench-board';

/** "The page is at rest" before a measurement: five idle periods in a row of 40 ms or more (see waitForIdle). */
export const AT_REST = { count: 5, minMs: 40, timeoutMs: 5_000 } as const;
/** Fixed, so generated data never depends on the day. */
const GENERATED_AT = Date.UTC(2025, 10, 25, 9, 0, 0);

/** The board most scenarios open: SIZES.tasks tasks and SIZES.roles roles. */
export function mainBoard(): Board {
  return benchBoard({ seed: SEED, id: BOARD_ID, name: 'Bench board', taskCount: SIZES.tasks, roleCount: SIZES.roles, now: GENERATED_AT });
}

/** The board behind the CSV import: exactly SIZES.assignments assignments. */
export function importBoard(): Board {
  return benchBoard({
    seed: SEED + 1,
    id: 'bench-import',
    name: 'Bench import',
    taskCount: SIZES.assignments / SIZES.assignmentsPerTask,
    roleCount: SIZES.roles,
    assignmentsPerTask: SIZES.assignmentsPerTask,
    now: GENERATED_AT,
  });
}

const APP_STORES = ['boards', 'roles', 'tasks', 'groups', 'cells'] as const;

/**
 * Lets the app create its database (Dexie maps its schema version n to IndexedDB version 10n, so
 * the bench never guesses it), then writes the board's rows, in the app's own row shapes
 * (storage/boardRows.ts), with raw IndexedDB. Resolves to the database's name.
 */
export async function seedBoard(page: Page, board: Board): Promise<string> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
  const rows = boardRows(board);
  return page.evaluate(
    async ({ rows, stores }: { rows: BoardRows; stores: readonly string[] }) => {
      const databases = await indexedDB.databases();
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      for (const info of databases) {
        if (!info.name) continue;
        const db = await open(info.name);
        if (!stores.every((store) => db.objectStoreNames.contains(store))) {
          db.close();
          continue;
        }
        const transaction = db.transaction([...stores], 'readwrite');
        transaction.objectStore('boards').put(rows.board);
        for (const row of rows.roles) transaction.objectStore('roles').put(row);
        for (const row of rows.tasks) transaction.objectStore('tasks').put(row);
        for (const row of rows.groups) transaction.objectStore('groups').put(row);
        for (const row of rows.cells) transaction.objectStore('cells').put(row);
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onabort = () => reject(transaction.error);
        });
        db.close();
        return info.name;
      }
      throw new Error(`No database with the stores ${stores.join(', ')}: the app's schema changed, update bench/benchSession.ts.`);
    },
    { rows, stores: APP_STORES },
  );
}

export function boardRoute(boardId: string): string {
  return `/#/board/${encodeURIComponent(boardId)}`;
}

export interface OpenResult {
  /** Milliseconds from navigation start until the last card was painted. */
  readonly shownAt: number;
  readonly cards: number;
}

/** Opens `url` in a new page of `context` and waits until `expected` cards matching `selector` are painted. */
export async function openAndWaitForCards(context: BrowserContext, url: string, selector: string, expected: number, recordIdb = false): Promise<{ page: Page } & OpenResult> {
  const page = await context.newPage();
  if (recordIdb) await page.addInitScript(installIdbRecorder);
  await page.addInitScript(installOpenProbe, { selector, expected, settleMs: 1_500 });
  await page.goto(url);
  await page.waitForFunction(() => (window as BenchWindow).__benchOpen?.done === true, undefined, { polling: 100, timeout: 60_000 });
  const probe = await page.evaluate(() => (window as BenchWindow).__benchOpen as OpenProbeState);
  if (probe.shownAt === null) throw new Error(`No card matching ${selector} was painted at ${url}.`);
  return { page, shownAt: probe.shownAt, cards: probe.shownCount };
}

/**
 * Saves what the page shows now as a static page (scripts and the content security policy left out,
 * stylesheets kept) and returns its URL: the "same thing over static elements" baselines.
 */
export async function saveStaticCopy(page: Page, fileName: string): Promise<string> {
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<meta[^>]+Content-Security-Policy[^>]*>/gi, '')
    .replace(/<link[^>]+rel="modulepreload"[^>]*>/gi, '')
    .replace(/<head>/i, '<head><base href="/">');
  return writePage(fileName, html);
}

/** Writes a page the bench's server serves, and returns its URL path. */
export function writePage(fileName: string, html: string): string {
  mkdirSync(benchPaths.pages, { recursive: true });
  writeFileSync(join(benchPaths.pages, fileName), html);
  return pageUrl(fileName);
}

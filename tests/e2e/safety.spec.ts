import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Board } from '../../src/shared/domain/board';
import { checkBoardInvariants } from '../../src/shared/domain/checkBoardInvariants';
import { laneContents } from '../../src/shared/domain/laneContents';
import { boardFromRows, type BoardRows } from '../../src/renderer/src/storage/boardRows';
import { allSaved, card, createBoard, lane } from './support/board';

const DATABASE = 'raci-board';
const NEWER_MESSAGE = 'This data was saved by a newer version of RACI Board. Update the app to open it; nothing was changed.';

/** A page of the app's origin that runs none of the app, to reach its IndexedDB before the app does. */
async function openBlankPage(page: Page): Promise<void> {
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank.html');
}

/** Opens the app's database with plain IndexedDB at `version`, as a newer app would; says whether it had to wait for other windows. */
function openDatabaseAt(page: Page, version: number): Promise<{ blocked: boolean; version: number }> {
  return page.evaluate(
    ({ name, version }) =>
      new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open(name, version);
        request.onblocked = () => {
          blocked = true;
        };
        request.onsuccess = () => {
          const opened = request.result.version;
          request.result.close();
          resolve({ blocked, version: opened });
        };
        request.onerror = () => reject(request.error);
      }),
    { name: DATABASE, version },
  );
}

/** The database's version and stores, read with plain IndexedDB without changing anything. */
function describeDatabase(page: Page): Promise<{ version: number; stores: string[] }> {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; stores: string[] }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          resolve({ version: db.version, stores: [...db.objectStoreNames].sort() });
          db.close();
        };
        request.onerror = () => reject(request.error);
      }),
    DATABASE,
  );
}

/** Every board as stored, read row by row with plain IndexedDB (not through the app's code). */
async function storedBoards(page: Page): Promise<Board[]> {
  const tables = await page.evaluate(
    (name) =>
      new Promise<Record<'boards' | 'roles' | 'tasks' | 'groups' | 'cells', { id?: string; boardId?: string }[]>>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = ['boards', 'roles', 'tasks', 'groups', 'cells'] as const;
          const transaction = db.transaction([...names], 'readonly');
          const result: Record<string, unknown[]> = {};
          for (const store of names) {
            const read = transaction.objectStore(store).getAll();
            read.onsuccess = () => {
              result[store] = read.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(result as Record<(typeof names)[number], { id?: string; boardId?: string }[]>);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    DATABASE,
  );
  return tables.boards.map((board) => {
    const ofBoard = <T extends { boardId?: string }>(rows: T[]) => rows.filter((row) => row.boardId === board.id);
    return boardFromRows({
      board: board as BoardRows['board'],
      roles: ofBoard(tables.roles) as unknown as BoardRows['roles'],
      tasks: ofBoard(tables.tasks) as unknown as BoardRows['tasks'],
      groups: ofBoard(tables.groups) as unknown as BoardRows['groups'],
      cells: ofBoard(tables.cells) as unknown as BoardRows['cells'],
    });
  });
}

/** The lane that owns each task (the role holding A), by title; tasks nobody is accountable for are 'Unassigned'. */
function laneOfEachTask(board: Board): Map<string, string> {
  const roleName = new Map(board.roles.map((role) => [role.id, role.name]));
  const lanes = new Map<string, string>();
  for (const task of board.tasks) {
    const owner = board.cells.find((cell) => cell.taskId === task.id && cell.letters.includes('A'));
    lanes.set(task.title, owner ? (roleName.get(owner.roleId) ?? '?') : 'Unassigned');
  }
  return lanes;
}

interface ShownLane {
  readonly name: string;
  readonly colour: string | null;
  /** The lane's count of cards. */
  readonly count: number;
  /** The cards in the page, each with its place in the lane (from 1): a long lane mounts only those near its view. */
  readonly cards: readonly (readonly [number, string])[];
}

/** What a page shows of the board: each lane's name, colour, count and mounted cards, top to bottom. */
function shownBoard(page: Page): Promise<ShownLane[]> {
  return page.locator('section.lane').evaluateAll((lanes) =>
    lanes.map((section) => ({
      name: section.getAttribute('aria-label') ?? '',
      colour: section.querySelector<HTMLInputElement>('input[type="color"]')?.value ?? null,
      count: Number(section.querySelector('.lane-count')?.textContent ?? 'NaN'),
      cards: [...section.querySelectorAll('li[data-task-id]')].map((item, index): [number, string] => [
        Number(item.getAttribute('aria-posinset') ?? index + 1),
        item.querySelector('.card-title')?.textContent ?? '',
      ]),
    })),
  );
}

/** Whether two pages show the same board: the same lanes, and the same card at every place both have mounted. */
function sameBoardShown(a: readonly ShownLane[], b: readonly ShownLane[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((laneA, index) => {
    const laneB = b[index];
    if (laneB === undefined || laneA.name !== laneB.name || laneA.colour !== laneB.colour || laneA.count !== laneB.count) return false;
    const atB = new Map(laneB.cards);
    return laneA.cards.every(([place, title]) => !atB.has(place) || atB.get(place) === title);
  });
}

/** A small seeded generator (mulberry32), so a failing run can be replayed exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function addTask(page: Page, laneIndex: number, title: string): Promise<void> {
  const section = page.locator('section.lane').nth(laneIndex);
  await section.getByRole('button', { name: /^Add a task to / }).click();
  const input = section.getByRole('textbox', { name: /^Add a task to / });
  await input.fill(title);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await input.press('Escape');
}

async function renameTask(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
  const input = page.getByRole('textbox', { name: `New title for ${from}`, exact: true });
  await input.fill(to);
  await input.press('Enter');
  await expect(card(page, to)).toBeVisible();
}

/** Makes every write of the page fail as on a full disk, until setDiskFull(page, false). */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const fault = window as unknown as { __diskFull: boolean };
    fault.__diskFull = true;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (fault.__diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

async function setDiskFull(page: Page, full: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __diskFull: boolean }).__diskFull = value;
  }, full);
}

async function renameLane(page: Page, laneIndex: number, name: string): Promise<void> {
  const section = page.locator('section.lane').nth(laneIndex);
  await section.getByRole('button', { name: /^Rename lane / }).click();
  const input = section.getByRole('textbox', { name: /^New name for lane / });
  await input.fill(name);
  await input.press('Enter');
  await expect(section).toHaveAttribute('aria-label', name);
}

async function recolourLane(page: Page, laneIndex: number, colour: string): Promise<void> {
  await page.locator('section.lane').nth(laneIndex).getByLabel(/^Colour of /).fill(colour);
}

test.describe('data safety', () => {
  test('refuses, with a message and without changing it, a database written by a newer version', async ({ page }) => {
    await openBlankPage(page);
    expect(await openDatabaseAt(page, 999)).toEqual({ blocked: false, version: 999 });

    await page.goto('/');

    await expect(page.getByText(NEWER_MESSAGE)).toBeVisible();
    await expect(page.getByRole('button', { name: 'New board' })).toHaveCount(0);
    expect(await describeDatabase(page)).toEqual({ version: 999, stores: [] });
  });

  test('closes its database when another window upgrades it, which goes ahead at once, and reloads', async ({ page, context }) => {
    await createBoard(page, { name: 'Open in two windows' });
    const other = await context.newPage();
    await openBlankPage(other);

    expect(await openDatabaseAt(other, 999)).toEqual({ blocked: false, version: 999 });

    await expect(page.getByText('RACI Board was updated in another window. Reloading…')).toBeVisible({ timeout: 2_000 });
    // After the reload this version finds the newer database and refuses it.
    await expect(page.getByText(NEWER_MESSAGE)).toBeVisible({ timeout: 10_000 });
    expect(await describeDatabase(other)).toEqual({ version: 999, stores: ['boards', 'cells', 'groups', 'history', 'historyCursors', 'roles', 'tasks'] });
  });

  test('asks the browser once to keep its storage', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __persistCalls: string[] }).__persistCalls = calls;
      Object.defineProperty(navigator.storage, 'persist', {
        configurable: true,
        value: () => {
          calls.push('persist');
          return Promise.resolve(false);
        },
      });
    });

    await createBoard(page);
    await page.getByRole('link', { name: 'All boards' }).click();
    await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();

    expect(await page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)).toEqual(['persist']);
  });

  test('shows a failed save within a second, keeps the work, exports it, and saves everything once writes work again', { tag: '@timing' }, async ({ page }) => {
    await createBoard(page, { name: 'Full disk' });
    await fillTheDisk(page);

    const started = Date.now();
    await renameTask(page, 'Budget', 'Budget (draft)');
    const alert = page.getByRole('alert').filter({ hasText: 'the disk is full' });
    await expect(alert).toBeVisible({ timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(card(page, 'Budget (draft)')).toBeVisible();
    await addTask(page, 1, 'Written while the disk was full');
    await expect(alert).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Written while the disk was full')).toBeVisible();

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export JSON' }).click();
    const file = await (await download).path();
    const exported = await readFile(file, 'utf8');
    expect(exported).toContain('Budget (draft)');
    expect(exported).toContain('Written while the disk was full');

    await setDiskFull(page, false);
    await addTask(page, 2, 'Written once the disk had room');
    await expect(alert).toHaveCount(0);
    await allSaved(page);

    // A second failure, this time saved by Try again once the disk has room.
    await setDiskFull(page, true);
    await renameTask(page, 'Milestones', 'Key milestones');
    await expect(alert).toBeVisible({ timeout: 1_000 });
    await setDiskFull(page, false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toHaveCount(0);
    await allSaved(page);

    await page.reload();
    await expect(card(page, 'Budget (draft)')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Written while the disk was full')).toBeVisible();
    await expect(card(lane(page, 'Project manager'), 'Written once the disk had room')).toBeVisible();
    await expect(card(page, 'Key milestones')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute('title', /Undo Renamed Milestones to Key milestones/);
  });

  test('asks before the page is left while an edit is not saved, and lets it go at once when all is saved', async ({ page }) => {
    await createBoard(page, { name: 'Leaving' });
    await fillTheDisk(page);
    await renameTask(page, 'Budget', 'Budget (draft)');
    const alert = page.getByRole('alert').filter({ hasText: 'the disk is full' });
    await expect(alert).toBeVisible();

    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(card(page, 'Budget (draft)')).toBeVisible();

    await setDiskFull(page, false);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(alert).toHaveCount(0);
    await allSaved(page);
    const dialogs: string[] = [];
    page.on('dialog', (shown) => {
      dialogs.push(shown.type());
      void shown.dismiss();
    });
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
  });

  test('keeps the database sound through twenty abrupt closes and crashes, losing at most the edit in flight', async ({ context }) => {
    test.setTimeout(180_000);
    const setup = await context.newPage();
    await createBoard(setup, { name: 'Crash test' });
    const boardUrl = setup.url();

    // The template's tasks, then every edit known to be stored.
    let known = new Set((await storedBoards(setup)).flatMap((board) => board.tasks.map((task) => task.title)));
    let lost = 0;
    await setup.close();
    for (let cycle = 1; cycle <= 20; cycle += 1) {
      const page = await context.newPage();
      await page.goto(boardUrl);
      await expect(lane(page, 'Unassigned')).toBeVisible();

      // Whatever the last crash did: the database opens, every board is sound, and only the edit in flight may be missing.
      const boards = await storedBoards(page);
      for (const board of boards) expect(checkBoardInvariants(board), board.name).toEqual([]);
      const titles = new Set(boards.find((board) => board.name === 'Crash test')!.tasks.map((task) => task.title));
      for (const title of known) expect(titles.has(title), `${title} kept after cycle ${cycle - 1}`).toBe(true);
      const inFlight = `In flight ${cycle - 1}`;
      const appeared = [...titles].filter((title) => !known.has(title));
      expect(appeared.filter((title) => title !== inFlight)).toEqual([]);
      if (cycle > 1 && !titles.has(inFlight)) lost += 1;
      known = titles;

      // One edit saved for sure, then one in flight when the window goes away.
      await addTask(page, 1 + (cycle % 2), `Saved ${cycle}`);
      await allSaved(page);
      known.add(`Saved ${cycle}`);
      await page.locator('section.lane').nth(2 - (cycle % 2)).getByRole('button', { name: /^Add a task to / }).click();
      const input = page.getByRole('textbox', { name: /^Add a task to / });
      await input.fill(`In flight ${cycle}`);
      await input.press('Enter');
      if (cycle % 2 === 0) {
        const cdp = await context.newCDPSession(page);
        const crashed = page.waitForEvent('crash');
        void cdp.send('Page.crash').catch(() => undefined);
        await crashed;
        await page.close();
      } else {
        await page.close({ runBeforeUnload: false });
      }
    }

    const last = await context.newPage();
    await last.goto(boardUrl);
    await expect(lane(last, 'Unassigned')).toBeVisible();
    const boards = await storedBoards(last);
    for (const board of boards) expect(checkBoardInvariants(board), board.name).toEqual([]);
    const titles = boards.find((board) => board.name === 'Crash test')!.tasks.map((task) => task.title);
    for (let cycle = 1; cycle <= 20; cycle += 1) expect(titles).toContain(`Saved ${cycle}`);
    test.info().annotations.push({ type: 'edits in flight lost', description: `${lost + (titles.includes('In flight 20') ? 0 : 1)} of 20` });
  });

  test('two windows editing the same board at once converge on the same board with no edit lost', { tag: '@timing' }, async ({ context }) => {
    test.setTimeout(240_000);
    const a = await context.newPage();
    await createBoard(a, { name: 'Two windows', template: 'blank' });
    await a.getByRole('button', { name: '+ Add lane' }).click();
    await a.getByRole('textbox', { name: 'New lane name' }).fill('Designer');
    await a.getByRole('textbox', { name: 'New lane name' }).press('Enter');
    await expect(lane(a, 'Designer')).toBeVisible();
    const b = await context.newPage();
    await b.goto(a.url());
    await expect(lane(b, 'Designer')).toBeVisible();
    const laneCount = await a.locator('section.lane').count();
    expect(laneCount).toBe(4);

    // The model of what must be stored at the end.
    const laneNames = new Map<number, string>();
    const laneColours = new Map<number, string>();
    /** Title now -> index of the lane it was added to (0: Unassigned). */
    const tasks = new Map<string, number>();
    const COLOURS = ['#aa3300', '#0055aa', '#228844', '#884488', '#cc9900', '#336666'];
    const EDITS_PER_WINDOW = 150;

    // Window A adds and renames its tasks and renames lanes; window B adds and renames its tasks and
    // recolours the same lanes: same rows, different fields, edited at the same time.
    async function run(page: Page, who: 'A' | 'B', seed: number): Promise<void> {
      const random = seededRandom(seed);
      const pick = (n: number) => Math.floor(random() * n);
      const mine: string[] = [];
      for (let i = 1; i <= EDITS_PER_WINDOW; i += 1) {
        const roll = random();
        if (roll < 0.55 || mine.length === 0) {
          const title = `${who}${i}`;
          const laneIndex = pick(laneCount);
          await addTask(page, laneIndex, title);
          tasks.set(title, laneIndex);
          mine.push(title);
        } else if (roll < 0.75) {
          const index = pick(mine.length);
          const from = mine[index]!;
          const to = `${from.split(' ')[0]} v${i}`;
          await renameTask(page, from, to);
          tasks.set(to, tasks.get(from)!);
          tasks.delete(from);
          mine[index] = to;
        } else {
          const laneIndex = 1 + pick(laneCount - 1);
          if (who === 'A') {
            const name = `Lane ${laneIndex} ${i}`;
            await renameLane(page, laneIndex, name);
            laneNames.set(laneIndex, name);
          } else {
            const colour = COLOURS[pick(COLOURS.length)]!;
            await recolourLane(page, laneIndex, colour);
            laneColours.set(laneIndex, colour);
          }
        }
      }
    }
    await Promise.all([run(a, 'A', 20_260_101), run(b, 'B', 20_260_202)]);

    await Promise.all([allSaved(a), allSaved(b)]);
    const settled = Date.now();
    await expect.poll(async () => sameBoardShown(await shownBoard(a), await shownBoard(b)), { timeout: 5_000, intervals: [25] }).toBe(true);
    const convergedIn = Date.now() - settled;
    test.info().annotations.push({ type: 'converged after the last save (ms)', description: String(convergedIn) });
    expect(convergedIn).toBeLessThan(500);

    const stored = (await storedBoards(a)).find((board) => board.name === 'Two windows')!;
    expect(checkBoardInvariants(stored)).toEqual([]);
    const roles = stored.roles;
    for (const [index, name] of laneNames) expect(roles[index - 1]?.name).toBe(name);
    for (const [index, colour] of laneColours) expect(roles[index - 1]?.colour).toBe(colour);
    const laneName = (index: number) => (index === 0 ? 'Unassigned' : roles[index - 1]!.name);
    expect(Object.fromEntries(laneOfEachTask(stored))).toEqual(Object.fromEntries([...tasks].map(([title, index]) => [title, laneName(index)])));

    // What the window shows is what is stored: each lane's name, colour and count, and each mounted
    // card in its place.
    const shown = await shownBoard(a);
    expect(shown.map((section) => section.name)).toEqual(['Unassigned', ...roles.map((role) => role.name)]);
    expect(shown.slice(1).map((section) => section.colour)).toEqual(roles.map((role) => role.colour));
    const contents = laneContents(stored);
    const storedLanes = [contents.unassigned, ...roles.map((role) => contents.byRole.get(role.id) ?? [])].map((laneTasks) => laneTasks.map((task) => task.title));
    expect(shown.map((section) => section.count)).toEqual(storedLanes.map((titles) => titles.length));
    for (const [index, section] of shown.entries()) {
      expect(section.cards.length).toBeGreaterThan(0);
      for (const [place, title] of section.cards) expect(title).toBe(storedLanes[index]?.[place - 1]);
    }
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { card, cardTitles, createBoard, dragTo, lane } from './support/board';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../unit/shared/codecs/fixtures', name), 'utf8');

async function pickFile(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content, 'utf8') });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test.describe('export and import', () => {
  test('exports JSON and imports it back as an identical copy', async ({ page }) => {
    await createBoard(page, { name: 'Round trip' });
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    const before = { pm: await cardTitles(page, 'Product manager'), pj: await cardTitles(page, 'Project manager') };
    const file = await download(page, 'Export JSON');
    expect(file.name).toMatch(/^Round trip \d{4}-\d{2}-\d{2}\.raci\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ kind: 'raci-board', version: 1 });

    await page.goto('/');
    await pickFile(page, file.name, file.text);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('2 roles · 25 tasks');
    await dialog.getByLabel('Name of the new board').fill('Round trip (imported)');
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(page.getByRole('heading', { name: 'Round trip (imported)' })).toBeVisible();
    expect(await cardTitles(page, 'Product manager')).toEqual(before.pm);
    expect(await cardTitles(page, 'Project manager')).toEqual(before.pj);
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem')).toHaveCount(2);
  });

  test('exports the matrix as CSV with a byte-order mark and letters as R/A', async ({ page }) => {
    await createBoard(page, { name: 'Spreadsheet' });
    const file = await download(page, 'Export CSV');
    expect(file.name).toMatch(/\.csv$/);
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Task,Group,Keep mine,Product manager,Project manager');
    expect(lines).toContain('Budget,,,,R/A');
  });

  test('imports a spreadsheet saved with semicolons and a byte-order mark, after a preview', async ({ page }) => {
    await page.goto('/');
    await pickFile(page, 'Kickoff RACI.csv', fixture('matrix-excel-semicolon.csv'));
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('Matrix: a column per role holding letters');
    await expect(dialog).toContainText('semicolon-separated');
    await expect(dialog.getByRole('table', { name: 'Tasks to import' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(page.getByRole('heading', { name: 'Kickoff RACI' })).toBeVisible();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toBeVisible();
  });

  test('lists every problem with its line, and refuses a broken file without saving anything', async ({ page }) => {
    await page.goto('/');
    await pickFile(page, 'problems.csv', fixture('problems.csv'));
    const problems = page.getByRole('dialog', { name: 'Import' }).getByRole('list', { name: 'Problems' });
    await expect(problems).toContainText(/Line \d+:/);
    await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Cancel' }).click();

    await pickFile(page, 'broken.raci.json', '{"kind":"raci-board","version":1,"board":');
    await expect(page.getByRole('dialog', { name: 'Import' }).getByRole('alert')).toContainText('Nothing was imported.');
    await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('No boards yet')).toBeVisible();
    await page.reload();
    await expect(page.getByText('No boards yet')).toBeVisible();
  });

  test('imports a file dropped onto the window', async ({ page }) => {
    await page.goto('/');
    // The drop is handled once the screen is up (the database opens first).
    await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
    await page.evaluate((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'Dropped.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, 'Task,Responsible,Accountable\nBudget,Finance,Project manager\n');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('Letter columns');
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
  });

  test('readies the reader and the preview while a file is dragged over the window, and shows the dropped file in one dialog', async ({ page }) => {
    await page.addInitScript(() => {
      const started: string[] = [];
      (window as unknown as { startedWorkers: string[] }).startedWorkers = started;
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          started.push(String(url));
        }
      };
      // Every <dialog> ever added to the page.
      const dialogs: Element[] = [];
      (window as unknown as { addedDialogs: Element[] }).addedDialogs = dialogs;
      new MutationObserver((records) => {
        for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) dialogs.push(...(node.matches('dialog') ? [node] : node.querySelectorAll('dialog')));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'New board' })).toBeVisible();
    const startedWorkers = () => page.evaluate(() => (window as unknown as { startedWorkers: string[] }).startedWorkers);

    await page.evaluate((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'Dragged.csv', { type: 'text/csv' }));
      (window as unknown as { dragged: DataTransfer }).dragged = data;
      // The pointer moves over the window for a while: many dragover events.
      for (let i = 0; i < 5; i += 1) window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    }, 'Task,Responsible,Accountable\nBudget,Finance,Project manager\n');
    // One worker, the spreadsheet reader, and the preview's code, before anything was dropped.
    await expect.poll(startedWorkers).toHaveLength(1);
    expect((await startedWorkers())[0]).toMatch(/csvImportWorker/);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /ImportDialog/.test(entry.name)))).toBe(true);
    await expect(page.getByRole('dialog', { name: 'Import' })).toHaveCount(0);

    await page.evaluate(() => {
      const data = (window as unknown as { dragged: DataTransfer }).dragged;
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('Letter columns');
    expect(await startedWorkers()).toHaveLength(1);
    // Reading and preview in the same dialog (opening another makes the whole page inert again),
    // which still proposes the file's name for the board.
    expect(await page.evaluate(() => (window as unknown as { addedDialogs: Element[] }).addedDialogs.length)).toBe(1);
    await expect(dialog.getByLabel('Name of the new board')).toHaveValue('Dragged');
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
  });

  test('accepts tab-separated files in the picker and imports them', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    const picker = await chooser;
    expect((await picker.element().getAttribute('accept'))?.split(',')).toEqual(expect.arrayContaining(['.csv', '.tsv', '.json']));
    await picker.setFiles({ name: 'Roadmap.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(fixture('matrix-blank-corner.tsv'), 'utf8') });
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('tab-separated');
    await expect(dialog).toContainText('2 tasks · 2 roles');
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(card(lane(page, 'Project manager'), 'Schedule')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Vision')).toBeVisible();
  });

  for (const screen of ['print view', 'backups screen'] as const) {
    test(`keeps the ${screen} when a file is dropped on it`, async ({ page }) => {
      await createBoard(page, { name: 'Drop target' });
      const boardId = decodeURIComponent(page.url().split('/board/')[1] ?? '');
      const url = screen === 'print view' ? `/#/print/${encodeURIComponent(boardId)}` : '/#/backups';
      await page.goto(url);
      await expect(page.getByRole(screen === 'print view' ? 'article' : 'heading').first()).toBeVisible();
      const before = page.url();
      // A drop the page does not cancel is opened by the browser in place of the app.
      const cancelled = await page.evaluate((csv) => {
        const data = new DataTransfer();
        data.items.add(new File([csv], 'Dropped.csv', { type: 'text/csv' }));
        const target = document.querySelector('main, article, #root') ?? document.body;
        const over = target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true, bubbles: true }));
        const drop = target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true, bubbles: true }));
        return { over: !over, drop: !drop };
      }, 'Task,Responsible,Accountable\nBudget,Finance,Project manager\n');
      expect(cancelled).toEqual({ over: true, drop: true });
      expect(page.url()).toBe(before);
      const dialog = page.getByRole('dialog', { name: 'Import' });
      if (screen === 'print view') {
        // Importing would leave the print view; the drop is simply ignored.
        await expect(dialog).toHaveCount(0);
      } else {
        await expect(dialog).toContainText('Letter columns');
        await dialog.getByRole('button', { name: 'Import board' }).click();
        await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
      }
    });
  }

  test('imports 10,000 assignments with progress shown while the page keeps painting', { tag: '@timing' }, async ({ page }) => {
    test.setTimeout(60_000);
    const roles = ['Product manager', 'Project manager', 'Design lead', 'Engineering lead', 'Finance'];
    const letters = ['A/R', 'C', 'I', 'C', 'I'];
    const lines = ['Task,Role,Letter,Phase'];
    for (let task = 1; task <= 2000; task += 1) {
      roles.forEach((role, r) => lines.push(`Activity ${task},${role},${letters[(task + r) % roles.length]},Phase ${1 + (task % 4)}`));
    }
    await page.goto('/');
    // Records every animation frame and when the progress and then the preview first appear.
    await page.evaluate(() => {
      const log = { frames: [] as number[], progressAt: 0, previewAt: 0 };
      Object.assign(window, { importLog: log });
      const tick = (time: number) => {
        log.frames.push(time);
        if (log.previewAt === 0) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        if (log.progressAt === 0 && document.querySelector('progress[aria-label="Reading the file"]')) log.progressAt = performance.now();
        if (log.previewAt === 0 && document.querySelector('table[aria-label="Tasks to import"]')) log.previewAt = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await pickFile(page, 'Big plan.csv', `${lines.join('\n')}\n`);
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('2000 tasks · 5 roles · 4 groups', { timeout: 30_000 });
    await expect(dialog).toContainText('Long: one row per assignment');
    await expect(dialog.getByRole('rowheader', { name: 'Activity 1', exact: true })).toBeVisible();
    await expect(dialog).toContainText('…and 1960 more tasks.');
    const log = await page.evaluate(() => (window as unknown as { importLog: { frames: number[]; progressAt: number; previewAt: number } }).importLog);
    expect(log.progressAt).toBeGreaterThan(0);
    expect(log.previewAt).toBeGreaterThan(log.progressAt);
    // Frames painted while the file was parsed: from the progress showing to the preview replacing it.
    const during = log.frames.filter((time) => time >= log.progressAt - 20 && time <= log.previewAt);
    const gaps = during.slice(1).map((time, index) => time - (during[index] ?? time));
    expect(during.length).toBeGreaterThan(1);
    expect(Math.max(...gaps)).toBeLessThan(200);
    await dialog.getByRole('button', { name: 'Import board' }).click();
    await expect(card(lane(page, 'Product manager'), 'Activity 5')).toBeVisible({ timeout: 30_000 });
  });
});

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
    expect(lines[0]).toBe('Task,Group,Product manager,Project manager');
    expect(lines).toContain('Budget,,,R/A');
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
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/board';
import { importFile, largeMatrixCsv } from './support/importFile';
import { colouredPixelsOnFirstPage, pdfFirstPageSize, pdfPagesText } from './support/pdfPages';

const squash = (text: string) => text.replace(/\s+/g, '');

/** Opens the print view of the board on screen, with these query options, and waits until it is laid out. */
async function openPrintView(page: Page, query = ''): Promise<void> {
  const boardId = decodeURIComponent(page.url().split('/board/')[1] ?? '');
  await page.goto(`/#/print/${encodeURIComponent(boardId)}${query === '' ? '' : `?${query}`}`);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
}

const printPdf = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true });

test.describe('print view and PDF', () => {
  test('opens the print view from Export PDF with every part, the legend and the source', async ({ page }) => {
    await createBoard(page, { name: 'Launch plan' });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    const doc = page.getByRole('article', { name: 'Print view of Launch plan' });
    await expect(doc.getByRole('heading', { name: 'Launch plan' })).toBeVisible();
    for (const part of ['Lanes', 'Matrix', 'Rule findings', 'Comparison with the article']) {
      await expect(doc.getByRole('region', { name: part })).toBeVisible();
    }
    await expect(doc.getByRole('definition').first()).toBeVisible();
    await expect(doc).toContainText('Outcry');
    // The box follows the route, which changes a moment after the click (hashchange is async), so
    // uncheck(), which wants the new state at once, would fail on a busy machine.
    await page.getByRole('checkbox', { name: 'Lanes' }).click();
    await expect(page.getByRole('checkbox', { name: 'Lanes' })).not.toBeChecked();
    await expect(doc.getByRole('region', { name: 'Lanes' })).toHaveCount(0);
    await expect(page).toHaveURL(/parts=matrix%2Cfindings%2Ccomparison%2Clegend|parts=matrix,findings,comparison,legend/);
  });

  test('follows an edit made in another window while it is open', async ({ page, context }) => {
    await createBoard(page, { name: 'Two windows' });
    const boardUrl = page.url();
    await openPrintView(page, 'parts=matrix');
    const matrix = page.getByRole('region', { name: 'Matrix' });
    await expect(matrix.getByRole('rowheader', { name: 'Milestones', exact: true })).toBeVisible();

    const other = await context.newPage();
    await other.goto(boardUrl);
    await other.getByRole('button', { name: 'Rename Milestones' }).click();
    await other.getByRole('textbox', { name: 'New title for Milestones' }).fill('Key milestones');
    await other.getByRole('textbox', { name: 'New title for Milestones' }).press('Enter');

    await expect(matrix.getByRole('rowheader', { name: 'Key milestones', exact: true })).toBeVisible();
    await expect(matrix.getByRole('rowheader', { name: 'Milestones', exact: true })).toHaveCount(0);
  });

  test('a 300-task board prints over several pages, each with the header row, and every name is text', async ({ page }) => {
    test.setTimeout(90_000);
    const { csv, titles, roles } = largeMatrixCsv(300);
    await importFile(page, 'Big board.csv', csv);
    const boardId = decodeURIComponent(page.url().split('/board/')[1] ?? '');
    await page.goto(`/#/print/${encodeURIComponent(boardId)}?paper=A4&orientation=portrait&parts=matrix,legend`);
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPagesText(pdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const text of pages) {
      for (const role of roles) expect(squash(text)).toContain(squash(role));
    }
    const all = squash(pages.join(' '));
    for (const title of titles) expect(all).toContain(squash(title));
    expect(all).toContain('Bigboard');
  });

  test('the article board PDF holds every task and role name, the comparison opening its own page', async ({ page }) => {
    await createBoard(page, { name: 'Équipe produit — 製品' });
    const boardId = decodeURIComponent(page.url().split('/board/')[1] ?? '');
    await page.goto(`/#/print/${encodeURIComponent(boardId)}`);
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    const pages = (await pdfPagesText(await printPdf(page))).map(squash);
    // The comparison is a wide table: it opens its own page rather than leaving its heading behind.
    expect(pages.filter((content) => content.startsWith(squash('Compared with the article’s defaults')))).toHaveLength(1);
    const text = pages.join('');
    expect(text).toContain(squash('Équipe produit — 製品'));
    for (const name of ['Product manager', 'Project manager', 'Budget', 'Stakeholder investment pitch', 'Close the project at launch']) {
      expect(text).toContain(squash(name));
    }
  });

  test('printed unseen, as the desktop app prints, it lays nothing out on screen and makes the same pages', async ({ page, context }) => {
    await createBoard(page, { name: 'Launch plan' });
    await openPrintView(page);
    const doc = page.locator('article.print-doc');
    await expect(doc).toBeVisible();
    const seen = await pdfPagesText(await printPdf(page));
    expect(seen.length).toBeGreaterThan(1);

    const unseen = await context.newPage();
    // The same defaults (paper, orientation, every part), printed unseen.
    await unseen.goto(`${page.url()}?unattended=1`);
    await expect(unseen.locator('body')).toHaveAttribute('data-print-ready', 'true');
    await expect(unseen.locator('article.print-doc')).toHaveCount(1);
    await expect(unseen.locator('article.print-doc')).toBeHidden();
    expect(await pdfPagesText(await printPdf(unseen))).toEqual(seen);
  });

  test('page 1 names the board and the date and explains R, A, C and I, all as text', async ({ page }) => {
    await createBoard(page, { name: 'Kickoff charter' });
    await openPrintView(page);
    const today = await page.evaluate(() => new Date().toLocaleDateString(undefined, { dateStyle: 'long' }));
    const first = squash((await pdfPagesText(await printPdf(page)))[0] ?? '');
    expect(first).toContain('Kickoffcharter');
    expect(first).toContain(squash(today));
    for (const entry of ['R Responsible does the work', 'A Accountable answers for the result', 'C Consulted is asked before decisions', 'I Informed is kept up to date']) {
      expect(first).toContain(squash(entry));
    }
  });

  test('prints in colour: coloured parts ask for exact colours and page 1 has coloured pixels', async ({ page }) => {
    await createBoard(page, { name: 'Colours' });
    await openPrintView(page);
    await page.emulateMedia({ media: 'print' });
    const adjust = await page.evaluate(() =>
      ['[aria-label="Legend"] .letter-A', '.print-matrix .letter-R', '.print-matrix thead th', '.print-lane'].map((selector) => {
        const element = document.querySelector(selector);
        return element === null ? `${selector}: missing` : `${selector}: ${getComputedStyle(element).getPropertyValue('print-color-adjust')}`;
      }),
    );
    expect(adjust).toEqual([
      '[aria-label="Legend"] .letter-A: exact',
      '.print-matrix .letter-R: exact',
      '.print-matrix thead th: exact',
      '.print-lane: exact',
    ]);
    expect(colouredPixelsOnFirstPage(await printPdf(page))).toBeGreaterThan(50);
  });

  test('never cuts a matrix row across two pages, however long its title wraps', async ({ page }) => {
    test.setTimeout(60_000);
    const roles = ['Product manager', 'Project manager', 'Design', 'Engineering', 'Finance', 'Legal', 'Support', 'Sales'];
    const titles = Array.from({ length: 45 }, (_, row) =>
      Array.from({ length: 14 }, (_, word) => `r${row}w${word}`)
        .join(' ')
        .concat(' wraps over several lines'),
    );
    const csv = [['Task', ...roles].join(','), ...titles.map((title, row) => [title, ...roles.map((_, r) => (r === row % roles.length ? 'A/R' : 'C'))].join(','))].join('\n');
    await importFile(page, 'Long titles.csv', csv);
    await openPrintView(page, 'paper=A4&orientation=portrait&parts=matrix');
    // Narrow enough that each title takes several lines.
    const rowHeight = await page.getByRole('rowheader', { name: titles[0] }).evaluate((cell) => cell.getBoundingClientRect().height);
    expect(rowHeight).toBeGreaterThan(40);
    const pages = (await pdfPagesText(await printPdf(page))).map(squash);
    expect(pages.length).toBeGreaterThan(1);
    for (const title of titles) {
      expect(pages.filter((text) => text.includes(squash(title))), title).toHaveLength(1);
    }
  });

  test('starts each group of a grouped board on a new page, its rows after its heading', async ({ page }) => {
    const csv = readFileSync(resolve(__dirname, 'fixtures/grouped-phases.csv'), 'utf8');
    await importFile(page, 'Phases.csv', csv);
    await openPrintView(page, 'paper=A4&orientation=landscape&parts=matrix');
    const groups = { Discovery: ['Interview customers', 'Size the market', 'Map the competitors'], Delivery: ['Draft the schedule', 'Track the budget', 'Run the standups'], Launch: ['Write the release notes', 'Brief the support team', 'Close the project'] };
    const pages = (await pdfPagesText(await printPdf(page))).map(squash);
    expect(pages).toHaveLength(3);
    Object.entries(groups).forEach(([group, tasks], index) => {
      const text = pages[index] ?? '';
      // Page 1 opens with the board's header; every later page opens with its group's heading.
      if (index > 0) expect(text.startsWith(group), `page ${index + 1}: ${text.slice(0, 40)}`).toBe(true);
      const headingAt = text.indexOf(`${group}Task`);
      expect(headingAt, `${group} heading on page ${index + 1}`).toBeGreaterThanOrEqual(0);
      for (const task of tasks) expect(text.indexOf(squash(task)), `${task} after ${group}`).toBeGreaterThan(headingAt);
    });
  });

  for (const [paper, orientation, width, height] of [
    ['A4', 'portrait', 595, 842],
    ['A4', 'landscape', 842, 595],
    ['Letter', 'portrait', 612, 792],
    ['Letter', 'landscape', 792, 612],
  ] as const) {
    test(`makes ${paper} ${orientation} pages of ${width} by ${height} points`, async ({ page }) => {
      await createBoard(page, { name: 'Paper sizes', template: 'blank' });
      await openPrintView(page, `paper=${paper}&orientation=${orientation}`);
      expect(await pdfFirstPageSize(await printPdf(page))).toEqual({ width, height });
    });
  }

  test('the web edition prints with the chosen paper and orientation applied', async ({ page }) => {
    await createBoard(page, { name: 'Web print' });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    await page.getByLabel('Paper').selectOption('Letter');
    await page.getByLabel('Orientation').selectOption('portrait');
    await expect(page).toHaveURL(/paper=Letter/);
    await page.evaluate(() => {
      const calls: string[][] = [];
      Object.assign(window, { printCalls: calls });
      window.print = () => {
        const sizes = Array.from(document.styleSheets)
          .flatMap((sheet) => Array.from(sheet.cssRules))
          .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
          .map((rule) => rule.style.getPropertyValue('size'));
        calls.push(sizes);
      };
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    const calls = await page.evaluate(() => (window as unknown as { printCalls: string[][] }).printCalls);
    expect(calls).toHaveLength(1);
    // Portrait is the initial value of size, so the browser may leave it out.
    expect(calls[0]?.map((size) => size.toLowerCase().replace(/ portrait$/, ''))).toEqual(['letter']);
  });
});

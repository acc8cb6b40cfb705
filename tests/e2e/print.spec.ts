import { expect, test } from '@playwright/test';
import { createBoard } from './support/board';
import { importFile, largeMatrixCsv } from './support/importFile';

async function pdfPagesText(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');

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
    await page.getByRole('checkbox', { name: 'Lanes' }).uncheck();
    await expect(doc.getByRole('region', { name: 'Lanes' })).toHaveCount(0);
    await expect(page).toHaveURL(/parts=matrix%2Cfindings%2Ccomparison%2Clegend|parts=matrix,findings,comparison,legend/);
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

  test('the article board PDF holds every task and role name', async ({ page }) => {
    await createBoard(page, { name: 'Équipe produit — 製品' });
    const boardId = decodeURIComponent(page.url().split('/board/')[1] ?? '');
    await page.goto(`/#/print/${encodeURIComponent(boardId)}`);
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    const text = squash((await pdfPagesText(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).join(' '));
    expect(text).toContain(squash('Équipe produit — 製品'));
    for (const name of ['Product manager', 'Project manager', 'Budget', 'Stakeholder investment pitch', 'Close the project at launch']) {
      expect(text).toContain(squash(name));
    }
  });
});

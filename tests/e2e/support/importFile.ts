import { expect, type Page } from '@playwright/test';

/** Imports a file through the home screen's Import button and the web file picker; waits for the new board. */
export async function importFile(page: Page, name: string, content: string, mimeType = 'text/csv'): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('button', { name: 'Import board' }).click();
  await expect(page.getByRole('region', { name: 'Unassigned', exact: true })).toBeVisible();
}

/** A matrix-shaped CSV of `count` tasks over four roles, with accents and non-Latin scripts. */
export function largeMatrixCsv(count: number): { csv: string; titles: string[]; roles: string[] } {
  const roles = ['Product manager', 'Project manager', 'Équipe données', 'デザイナー'];
  const letters = ['R/A', 'C', 'I', ''];
  const titles: string[] = [];
  const lines = [['Task', ...roles].join(',')];
  for (let i = 1; i <= count; i += 1) {
    const title = i % 10 === 0 ? `市場調査 ${i}` : i % 7 === 0 ? `Étude de marché ${i}` : `Task ${String(i).padStart(3, '0')}`;
    titles.push(title);
    const row = roles.map((_, r) => letters[(i + r) % letters.length]);
    lines.push([title, ...row].join(','));
  }
  return { csv: `${lines.join('\r\n')}\r\n`, titles, roles };
}

import { expect, test } from '@playwright/test';
import { card, createBoard, dragTo, lane } from './support/board';

test.describe('home screen', () => {
  test('lists saved boards with their task count, and opens one', async ({ page }) => {
    await createBoard(page, { name: 'Team Alpha' });
    await createBoard(page, { name: 'Team Beta', template: 'blank' });
    await page.goto('/');
    const boards = page.getByRole('list', { name: 'Saved boards' });
    await expect(boards.getByRole('listitem')).toHaveCount(2);
    const alpha = boards.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Team Alpha' }) });
    await expect(alpha.getByText('25 tasks')).toBeVisible();
    await expect(alpha.getByText(/Edited/)).toBeVisible();
    await page.getByRole('link', { name: 'Team Beta' }).click();
    await expect(page.getByRole('heading', { name: 'Team Beta' })).toBeVisible();
  });

  test('says how long ago each board was edited, and keeps it current while the screen stays open', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
    await createBoard(page, { name: 'Team Gamma', template: 'blank' });
    await page.goto('/');
    const gamma = page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Team Gamma' }) });
    await expect(gamma.getByText('Edited just now')).toBeVisible();
    await page.clock.fastForward('05:00');
    await expect(gamma.getByText('Edited 5 minutes ago')).toBeVisible();
    await page.clock.fastForward('03:00:00');
    await expect(gamma.getByText('Edited 3 hours ago')).toBeVisible();
  });

  test('names the article as the source of the template', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New board' }).click();
    await expect(page.getByRole('dialog').getByText(/Product Manager vs\. Project Manager: what's the difference\?/)).toBeVisible();
    await expect(page.getByRole('dialog').getByText(/Outcry/)).toBeVisible();
  });

  test('renames a board, refusing an empty name', async ({ page }) => {
    await createBoard(page, { name: 'Old name' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Rename Old name' }).click();
    const field = page.getByRole('textbox', { name: 'New name for Old name' });
    await field.fill('  ');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await field.fill('Nouveau nom — 新しい');
    await field.press('Enter');
    await expect(page.getByRole('link', { name: 'Nouveau nom — 新しい' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('link', { name: 'Nouveau nom — 新しい' })).toBeVisible();
  });

  test('duplicates a board with its content and independent edits', async ({ page }) => {
    await createBoard(page, { name: 'Original' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Duplicate Original' }).click();
    await page.getByRole('link', { name: 'Original (copy)' }).click();
    await expect(lane(page, 'Project manager').getByRole('listitem')).toHaveCount(10);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.goto('/');
    await page.getByRole('link', { name: 'Original', exact: true }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
  });

  test('deletes a board only after confirmation', async ({ page }) => {
    await createBoard(page, { name: 'Doomed' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Delete Doomed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Doomed”?' });
    await expect(dialog.getByText(/25 tasks/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('link', { name: 'Doomed' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Doomed' }).click();
    await page.getByRole('dialog', { name: 'Delete “Doomed”?' }).getByRole('button', { name: 'Delete board' }).click();
    await expect(page.getByRole('link', { name: 'Doomed' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('No boards yet')).toBeVisible();
  });
});

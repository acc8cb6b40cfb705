import { expect, test } from '@playwright/test';
import { card, createBoard, dragTo, lane } from './support/board';

test.describe('compare view', () => {
  test('scores a board against the article, uses the article owner, and undoes it', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.getByRole('tab', { name: 'Compare' }).click();

    const score = page.getByRole('region', { name: 'Agreement with the article' });
    await expect(score.getByRole('status')).toContainText('24 of 25');
    await expect(score).toContainText('Outcry');
    const budget = page.getByRole('row', { name: 'Budget' });
    await expect(budget).toContainText('Differs');
    await expect(budget).toContainText('Managing the budget and keeping to it belongs to the project manager.');
    await expect(budget).toContainText('Product manager');

    await page.getByRole('radio', { name: /^Differs/ }).click();
    await expect(page.getByRole('table', { name: 'Activities compared with the article' }).getByRole('row')).toHaveCount(2);

    await budget.getByRole('button', { name: "Use the article's owner for Budget" }).click();
    await expect(score.getByRole('status')).toContainText('25 of 25');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(score.getByRole('status')).toContainText('24 of 25');
  });

  test('keeps a differing owner with a note', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await page.getByRole('tab', { name: 'Compare' }).click();
    const budget = page.getByRole('row', { name: 'Budget' });
    await budget.getByRole('button', { name: 'Keep mine for Budget' }).click();
    await budget.getByRole('textbox', { name: /Why keep your owner for Budget/ }).fill('Our PM owns the P&L');
    await budget.getByRole('button', { name: 'Keep' }).click();
    await expect(budget).toContainText('Kept on purpose: Our PM owns the P&L');
    await expect(page.getByRole('region', { name: 'Agreement with the article' })).toContainText('1 kept on purpose');
    await page.reload();
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.getByRole('row', { name: 'Budget' })).toContainText('Kept on purpose: Our PM owns the P&L');
  });

  test('adds missing activities in one undoable step and lists extra tasks', async ({ page }) => {
    await createBoard(page, { template: 'blank' });
    await page.getByRole('button', { name: 'Add a task to Product manager' }).click();
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).fill('Vision');
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).press('Enter');
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).fill('Hiring plan');
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).press('Enter');
    await page.getByRole('tab', { name: 'Compare' }).click();
    const score = page.getByRole('region', { name: 'Agreement with the article' });
    await expect(score.getByRole('status')).toContainText('1 of 1');
    await expect(page.getByRole('region', { name: 'Your tasks the article does not cover' })).toContainText('Hiring plan');
    await page.getByRole('button', { name: 'Add missing activities' }).click();
    await expect(score.getByRole('status')).toContainText('25 of 25');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(score.getByRole('status')).toContainText('1 of 1');
  });

  test('marks cards that agree or differ in the lanes overlay', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await page.getByRole('button', { name: 'Article overlay' }).click();
    await expect(card(page, 'Budget')).toHaveAccessibleName(/Differs from the article\. The article gives it to the project manager/);
    await expect(card(page, 'Milestones')).toHaveAccessibleName(/Agrees with the article/);
    await card(page, 'Budget').focus();
    await expect(page.locator('.card:focus .overlay-tip')).toBeVisible();
  });

  test('compares two boards', async ({ page }) => {
    await createBoard(page, { name: 'Before' });
    await createBoard(page, { name: 'After' });
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await page.getByRole('button', { name: '+ Add lane' }).click();
    await page.getByRole('textbox', { name: 'New lane name' }).fill('Finance');
    await page.getByRole('textbox', { name: 'New lane name' }).press('Enter');
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('radio', { name: 'Another board' }).click();
    await page.getByLabel(/Compare “After” with/).selectOption({ label: 'Before' });
    const owners = page.getByRole('region', { name: 'Owners that changed' });
    await expect(owners.getByRole('row', { name: /Budget/ })).toContainText('Product manager');
    await expect(owners.getByRole('row', { name: /Budget/ })).toContainText('Project manager');
    await expect(page.getByRole('region', { name: 'Only in “After”' })).toContainText('Lane: Finance');
    await expect(page.getByRole('list', { name: 'Differences' })).toContainText('1 owners changed');
  });
});

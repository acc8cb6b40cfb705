import { expect, test } from '@playwright/test';
import { card, createBoard, dragTo, lane } from './support/board';

test.describe('undo and redo', () => {
  test('undoes and redoes across a reload, with steps named in words', async ({ page }) => {
    await createBoard(page);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    await expect(undo).toBeDisabled();

    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expect(undo).toHaveAttribute('title', /Undo Moved Budget to Product manager/);
    await page.getByRole('button', { name: 'Rename Milestones' }).click();
    await page.getByRole('textbox', { name: 'New title for Milestones' }).fill('Key milestones');
    await page.getByRole('textbox', { name: 'New title for Milestones' }).press('Enter');
    await expect(card(page, 'Key milestones')).toBeVisible();

    await page.reload();
    await expect(card(page, 'Key milestones')).toBeVisible();
    await expect(undo).toHaveAttribute('title', /Undo Renamed Milestones to Key milestones/);
    await undo.click();
    await expect(card(page, 'Milestones')).toBeVisible();
    await undo.click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Undid: Moved Budget to Product manager' })).toBeAttached();

    await page.reload();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(redo).toHaveAttribute('title', /Redo Moved Budget to Product manager/);
    await redo.click();
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.reload();
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
  });

  test('Ctrl+Z undoes and Ctrl+Shift+Z and Ctrl+Y redo, but not while typing in a field', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search tasks' }).focus();
    await page.keyboard.press('Control+z');
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await page.keyboard.press('Control+Shift+z');
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
  });
});

import { expect, test } from '@playwright/test';
import { card, createBoard, dragTo, lane, reloadWhenSaved } from './support/board';

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

    // The rename shows at once and is written just after: reloading before then would lose it.
    await reloadWhenSaved(page);
    await expect(card(page, 'Key milestones')).toBeVisible();
    await expect(undo).toHaveAttribute('title', /Undo Renamed Milestones to Key milestones/);
    await undo.click();
    await expect(card(page, 'Milestones')).toBeVisible();
    await undo.click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Undid: Moved Budget to Product manager' })).toBeAttached();

    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(redo).toHaveAttribute('title', /Redo Moved Budget to Product manager/);
    await redo.click();
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await reloadWhenSaved(page);
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

  test('undoes and redoes a letter edited in the matrix', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const grid = page.getByRole('grid', { name: 'RACI matrix' });
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Budget', exact: true }) });
    const productManager = row.getByRole('gridcell').nth(0);
    const projectManager = row.getByRole('gridcell').nth(1);
    await productManager.focus();
    await page.keyboard.press('a');
    await expect(productManager).toHaveText('A');
    await expect(projectManager).toHaveText('R');
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', /Undo Set Budget \/ Product manager to A/);

    await undo.click();
    await expect(productManager).toHaveText('');
    await expect(projectManager).toHaveText('R/A');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(productManager).toHaveText('A');
    await expect(projectManager).toHaveText('R');
    // From the keyboard, without leaving the grid.
    await productManager.focus();
    await page.keyboard.press('Control+z');
    await expect(productManager).toHaveText('');
    await expect(projectManager).toHaveText('R/A');
  });

  test('undoes and redoes a fix applied from the health panel', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Unassigned'));
    await expect(card(lane(page, 'Unassigned'), 'Budget')).toBeVisible();
    await page.getByRole('button', { name: /^Health/ }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('button', { name: 'Make Project manager accountable' }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(health.getByText('No problems found')).toBeVisible();
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect(undo).toHaveAttribute('title', /^Undo [A-Z].*Budget/);
    await expect(undo).not.toHaveAttribute('title', /task-|role-|[0-9a-f]{8}-/);

    await undo.click();
    await expect(card(lane(page, 'Unassigned'), 'Budget')).toBeVisible();
    await expect(health.getByText('Nobody is accountable for Budget.')).toBeVisible();
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(health.getByText('No problems found')).toBeVisible();
  });
});

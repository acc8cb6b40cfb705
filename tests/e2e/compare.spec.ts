import { expect, test, type Page } from '@playwright/test';
import { card, createBoard, dragTo, lane, reloadWhenSaved } from './support/board';

/** The compare view's own chunk, as the build names it (loadCompareView.tsx). */
const COMPARE_CHUNK = /\/CompareView-[^/]*\.js$/;

const BUDGET_RATIONALE = 'Managing the budget and keeping to it belongs to the project manager.';

/** An article board with Budget dragged to Product manager, shown in the compare view. */
async function budgetMovedToProduct(page: Page): Promise<void> {
  await createBoard(page);
  await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
  await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
  await page.getByRole('tab', { name: 'Compare' }).click();
}

function compareTable(page: Page) {
  return page.getByRole('table', { name: 'Activities compared with the article' });
}

async function keepBudgetWithNote(page: Page, note: string): Promise<void> {
  const budget = page.getByRole('row', { name: 'Budget' });
  await budget.getByRole('button', { name: 'Keep mine for Budget' }).click();
  await budget.getByRole('textbox', { name: /Why keep your owner for Budget/ }).fill(note);
  await budget.getByRole('button', { name: 'Keep' }).click();
  await expect(budget).toContainText(`Kept on purpose: ${note}`);
}

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
    await reloadWhenSaved(page);
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
    await expect(page.getByRole('list', { name: 'Counts' })).toContainText('24 missing');
    await expect(page.getByRole('list', { name: 'Counts' })).toContainText('1 of your own');
    await page.getByRole('radio', { name: /^Missing/ }).click();
    // The header row and the 24 activities the board lacks; Vision, which it has, is filtered out.
    await expect(compareTable(page).getByRole('row')).toHaveCount(25);
    await expect(compareTable(page).getByRole('row', { name: 'Budget' })).toContainText('Not on your board');
    await expect(compareTable(page).getByRole('row', { name: 'Vision' })).toHaveCount(0);
    await page.getByRole('radio', { name: /^All/ }).click();
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
    const tip = page.locator('.card:focus .overlay-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(BUDGET_RATIONALE);
    await expect(tip).toContainText('Source: “Product Manager vs. Project Manager: what\'s the difference?”, Outcry');
    await expect(tip).toContainText('2020');
  });

  test('compares two boards', async ({ page }) => {
    await createBoard(page, { name: 'Before' });
    await createBoard(page, { name: 'After' });
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await page.getByRole('button', { name: '+ Add lane' }).click();
    await page.getByRole('textbox', { name: 'New lane name' }).fill('Finance');
    await page.getByRole('textbox', { name: 'New lane name' }).press('Enter');
    await page.getByRole('button', { name: 'Add a task to Product manager' }).click();
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).fill('Hiring plan');
    await page.getByRole('textbox', { name: 'Add a task to Product manager' }).press('Enter');
    await expect(card(page, 'Hiring plan')).toBeVisible();
    await page.getByRole('button', { name: 'Delete Industry events' }).click();
    await page.getByRole('dialog', { name: /Delete “Industry events”/ }).getByRole('button', { name: 'Delete task' }).click();
    await expect(card(page, 'Industry events')).toHaveCount(0);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const milestonesRow = page.getByRole('grid').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Milestones', exact: true }) });
    await milestonesRow.getByRole('gridcell').first().click();
    await page.getByRole('dialog', { name: 'Product manager on Milestones' }).getByRole('button', { name: 'Consulted' }).click();
    await expect(milestonesRow.getByRole('gridcell').first()).toHaveText('C');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('radio', { name: 'Another board' }).click();
    await page.getByLabel(/Compare “After” with/).selectOption({ label: 'Before' });
    const letters = page.getByRole('region', { name: 'Letters that changed' });
    const milestones = letters.getByRole('row', { name: /^Milestones/ });
    await expect(milestones).toHaveCount(1);
    await expect(milestones.getByRole('cell')).toHaveText(['Product manager', 'C', '—']);
    await expect(page.getByRole('region', { name: 'Only in “After”' })).toContainText('Hiring plan');
    await expect(page.getByRole('region', { name: 'Only in “Before”' })).toContainText('Industry events');
    await expect(page.getByRole('region', { name: 'Only in “Before”' })).not.toContainText('Hiring plan');
    await expect(page.getByRole('list', { name: 'Differences' })).toContainText('1 only in “After”');
    await expect(page.getByRole('list', { name: 'Differences' })).toContainText('1 only in “Before”');
    const owners = page.getByRole('region', { name: 'Owners that changed' });
    await expect(owners.getByRole('row', { name: /Budget/ })).toContainText('Product manager');
    await expect(owners.getByRole('row', { name: /Budget/ })).toContainText('Project manager');
    await expect(page.getByRole('region', { name: 'Only in “After”' })).toContainText('Lane: Finance');
    await expect(page.getByRole('list', { name: 'Differences' })).toContainText('1 owner changed');
    await expect(page.getByRole('list', { name: 'Differences' })).toContainText('3 cells changed');
  });

  test('shows the score as a percentage and counts, a chart by question, each row\'s section and our suggestions', async ({ page }) => {
    await budgetMovedToProduct(page);
    const score = page.getByRole('region', { name: 'Agreement with the article' });
    await expect(score.getByRole('status')).toHaveText(/24 of 25.*\(96%\)/);
    const counts = score.getByRole('list', { name: 'Counts' }).getByRole('listitem');
    await expect(counts).toHaveText(['24 agree', '1 differ', '0 missing', '0 of your own']);

    const chart = score.getByRole('list', { name: 'Agreement by question' }).getByRole('listitem');
    await expect(chart).toHaveCount(4);
    await expect(chart.nth(0)).toHaveAccessibleName('What: 6 of 6 agree, 0 missing');
    await expect(chart.nth(1)).toHaveAccessibleName('Why: 9 of 9 agree, 0 missing');
    await expect(chart.nth(2)).toHaveAccessibleName('When: 5 of 5 agree, 0 missing');
    await expect(chart.nth(3)).toHaveAccessibleName('How: 4 of 5 agree, 0 missing');
    await expect(chart.nth(3)).toContainText('4/5');

    // What needs a decision is listed first.
    await expect(compareTable(page).getByRole('row').nth(1)).toHaveAccessibleName('Budget');
    const budget = compareTable(page).getByRole('row', { name: 'Budget' });
    await expect(budget).toContainText('Section: The W\'s; Strategic vs. technical');
    await expect(compareTable(page).getByRole('row', { name: 'Stakeholder investment pitch' })).toContainText(
      'Section: Communication with stakeholders',
    );
    const milestones = compareTable(page).getByRole('row', { name: 'Milestones' });
    await expect(milestones).toContainText('Section: Strategic vs. technical');
    // The C and I are ours, labelled so, and never the article's.
    await expect(milestones.locator('.suggestion')).toHaveText('Our suggestion, not the article’s: Product manager I (informed)');
    await expect(budget.locator('.suggestion')).toHaveText('Our suggestion, not the article’s: Product manager C (consulted)');
  });

  test('filters to the activities that agree', async ({ page }) => {
    await budgetMovedToProduct(page);
    await page.getByRole('radio', { name: /^Agrees \(24\)/ }).click();
    await expect(page.getByRole('radio', { name: /^Agrees/ })).toHaveAttribute('aria-checked', 'true');
    await expect(compareTable(page).getByRole('row')).toHaveCount(25);
    await expect(compareTable(page).getByRole('row', { name: 'Budget' })).toHaveCount(0);
    await expect(compareTable(page).getByRole('row', { name: 'Milestones' })).toContainText('Agrees');
    await page.getByRole('radio', { name: /^Missing \(0\)/ }).click();
    await expect(compareTable(page).getByRole('row')).toHaveCount(1);
  });

  test('resets to the article defaults after a confirmation, and undoes it', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    const reset = page.getByRole('button', { name: 'Reset to article defaults' });
    // A board that already matches has nothing to reset, and says so.
    await expect(reset).toBeDisabled();
    await expect(reset).toHaveAccessibleDescription(/Nothing to reset/);

    await page.getByRole('tab', { name: 'Lanes' }).click();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await page.getByRole('tab', { name: 'Compare' }).click();
    const status = page.getByRole('region', { name: 'Agreement with the article' }).getByRole('status');
    await expect(status).toContainText('24 of 25');
    await expect(reset).toBeEnabled();

    await reset.click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the article’s defaults?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(status).toContainText('24 of 25');
    await expect(page.getByRole('row', { name: 'Budget' })).toContainText('Differs');

    await reset.click();
    await page.getByRole('dialog', { name: 'Reset to the article’s defaults?' }).getByRole('button', { name: 'Reset' }).click();
    await expect(status).toContainText('25 of 25');
    await expect(page.getByRole('row', { name: 'Budget' })).toContainText('Agrees');
    await expect(reset).toBeDisabled();

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(status).toContainText('24 of 25');
    await expect(page.getByRole('row', { name: 'Budget' })).toContainText('Differs');
  });

  test('prints the note of a kept owner in the comparison section', async ({ page }) => {
    await budgetMovedToProduct(page);
    await keepBudgetWithNote(page, 'Our PM owns the P&L');
    const boardId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
    await page.goto(`/#/print/${encodeURIComponent(boardId)}?parts=comparison`);
    await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
    const section = page.getByRole('region', { name: 'Comparison with the article' });
    await expect(section.getByRole('row', { name: /^Budget/ })).toContainText('Our PM owns the P&L');
    await expect(section).toContainText('Outcry');
  });

  test('clears the note of a kept row that now agrees, in one undoable step', async ({ page }) => {
    await budgetMovedToProduct(page);
    await keepBudgetWithNote(page, 'Our PM owns the P&L');
    const budget = page.getByRole('row', { name: 'Budget' });
    await budget.getByRole('button', { name: "Use the article's owner for Budget" }).click();
    await expect(budget).toContainText('Agrees');
    await expect(budget).toContainText('Kept on purpose before, now agrees: Our PM owns the P&L');

    await budget.getByRole('button', { name: 'Clear the kept note for Budget' }).click();
    await expect(budget).not.toContainText('Kept on purpose');
    await expect(budget.getByRole('button', { name: 'Clear the kept note for Budget' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(budget).toContainText('Kept on purpose before, now agrees: Our PM owns the P&L');
    await expect(budget).toContainText('Agrees');
  });

  test('loads its code only when the view is first opened', async ({ page }) => {
    await createBoard(page);
    await expect(card(page, 'Budget')).toBeVisible();
    const compareScripts = async () =>
      (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter((name) => COMPARE_CHUNK.test(name));
    expect(await compareScripts()).toEqual([]);

    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(compareTable(page)).toBeVisible();
    expect(await compareScripts()).toHaveLength(1);
  });

  test('says so when its code cannot be loaded, and the board goes on working', async ({ page }) => {
    await page.route(COMPARE_CHUNK, (route) => route.abort());
    await createBoard(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await expect(page.getByRole('alert')).toContainText('The compare view could not be loaded');
    await expect(page.getByRole('alert')).toContainText('your board is unchanged');

    await page.getByRole('tab', { name: 'Lanes' }).click();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
  });
});

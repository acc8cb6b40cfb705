import { expect, test } from '@playwright/test';
import { card, createBoard, dragTo, lane, reloadWhenSaved } from './support/board';

test.describe('health, workload and filters', () => {
  test('applies a one-click fix from the health panel', async ({ page }) => {
    await createBoard(page);
    await expect(page.getByRole('button', { name: 'Health: 0 errors, 0 warnings' })).toBeVisible();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Unassigned'));
    await expect(card(lane(page, 'Unassigned'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Unassigned'), 'Budget')).toHaveAccessibleName(/1 finding: Nobody is accountable for Budget\./);

    await page.getByRole('button', { name: 'Health: 1 errors, 0 warnings' }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await expect(health.getByText('Nobody is accountable for Budget.')).toBeVisible();
    await health.getByRole('button', { name: 'Make Project manager accountable' }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(health.getByText('No problems found')).toBeVisible();
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
  });

  test('turns a rule off and changes a threshold for this board', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Unassigned'));
    await page.getByRole('button', { name: /^Health/ }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('button', { name: 'Rule settings' }).click();
    await health.getByRole('checkbox', { name: 'Nobody accountable' }).uncheck();
    await expect(page.getByRole('button', { name: 'Health: 0 errors, 0 warnings' })).toBeVisible();
    await health.getByRole('spinbutton', { name: /Largest share/ }).fill('50');
    await page.keyboard.press('Enter');
    await expect(health.getByText(/Product manager is accountable for/)).toBeVisible();
    await reloadWhenSaved(page);
    await expect(page.getByRole('button', { name: 'Health: 0 errors, 1 warnings' })).toBeVisible();
  });

  test('edits every threshold, recording one undo step per committed value rather than per keystroke', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('button', { name: /^Health/ }).click();
    const health = page.getByRole('region', { name: 'Health' });
    await health.getByRole('button', { name: 'Rule settings' }).click();
    await expect(health.getByRole('spinbutton')).toHaveCount(5);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });

    // Two keystrokes, then Tab: one step, which Undo takes back in one go.
    const responsible = health.getByRole('spinbutton', { name: 'Most responsible roles per task' });
    await responsible.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    await expect(undo).toBeDisabled();
    await page.keyboard.press('Tab');
    await expect(undo).toHaveAttribute('title', /Undo Changed rule settings/);
    await undo.click();
    await expect(responsible).toHaveValue('2');
    await expect(undo).toBeDisabled();
    await redo.click();
    await expect(responsible).toHaveValue('12');

    // The overload share and the board size it needs; a value out of range puts the saved one back.
    await health.getByRole('spinbutton', { name: /Largest share/ }).fill('50');
    await page.keyboard.press('Enter');
    const overload = health.getByText(/Product manager is accountable for 15 of 25 tasks/);
    await expect(overload).toBeVisible();
    const overloadMin = health.getByRole('spinbutton', { name: 'Fewest tasks before overload is checked' });
    await overloadMin.fill('30');
    await page.keyboard.press('Enter');
    await expect(overload).toBeHidden();
    await health.getByRole('spinbutton', { name: 'Most consulted or informed roles per task' }).fill('3');
    await page.keyboard.press('Enter');
    const everyTask = health.getByRole('spinbutton', { name: /Fewest tasks before “a role on every task”/ });
    await everyTask.fill('0');
    await page.keyboard.press('Enter');
    await expect(everyTask).toHaveValue('3');
    await everyTask.fill('4');
    await page.keyboard.press('Enter');
    await reloadWhenSaved(page);
    await page.getByRole('button', { name: /^Health/ }).click();
    await health.getByRole('button', { name: 'Rule settings' }).click();
    await expect(health.getByRole('spinbutton', { name: 'Most responsible roles per task' })).toHaveValue('12');
    await expect(health.getByRole('spinbutton', { name: /Largest share/ })).toHaveValue('50');
    await expect(overloadMin).toHaveValue('30');
    await expect(health.getByRole('spinbutton', { name: 'Most consulted or informed roles per task' })).toHaveValue('3');
    await expect(everyTask).toHaveValue('4');
  });

  test('selecting a finding outlines its task in the lanes', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Milestones'), lane(page, 'Unassigned'));
    await page.getByRole('button', { name: /^Health/ }).click();
    await page.getByRole('region', { name: 'Health' }).getByRole('button', { name: 'Nobody is accountable for Milestones.' }).click();
    await expect(page.locator('.card-item.is-highlighted')).toHaveAttribute('data-task-id', /.+/);
    await expect(page.locator('.card-item.is-highlighted .card-title')).toHaveText('Milestones');
  });

  test('shows the task of a finding the search hides, clearing the filter, in the lanes and in the matrix', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Milestones'), lane(page, 'Unassigned'));
    await expect(card(lane(page, 'Unassigned'), 'Milestones')).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search tasks' });
    await search.fill('execute');
    await expect(card(page, 'Milestones')).toHaveCount(0);
    await page.getByRole('button', { name: /^Health/ }).click();
    const finding = page.getByRole('region', { name: 'Health' }).getByRole('button', { name: 'Nobody is accountable for Milestones.' });
    await finding.click();
    await expect(search).toHaveValue('');
    await expect(page.getByRole('status').filter({ hasText: 'Filters cleared to show “Milestones”.' })).toBeVisible();
    await expect(page.locator('.card-item.is-highlighted .card-title')).toHaveText('Milestones');

    // The same in the matrix, with a role filter that leaves Milestones out.
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByRole('combobox', { name: 'Filter by role' }).selectOption({ label: 'Product manager' });
    const grid = page.getByRole('grid', { name: 'RACI matrix' });
    await expect(grid.getByRole('rowheader', { name: 'Milestones', exact: true })).toHaveCount(0);
    await expect(page.getByText('Filters cleared to show')).toHaveCount(0);
    await finding.click();
    await expect(page.getByRole('combobox', { name: 'Filter by role' })).toHaveValue('');
    await expect(page.getByRole('status').filter({ hasText: 'Filters cleared to show “Milestones”.' })).toBeVisible();
    await expect(grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Milestones', exact: true }) })).toHaveClass(/is-highlighted/);
    await expect(grid.getByRole('rowheader', { name: 'Milestones', exact: true })).toBeInViewport();
  });

  test('selecting a finding in a folded group shows its task without adding an undo step', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const grid = page.getByRole('grid', { name: 'RACI matrix' });
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    const redo = page.getByRole('button', { name: 'Redo', exact: true });
    const milestones = grid.getByRole('rowheader', { name: 'Milestones', exact: true });
    const milestonesRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Milestones', exact: true }) });
    const milestonesCell = milestonesRow.getByRole('gridcell').nth(1);

    // Milestones loses its accountable role and goes into a folded group Delivery.
    await milestonesCell.focus();
    await page.keyboard.press('a');
    await expect(milestonesCell).toHaveText('R');
    await page.getByRole('button', { name: '+ Add group' }).click();
    await page.getByRole('textbox', { name: 'New group name' }).fill('Delivery');
    await page.keyboard.press('Enter');
    await milestones.focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menu', { name: 'Actions for Milestones' }).getByRole('menuitemradio', { name: 'Delivery' }).click();
    const fold = grid.getByRole('button', { name: 'Delivery', exact: true });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(milestones).toHaveCount(0);

    // An edit undone, so there is something to redo.
    const budget = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Budget', exact: true }) }).getByRole('gridcell').first();
    await budget.focus();
    await page.keyboard.press('c');
    await expect(budget).toHaveText('C');
    await undo.click();
    await expect(budget).toHaveText('');
    await expect(redo).toHaveAttribute('title', /Redo Set Budget \/ Product manager to C/);

    await page.getByRole('button', { name: /^Health/ }).click();
    await page.getByRole('region', { name: 'Health' }).getByRole('button', { name: 'Nobody is accountable for Milestones.' }).click();
    await expect(milestones).toBeInViewport();
    await expect(milestonesRow).toHaveClass(/is-highlighted/);
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    // Going to the lanes and back with the finding still selected records nothing either.
    await page.getByRole('tab', { name: 'Lanes' }).click();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(milestones).toBeVisible();
    await expect(redo).toHaveAttribute('title', /Redo Set Budget \/ Product manager to C/);
    await expect(undo).toHaveAttribute('title', /Undo Collapsed group Delivery/);

    await redo.click();
    await expect(budget).toHaveText('C');
    await expect(redo).toBeDisabled();
    // The group is still folded as stored: showing the finding changed nothing.
    await reloadWhenSaved(page);
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await expect(grid.getByRole('button', { name: 'Delivery', exact: true })).toHaveAttribute('aria-expanded', 'false');
  });

  test('marks a lane whose role has a finding: an idle role and an overloaded role', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('button', { name: '+ Add lane' }).click();
    await page.getByRole('textbox', { name: 'New lane name' }).fill('Designer');
    await page.keyboard.press('Enter');
    await expect(lane(page, 'Designer').getByRole('img', { name: 'Designer holds no letter on any task.' })).toBeVisible();
    await expect(lane(page, 'Product manager').getByRole('img')).toHaveCount(0);

    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expect(lane(page, 'Product manager').getByRole('img', { name: /^Product manager is accountable for 16 of 25 tasks/ })).toBeVisible();
    await expect(lane(page, 'Project manager').getByRole('img')).toHaveCount(0);
  });

  test('shows the workload of each role with overloaded roles marked', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('button', { name: 'Workload' }).click();
    const chart = page.getByRole('region', { name: 'Workload' });
    await expect(chart.getByRole('listitem', { name: 'Product manager: 15 responsible, 15 accountable, 0 consulted, 0 informed' })).toBeVisible();
    await expect(chart.getByRole('listitem', { name: 'Project manager: 10 responsible, 10 accountable, 0 consulted, 0 informed' })).toBeVisible();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(chart.getByRole('listitem', { name: /^Product manager: 16 responsible, 16 accountable.*Overloaded$/ })).toBeVisible();
    await expect(chart.getByText('Overloaded')).toBeVisible();
  });

  test('searches and filters tasks, then clears the filter', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('MARKET');
    await expect(page.getByText('Showing 6 of 25 tasks')).toBeVisible();
    await expect(card(page, 'Budget')).toHaveCount(0);
    await expect(card(page, 'Marketing strategy')).toBeVisible();
    await expect(lane(page, 'Project manager').getByText('No cards here match the filter.')).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('');
    await page.getByRole('combobox', { name: 'Filter by role' }).selectOption({ label: 'Project manager' });
    await expect(page.getByText('Showing 10 of 25 tasks')).toBeVisible();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Unassigned'));
    await page.getByRole('combobox', { name: 'Filter by letter' }).selectOption({ label: 'A · Accountable' });
    await expect(page.getByText('Showing 9 of 25 tasks')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Filter by finding' }).selectOption({ label: 'Nobody accountable (1)' });
    await expect(page.getByText('Showing 1 of 25 tasks')).toBeVisible();
    await expect(card(page, 'Budget')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText(/Showing/)).toHaveCount(0);
    await expect(card(page, 'Product vision')).toBeVisible();
  });

  test('reorders within a filtered lane next to the same shown neighbour', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('execute');
    await dragTo(page, card(page, 'How to execute'), card(page, 'When to execute'), 'top');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => lane(page, 'Project manager').locator('.card-title').allInnerTexts()).toEqual([
      'How to execute',
      'When to execute',
      'Project lifecycle',
      'Milestones',
      'Timeline and schedule',
      'Budget',
      'Coordinate the delivery team',
      'Build to the requirements',
      'Stakeholder expectations during delivery',
      'Close the project at launch',
    ]);
  });
});

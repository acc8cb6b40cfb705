import { expect, test, type Locator, type Page } from '@playwright/test';
import { allSaved, createBoard, dragTo, openLargeBoard } from './support/board';

/** The article template's lanes, in column order. */
const ROLES = ['Product manager', 'Project manager'] as const;
type RoleName = (typeof ROLES)[number];

async function openMatrix(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid', { name: 'RACI matrix' });
  await expect(grid).toBeVisible();
  return grid;
}

function rowOf(page: Page, title: string): Locator {
  return page.getByRole('grid').getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

function cell(page: Page, title: string, role: RoleName): Locator {
  return rowOf(page, title).getByRole('gridcell').nth(ROLES.indexOf(role));
}

/** The rows drawn top to bottom: "# Name" for a group heading, "No group", or the task's title. */
async function rowLabels(page: Page): Promise<string[]> {
  return page.locator('[role="grid"] tbody tr[data-key]').evaluateAll((rows) =>
    rows.map((row) => {
      const header = row.querySelector('th[scope="row"]');
      if (header) return header.getAttribute('aria-label') ?? '';
      const name = row.querySelector('.matrix-group-name')?.textContent ?? '';
      return name === 'No group' ? name : `# ${name}`;
    }),
  );
}

async function focusIsInGrid(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.activeElement?.closest('[role="grid"]')));
}


test.describe('matrix view', () => {
  test('shows a column per role, a row per task, and each cell’s letters', async ({ page }) => {
    await createBoard(page, { name: 'Launch plan' });
    const grid = await openMatrix(page);
    await expect(grid.getByRole('columnheader', { name: 'Product manager' })).toBeVisible();
    await expect(grid.getByRole('columnheader', { name: 'Project manager' })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: 'Budget', exact: true })).toBeVisible();
    await expect(cell(page, 'Budget', 'Project manager')).toHaveText('R/A');
    await expect(cell(page, 'Budget', 'Product manager')).toHaveText('');
    await expect(cell(page, 'Product vision', 'Product manager')).toHaveText('R/A');
  });

  test('edits the matrix with the keyboard only, and the edits persist', async ({ page }) => {
    await createBoard(page, { name: 'Keyboard board' });
    const grid = await openMatrix(page);

    // Tab reaches the grid, which is a single tab stop.
    for (let i = 0; i < 40 && !(await focusIsInGrid(page)); i += 1) await page.keyboard.press('Tab');
    expect(await focusIsInGrid(page)).toBe(true);
    await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
    await expect(cell(page, 'Product vision', 'Product manager')).toBeFocused();

    // Letters on Project manager's cell; A moves from Product manager.
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Product vision', 'Project manager')).toBeFocused();
    await page.keyboard.press('c');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('C');
    await page.keyboard.press('I');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('C/I');
    await page.keyboard.press('a');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('A/C/I');
    await expect(cell(page, 'Product vision', 'Product manager')).toHaveText('R');
    await page.keyboard.press('r');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('R/A/C/I');
    // Focus survives every re-render.
    await expect(cell(page, 'Product vision', 'Project manager')).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('a');
    await expect(cell(page, 'Product vision', 'Product manager')).toHaveText('R/A');

    // Down a row, then row start and end.
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Why the market needs it', 'Product manager')).toBeFocused();
    await page.keyboard.press('End');
    await expect(cell(page, 'Why the market needs it', 'Project manager')).toBeFocused();
    await page.keyboard.press('i');
    await expect(cell(page, 'Why the market needs it', 'Project manager')).toHaveText('I');
    await page.keyboard.press('Home');
    await expect(grid.getByRole('rowheader', { name: 'Why the market needs it' })).toBeFocused();
    await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);

    // Enter edits the title; Escape cancels, Enter saves.
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'New title for Why the market needs it' });
    await expect(title).toBeFocused();
    await title.fill('Something else');
    await page.keyboard.press('Escape');
    await expect(grid.getByRole('rowheader', { name: 'Why the market needs it' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Why the market needs this');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('rowheader', { name: 'Why the market needs this' })).toBeFocused();

    // Tab leaves the grid.
    await page.keyboard.press('Tab');
    expect(await focusIsInGrid(page)).toBe(false);

    await allSaved(page);
    await page.reload();
    await openMatrix(page);
    await expect(cell(page, 'Product vision', 'Product manager')).toHaveText('R/A');
    await expect(cell(page, 'Product vision', 'Project manager')).toHaveText('');
    await expect(cell(page, 'Why the market needs this', 'Project manager')).toHaveText('I');
  });

  test('edits the title with Enter or F2 from a letter cell, and picks letters with Space or Shift+F10', async ({ page }) => {
    await createBoard(page);
    const grid = await openMatrix(page);
    const budget = cell(page, 'Budget', 'Project manager');
    await budget.focus();

    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'New title for Budget' });
    await expect(title).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(budget).toBeFocused();
    await page.keyboard.press('F2');
    await expect(title).toBeFocused();
    await title.fill('Budget and costs');
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('rowheader', { name: 'Budget and costs', exact: true })).toBeVisible();
    const renamed = cell(page, 'Budget and costs', 'Project manager');
    await expect(renamed).toBeFocused();
    await expect(renamed).toHaveText('R/A');

    const picker = page.getByRole('dialog', { name: 'Project manager on Budget and costs' });
    await page.keyboard.press('Space');
    await expect(picker).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(renamed).toBeFocused();
    await page.keyboard.press('Shift+F10');
    await expect(picker).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(renamed).toBeFocused();
  });

  test('picks letters for a clicked cell in a popover', async ({ page }) => {
    await createBoard(page);
    await openMatrix(page);
    const target = cell(page, 'Budget', 'Product manager');
    await target.click();
    const picker = page.getByRole('dialog', { name: 'Product manager on Budget' });
    await expect(picker).toBeVisible();
    await expect(picker.getByRole('button', { name: 'Responsible' })).toBeFocused();
    await picker.getByRole('button', { name: 'Consulted' }).click();
    await expect(target).toHaveText('C');
    await expect(picker.getByRole('button', { name: 'Consulted' })).toHaveAttribute('aria-pressed', 'true');
    await picker.getByRole('button', { name: 'Informed' }).click();
    await expect(target).toHaveText('C/I');
    await picker.getByRole('button', { name: 'Accountable' }).click();
    await expect(target).toHaveText('A/C/I');
    await expect(cell(page, 'Budget', 'Project manager')).toHaveText('R');
    await picker.getByRole('button', { name: 'Clear' }).click();
    await expect(target).toHaveText('');
    await picker.getByRole('button', { name: 'Responsible' }).click();
    await expect(target).toHaveText('R');
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    await expect(target).toBeFocused();
    await allSaved(page);
    await page.reload();
    await openMatrix(page);
    await expect(cell(page, 'Budget', 'Product manager')).toHaveText('R');
  });

  test('creates, folds, renames, fills and reorders groups with the keyboard', async ({ page }) => {
    await createBoard(page, { template: 'blank', name: 'Phases' });
    const grid = await openMatrix(page);

    // Tasks and groups from the toolbar, typed.
    await page.getByRole('button', { name: '+ Add task' }).focus();
    await page.keyboard.press('Enter');
    for (const title of ['Interviews', 'Budget', 'Launch party']) {
      await page.keyboard.type(title);
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '+ Add group' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Discovery');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '+ Add group' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Delivery');
    await page.keyboard.press('Enter');
    expect(await rowLabels(page)).toEqual(['# Discovery', '# Delivery', 'No group', 'Interviews', 'Budget', 'Launch party']);

    // File Interviews under Discovery and Budget under Delivery from the row menu.
    await grid.getByRole('rowheader', { name: 'Interviews' }).focus();
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for Interviews' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitemradio', { name: 'Discovery' }).focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(grid.getByRole('rowheader', { name: 'Interviews' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(grid.getByRole('rowheader', { name: 'Budget' })).toBeFocused();
    await page.keyboard.press('ContextMenu');
    await page.getByRole('menu', { name: 'Actions for Budget' }).getByRole('menuitemradio', { name: 'Delivery' }).focus();
    await page.keyboard.press('Enter');
    expect(await rowLabels(page)).toEqual(['# Discovery', 'Interviews', '# Delivery', 'Budget', 'No group', 'Launch party']);

    // Alt+ArrowUp moves Launch party into Delivery, below Budget.
    await grid.getByRole('rowheader', { name: 'Launch party' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', 'Interviews', '# Delivery', 'Budget', 'Launch party', 'No group']);
    await expect(grid.getByRole('rowheader', { name: 'Launch party' })).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', 'Interviews', '# Delivery', 'Launch party', 'Budget', 'No group']);
    await expect(grid.getByRole('rowheader', { name: 'Launch party' })).toBeFocused();

    // Fold and unfold Delivery from its heading.
    await page.keyboard.press('ArrowUp');
    const delivery = grid.getByRole('button', { name: 'Delivery', exact: true });
    await expect(delivery).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(delivery).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', 'Interviews', '# Delivery', 'No group']);
    await page.keyboard.press('Space');
    await expect(delivery).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', 'Interviews', '# Delivery', 'Launch party', 'Budget', 'No group']);

    // Move the group up, then rename it.
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowLabels(page)).toEqual(['# Delivery', 'Launch party', 'Budget', '# Discovery', 'Interviews', 'No group']);
    await page.keyboard.press('F2');
    const name = page.getByRole('textbox', { name: 'New name for group Delivery' });
    await expect(name).toBeFocused();
    await name.fill('Build and ship');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowLabels(page)).toEqual(['# Build and ship', 'Launch party', 'Budget', '# Discovery', 'Interviews', 'No group']);

    // Fold Discovery and check everything after a reload.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => rowLabels(page)).toEqual(['# Build and ship', 'Launch party', 'Budget', '# Discovery', 'No group']);
    await allSaved(page);
    await page.reload();
    await openMatrix(page);
    await expect.poll(() => rowLabels(page)).toEqual(['# Build and ship', 'Launch party', 'Budget', '# Discovery', 'No group']);
    await expect(grid.getByRole('button', { name: 'Discovery', exact: true })).toHaveAttribute('aria-expanded', 'false');
  });

  test('deletes a group after asking, keeping its tasks', async ({ page }) => {
    await createBoard(page, { template: 'blank' });
    const grid = await openMatrix(page);
    await page.getByRole('button', { name: '+ Add task' }).click();
    await page.getByRole('textbox', { name: 'New task title' }).fill('Interviews');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '+ Add group' }).click();
    await page.getByRole('textbox', { name: 'New group name' }).fill('Discovery');
    await page.keyboard.press('Enter');
    await grid.getByRole('rowheader', { name: 'Interviews' }).click();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', 'Interviews', 'No group']);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete group “Discovery”?' });
    await expect(dialog).toContainText('Its 1 task stays on the board, without a group.');
    await dialog.getByRole('button', { name: 'Delete group' }).click();
    await expect.poll(() => rowLabels(page)).toEqual(['Interviews']);
  });

  test('deletes a task from its row heading with the keyboard, then focuses the next row', async ({ page }) => {
    await createBoard(page);
    const grid = await openMatrix(page);
    await grid.getByRole('rowheader', { name: 'Launch benefits' }).focus();
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: 'Delete “Launch benefits”?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Delete task' }).click();
    await expect(grid.getByRole('rowheader', { name: 'Launch benefits' })).toHaveCount(0);
    await expect(grid.getByRole('rowheader', { name: 'User needs and new ideas' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(grid.getByRole('rowheader', { name: 'Why the market needs it' })).toBeFocused();
  });

  test('moves a whole group by dragging its heading', async ({ page }) => {
    await createBoard(page, { template: 'blank' });
    const grid = await openMatrix(page);
    for (const name of ['Discovery', 'Delivery']) {
      await page.getByRole('button', { name: '+ Add group' }).click();
      await page.getByRole('textbox', { name: 'New group name' }).fill(name);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: '+ Add task' }).click();
    await page.getByRole('textbox', { name: 'New task title' }).fill('Budget');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await grid.getByRole('rowheader', { name: 'Budget' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rowLabels(page)).toEqual(['# Discovery', '# Delivery', 'Budget', 'No group']);
    const heading = page.locator('tr.matrix-group-row').filter({ hasText: 'Delivery' });
    await heading.hover();
    await dragTo(page, heading.locator('.matrix-grip'), page.locator('tr.matrix-group-row').filter({ hasText: 'Discovery' }), 'top');
    await expect.poll(() => rowLabels(page)).toEqual(['# Delivery', 'Budget', '# Discovery', 'No group']);
  });

  test('reorders a row by dragging its handle', async ({ page }) => {
    await createBoard(page);
    const grid = await openMatrix(page);
    const before = await rowLabels(page);
    expect(before.slice(0, 3)).toEqual(['Product vision', 'Why the market needs it', 'Launch benefits']);
    await rowOf(page, 'Launch benefits').hover();
    await dragTo(page, rowOf(page, 'Launch benefits').locator('.matrix-grip'), grid.getByRole('rowheader', { name: 'Product vision' }), 'top');
    await expect.poll(async () => (await rowLabels(page)).slice(0, 3)).toEqual(['Launch benefits', 'Product vision', 'Why the market needs it']);
    await allSaved(page);
    await page.reload();
    await openMatrix(page);
    expect((await rowLabels(page)).slice(0, 3)).toEqual(['Launch benefits', 'Product vision', 'Why the market needs it']);
  });

  test('shows rule findings on the row heading', async ({ page }) => {
    await createBoard(page);
    await openMatrix(page);
    await cell(page, 'Budget', 'Project manager').focus();
    await page.keyboard.press('a');
    await expect(cell(page, 'Budget', 'Project manager')).toHaveText('R');
    const heading = page.getByRole('rowheader', { name: 'Budget', exact: true });
    await expect(heading.locator('.matrix-badge.sev-error')).toBeVisible();
    await expect(heading.locator('.matrix-badge')).toHaveAttribute('title', /accountable/i);
  });

  test('shows only the rows the filter lets through', async ({ page }) => {
    await createBoard(page);
    await openMatrix(page);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('execute');
    await expect.poll(() => rowLabels(page)).toEqual(['When to execute', 'How to execute']);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('');
    await expect.poll(async () => (await rowLabels(page)).length).toBe(25);
  });

  test('filters the rows by role, by letter and by finding', async ({ page }) => {
    await createBoard(page);
    await openMatrix(page);
    // Budget loses its accountable role (a finding) and Product manager is consulted on it.
    await cell(page, 'Budget', 'Project manager').focus();
    await page.keyboard.press('a');
    await expect(cell(page, 'Budget', 'Project manager')).toHaveText('R');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('c');
    await expect(cell(page, 'Budget', 'Product manager')).toHaveText('C');

    const role = page.getByRole('combobox', { name: 'Filter by role' });
    const letter = page.getByRole('combobox', { name: 'Filter by letter' });
    await role.selectOption({ label: 'Project manager' });
    await expect.poll(async () => (await rowLabels(page)).length).toBe(10);
    expect(await rowLabels(page)).toContain('Budget');
    expect(await rowLabels(page)).not.toContain('Product vision');
    await letter.selectOption({ label: 'A · Accountable' });
    await expect.poll(async () => (await rowLabels(page)).length).toBe(9);
    expect(await rowLabels(page)).not.toContain('Budget');
    await role.selectOption({ label: 'Any role' });
    await letter.selectOption({ label: 'C · Consulted' });
    await expect.poll(() => rowLabels(page)).toEqual(['Budget']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('combobox', { name: 'Filter by finding' }).selectOption({ label: 'Nobody accountable (1)' });
    await expect.poll(() => rowLabels(page)).toEqual(['Budget']);
    await expect(page.getByText('Showing 1 of 25 tasks')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await rowLabels(page)).length).toBe(25);
  });

  test('keeps the header row and the task column in view when scrolled down and right', async ({ page }) => {
    await openLargeBoard(page, 'Wide board', 80, 14);
    const grid = await openMatrix(page);
    const scroller = page.locator('.matrix-scroller');
    const scrolled = await scroller.evaluate((el) => {
      el.scrollTo(el.scrollWidth, 1200);
      return { top: el.scrollTop, left: el.scrollLeft };
    });
    expect(scrolled.top).toBeGreaterThan(1000);
    expect(scrolled.left).toBeGreaterThan(200);
    await expect(grid.getByRole('rowheader', { name: 'Task 1', exact: true })).not.toBeInViewport();
    await expect(grid.getByRole('columnheader', { name: 'Product manager' })).not.toBeInViewport();

    // What is painted at the top-left of the scroller is the header row, the task column below it.
    const box = (await scroller.boundingBox())!;
    const painted = async (x: number, y: number) =>
      page.evaluate(([px, py]) => {
        const element = document.elementFromPoint(px!, py!);
        if (element?.closest('thead')) return `header: ${element.closest('th')?.textContent?.trim() ?? ''}`;
        const rowHeader = element?.closest('th[scope="row"]');
        return rowHeader ? `task: ${rowHeader.getAttribute('aria-label') ?? ''}` : 'other';
      }, [x, y]);
    expect(await painted(box.x + 10, box.y + 10)).toMatch(/^header: Task/);
    expect(await painted(box.x + box.width - 40, box.y + 10)).toMatch(/^header: Role 16/);
    expect(await painted(box.x + 10, box.y + box.height / 2)).toMatch(/^task: Task \d+/);
    const lastColumn = grid.getByRole('columnheader', { name: /^Role 16/ });
    await expect(lastColumn).toBeInViewport();
  });

  test('scrolls to and marks the task picked in the health panel', async ({ page }) => {
    await createBoard(page);
    const grid = await openMatrix(page);
    const last = 'Close the project at launch';
    await cell(page, last, 'Project manager').click();
    await page.getByRole('dialog', { name: `Project manager on ${last}` }).getByRole('button', { name: 'Accountable' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.matrix-scroller').evaluate((el) => el.scrollTo(0, 0));
    await expect(grid.getByRole('rowheader', { name: last })).not.toBeInViewport();
    await page.getByRole('button', { name: /Health/ }).click();
    await page.getByRole('button', { name: `Nobody is accountable for ${last}.` }).click();
    await expect(rowOf(page, last)).toHaveClass(/is-highlighted/);
    await expect(grid.getByRole('rowheader', { name: last })).toBeInViewport();
  });

  test('stays fast on a 1,000 x 12 matrix: only the rows on screen are drawn', { tag: '@timing' }, async ({ page }) => {
    await openLargeBoard(page, 'Big board', 1000, 10);
    const grid = await openMatrix(page);
    await expect(grid.getByRole('columnheader')).toHaveCount(13);
    await expect(grid).toHaveAttribute('aria-rowcount', '1001');
    const drawn = await grid.locator('tbody tr[data-key]').count();
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(60);

    // Scroll to the end: the last rows are drawn, the first ones are gone (all but Task 1, which
    // holds the grid's tab stop and so stays in the page).
    await page.locator('.matrix-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(grid.getByRole('rowheader', { name: 'Task 1000' })).toBeVisible();
    await expect(grid.getByRole('rowheader', { name: 'Task 2', exact: true })).toHaveCount(0);
    await expect(grid.getByRole('rowheader', { name: 'Task 1', exact: true })).toHaveCount(1);
    expect(await grid.locator('tbody tr[data-key]').count()).toBeLessThan(60);

    // Keyboard edits deep in the matrix answer at once.
    await grid.getByRole('rowheader', { name: 'Task 990' }).click();
    await page.keyboard.press('ArrowRight');
    const started = Date.now();
    for (const key of ['r', 'c', 'i', 'Delete', 'r']) await page.keyboard.press(key);
    await expect(rowOf(page, 'Task 990').getByRole('gridcell').first()).toHaveText('R');
    expect(Date.now() - started).toBeLessThan(2000);
    await page.keyboard.press('ControlOrMeta+Home');
    await expect(grid.getByRole('rowheader', { name: 'Task 1', exact: true })).toBeFocused();
    expect(await grid.locator('tbody tr[data-key]').count()).toBeLessThan(60);
  });

  test('looks right in light and dark', async ({ page }) => {
    await createBoard(page, { name: 'Launch plan' });
    const grid = await openMatrix(page);
    await page.getByRole('button', { name: '+ Add group' }).click();
    await page.getByRole('textbox', { name: 'New group name' }).fill('Strategy');
    await page.keyboard.press('Enter');
    for (const title of ['Product vision', 'Why the market needs it']) {
      await grid.getByRole('rowheader', { name: title }).click();
      await page.keyboard.press('Shift+F10');
      await page.getByRole('menuitemradio', { name: 'Strategy' }).click();
    }
    await cell(page, 'Product vision', 'Project manager').click();
    await page.keyboard.press('Escape');
    // Some consulted and informed roles, one task handed over, one left without an owner.
    for (const key of ['c', 'ArrowDown', 'i', 'ArrowDown', 'ArrowDown', 'c', 'i', 'ArrowDown', 'a', 'ArrowDown', 'i']) await page.keyboard.press(key);
    await cell(page, 'Customer-driven trade-offs', 'Product manager').focus();
    await page.keyboard.press('a');
    await cell(page, 'Marketing strategy', 'Project manager').focus();
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('i');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: '/tmp/matrix-light.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/matrix-dark.png' });
    await expect(grid).toBeVisible();
  });
});

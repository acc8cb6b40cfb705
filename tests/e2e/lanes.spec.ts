import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOLD_LIMIT_MS } from '../../src/renderer/src/board/useHoldUntilSaved';
import { TOP_SPEED } from '../../src/renderer/src/lanes/useLaneEdgeScroll';
import { card, cardTitles, createBoard, dragTo, lane, recordAnnouncements, reloadWhenSaved, openLargeBoard } from './support/board';

test.describe('lanes view', () => {
  test('creates a board from the article template with every default owner', async ({ page }) => {
    await createBoard(page, { name: 'Launch plan' });
    await expect(page.getByRole('heading', { name: 'Launch plan' })).toBeVisible();
    await expect(lane(page, 'Product manager').getByRole('listitem')).toHaveCount(15);
    await expect(lane(page, 'Project manager').getByRole('listitem')).toHaveCount(10);
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Marketing strategy')).toBeVisible();
    await expect(lane(page, 'Unassigned').getByText('Cards nobody is accountable for wait here.')).toBeVisible();
  });

  test('moves a card to the other lane with the mouse and keeps it after a reload', async ({ page }) => {
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toHaveCount(0);
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expect(lane(page, 'Project manager').getByRole('listitem')).toHaveCount(9);
  });

  // The release's own task only starts the write, and the drop renders once it is saved: on a
  // large board the render takes many frames, which the write no longer waits for.
  test('a drop starts its write in the release and renders once it is saved, with the mouse and with the keyboard', async ({ page }) => {
    await page.addInitScript(recordDropOrder, { slowWritesMs: 0 });
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expectDropSavedBeforeRendered(page);

    const heard = await recordAnnouncements(page);
    await liftMilestonesOverProductManager(page, heard);
    await page.keyboard.press('Space');
    await expect(card(lane(page, 'Product manager'), 'Milestones')).toBeVisible();
    await expectDropSavedBeforeRendered(page);
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Milestones')).toBeVisible();
  });

  test('a drop whose write is slow renders without waiting for it, and is saved', async ({ page }) => {
    await page.addInitScript(recordDropOrder, { slowWritesMs: 2_000 });
    await createBoard(page);
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect.poll(async () => (await dropEvents(page)).map(([event]) => event)).toEqual(['write', 'next task', 'render', 'saved']);
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
  });

  test('moves a card to another lane with the keyboard only, announcing names', async ({ page }) => {
    await createBoard(page);
    const heard = await recordAnnouncements(page);
    await liftMilestonesOverProductManager(page, heard);
    await page.keyboard.press('Space');
    await expect(card(lane(page, 'Product manager'), 'Milestones')).toBeVisible();
    // The card shows in its new lane from the moment it is over it; the drop is announced once saved.
    await expect.poll(async () => (await heard()).at(-1)).toBe('Milestones was dropped in Product manager. Product manager is now accountable for it.');
    const spoken = await heard();
    const boardId = page.url().split('/').pop() ?? '';
    expect(spoken.join(' ')).not.toContain(boardId.slice(0, 8));
    const taskIds = await page.locator('[data-task-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id') ?? ''));
    for (const id of taskIds) expect(spoken.join(' ')).not.toContain(id);
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Product manager'), 'Milestones')).toBeVisible();
  });

  test('reorders cards within a lane and keeps the order after a reload', async ({ page }) => {
    await createBoard(page);
    const before = await cardTitles(page, 'Project manager');
    expect(before.slice(0, 3)).toEqual(['When to execute', 'How to execute', 'Project lifecycle']);
    await dragTo(page, card(page, 'Project lifecycle'), card(page, 'When to execute'), 'top');
    await expect.poll(() => cardTitles(page, 'Project manager')).toEqual([
      'Project lifecycle',
      'When to execute',
      'How to execute',
      ...before.slice(3),
    ]);
    await reloadWhenSaved(page);
    await expect(lane(page, 'Project manager')).toBeVisible();
    expect((await cardTitles(page, 'Project manager')).slice(0, 3)).toEqual(['Project lifecycle', 'When to execute', 'How to execute']);
  });

  test('the cards that make room for a dragged card slide there, and keep no offset once it is dropped', async ({ page }) => {
    await createBoard(page);
    const moved = card(page, 'Project lifecycle');
    const passedId = await lane(page, 'Project manager').locator('[data-task-id]').filter({ has: card(page, 'How to execute') }).getAttribute('data-task-id');
    // The slide is short: the cards whose transform starts a transition are recorded as it starts.
    await page.evaluate(() => {
      const slid: string[] = [];
      (window as unknown as { __slid: string[] }).__slid = slid;
      document.addEventListener('transitionrun', (event) => {
        const item = event.target instanceof HTMLElement ? event.target : null;
        if (event.propertyName === 'transform' && item?.matches('.card-item')) slid.push(item.dataset.taskId ?? '');
      });
    });
    const from = await moved.boundingBox();
    const over = await card(page, 'How to execute').boundingBox();
    if (!from || !over) throw new Error('not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 8, { steps: 4 });
    // Up past the middle of the card above: that card moves down to make room, sliding.
    await page.mouse.move(over.x + over.width / 2, over.y + 6, { steps: 8 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __slid: string[] }).__slid)).toContain(passedId);
    await page.mouse.up();
    await expect.poll(async () => (await cardTitles(page, 'Project manager')).slice(0, 3)).toEqual(['When to execute', 'Project lifecycle', 'How to execute']);
    // Once everything has settled no card is left offset from its place.
    await expect.poll(() => page.locator('.card-item').evaluateAll((items) => items.filter((item) => (item as HTMLElement).style.transform !== '').length)).toBe(0);
  });

  test('reorders among the cards a search shows, keeping the hidden cards where they were', async ({ page }) => {
    await createBoard(page);
    const before = await cardTitles(page, 'Project manager');
    const coordinate = before.indexOf('Coordinate the delivery team');
    const stakeholders = before.indexOf('Stakeholder expectations during delivery');
    // A hidden card lies between the two the search shows.
    expect(stakeholders - coordinate).toBeGreaterThan(1);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('deliver');
    await expect.poll(() => cardTitles(page, 'Project manager')).toEqual(['Coordinate the delivery team', 'Stakeholder expectations during delivery']);
    await dragTo(page, card(page, 'Stakeholder expectations during delivery'), card(page, 'Coordinate the delivery team'), 'top');
    await expect.poll(() => cardTitles(page, 'Project manager')).toEqual(['Stakeholder expectations during delivery', 'Coordinate the delivery team']);
    await page.getByRole('searchbox', { name: 'Search tasks' }).fill('');
    const expected = before.filter((title) => title !== 'Stakeholder expectations during delivery');
    expected.splice(coordinate, 0, 'Stakeholder expectations during delivery');
    await expect.poll(() => cardTitles(page, 'Project manager')).toEqual(expected);
    await reloadWhenSaved(page);
    await expect(lane(page, 'Project manager')).toBeVisible();
    expect(await cardTitles(page, 'Project manager')).toEqual(expected);
  });

  test('reorders within a lane with the keyboard', async ({ page }) => {
    await createBoard(page);
    const heard = await recordAnnouncements(page);
    await card(page, 'How to execute').focus();
    await liftFocusedCard(page, heard, 'Picked up How to execute in Project manager.');
    await page.keyboard.press('ArrowUp');
    await expect.poll(heard).toContain('How to execute is over Project manager, position 1 of 10.');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await cardTitles(page, 'Project manager')).slice(0, 2)).toEqual(['How to execute', 'When to execute']);
  });

  test('Escape cancels a drag and puts the card back', async ({ page }) => {
    await createBoard(page);
    const budget = card(page, 'Budget');
    const from = await budget.boundingBox();
    const to = await lane(page, 'Product manager').boundingBox();
    if (!from || !to) throw new Error('not on screen');
    await page.mouse.move(from.x + 20, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Budget')).toHaveCount(0);
  });

  test('Escape during a keyboard drag puts the card back where it was', async ({ page }) => {
    await createBoard(page);
    const heard = await recordAnnouncements(page);
    const before = { project: await cardTitles(page, 'Project manager'), product: await cardTitles(page, 'Product manager') };
    await liftMilestonesOverProductManager(page, heard);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await heard()).at(-1)).toBe('Moving Milestones was cancelled. It is back in Project manager.');
    await expect(card(lane(page, 'Project manager'), 'Milestones')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Milestones')).toHaveCount(0);
    // Same place in the same lane, and nothing else moved.
    expect(await cardTitles(page, 'Project manager')).toEqual(before.project);
    expect(await cardTitles(page, 'Product manager')).toEqual(before.product);
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Project manager'), 'Milestones')).toBeVisible();
    expect(await cardTitles(page, 'Project manager')).toEqual(before.project);
  });

  test('a card shows the letters the other roles hold on its task', async ({ page }) => {
    await createBoard(page);
    const budget = card(lane(page, 'Project manager'), 'Budget');
    // Owned by Project manager (R/A) and nobody else: no other role's letters yet.
    await expect(budget).toHaveAccessibleName('Budget');
    await expect(budget.locator('.chip')).toHaveCount(0);

    // Product manager is consulted, then also informed, through the matrix.
    await page.getByRole('tab', { name: 'Matrix' }).click();
    const grid = page.getByRole('grid', { name: 'RACI matrix' });
    const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Budget', exact: true }) });
    await row.getByRole('gridcell').nth(0).click();
    const picker = page.getByRole('dialog', { name: 'Product manager on Budget' });
    await picker.getByRole('button', { name: 'Consulted' }).click();
    await expect(row.getByRole('gridcell').nth(0)).toHaveText('C');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Lanes' }).click();

    const consulted = card(lane(page, 'Project manager'), 'Budget');
    await expect(consulted).toHaveAccessibleName('Budget. Product manager C');
    // Seen as well as heard: one chip, the role's name and its letter.
    await expect(consulted.locator('.chip')).toHaveCount(1);
    await expect(consulted.locator('.chip')).toContainText('Product manager');
    await expect(consulted.locator('.chip b')).toHaveText('C');
    // The lane's own role shows its letters in R, A, C, I order, and they are not repeated as a chip.
    await expect(consulted.locator('.owner-letters')).toHaveText('R/A');

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await row.getByRole('gridcell').nth(0).click();
    await picker.getByRole('button', { name: 'Informed' }).click();
    await expect(row.getByRole('gridcell').nth(0)).toHaveText('C/I');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Lanes' }).click();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toHaveAccessibleName('Budget. Product manager C/I');
    await expect(card(lane(page, 'Project manager'), 'Budget').locator('.chip b')).toHaveText('C/I');

    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Project manager'), 'Budget')).toHaveAccessibleName('Budget. Product manager C/I');
  });

  test('adds, renames and deletes a task in place', async ({ page }) => {
    await createBoard(page, { template: 'blank' });
    await lane(page, 'Product manager').getByRole('button', { name: 'Add a task to Product manager' }).click();
    const input = page.getByRole('textbox', { name: 'Add a task to Product manager' });
    await input.fill('   ');
    await input.press('Enter');
    // Refused: no card, and the field stays open for a real title.
    await expect(input).toBeFocused();
    await expect(lane(page, 'Product manager').locator('[data-task-id]')).toHaveCount(0);
    await expect(page.locator('[data-task-id]')).toHaveCount(0);
    await input.fill('Pricing 価格 — ñandú');
    await input.press('Enter');
    await expect(card(lane(page, 'Product manager'), 'Pricing 価格 — ñandú')).toBeVisible();
    await input.press('Escape');

    await page.getByRole('button', { name: 'Rename Pricing 価格 — ñandú' }).click();
    const title = page.getByRole('textbox', { name: 'New title for Pricing 価格 — ñandú' });
    await title.fill('');
    await title.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /title/i })).toBeVisible();
    await title.fill(' \t  ');
    await title.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: /title/i })).toBeVisible();
    await expect(title).toBeVisible();
    await title.fill('Pricing model');
    await title.press('Enter');
    await expect(card(page, 'Pricing model')).toBeVisible();

    await page.getByRole('button', { name: 'Delete Pricing model' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete “Pricing model”/ });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(card(page, 'Pricing model')).toBeVisible();
    await page.getByRole('button', { name: 'Delete Pricing model' }).click();
    await page.getByRole('dialog', { name: /Delete “Pricing model”/ }).getByRole('button', { name: 'Delete task' }).click();
    await expect(card(page, 'Pricing model')).toHaveCount(0);
    await reloadWhenSaved(page);
    await expect(lane(page, 'Product manager')).toBeVisible();
    await expect(card(page, 'Pricing model')).toHaveCount(0);
  });

  test('adds, renames, recolours, reorders and deletes lanes', async ({ page }) => {
    await createBoard(page);
    await page.getByRole('button', { name: '+ Add lane' }).click();
    await page.getByRole('textbox', { name: 'New lane name' }).fill('Designer');
    await page.getByRole('textbox', { name: 'New lane name' }).press('Enter');
    const designer = lane(page, 'Designer');
    await expect(designer).toBeVisible();
    await expect(designer.getByText('Drop a card here to make Designer accountable.')).toBeVisible();

    await page.getByRole('button', { name: 'Rename lane Designer' }).click();
    await page.getByRole('textbox', { name: 'New name for lane Designer' }).fill('UX designer');
    await page.getByRole('textbox', { name: 'New name for lane Designer' }).press('Enter');
    await expect(lane(page, 'UX designer')).toBeVisible();

    await page.getByLabel('Colour of UX designer').fill('#ff0000');
    await page.getByRole('button', { name: 'Move UX designer left' }).click();
    const names = await page.locator('section.lane').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(names).toEqual(['Unassigned', 'Product manager', 'UX designer', 'Project manager']);

    await page.getByRole('button', { name: 'Delete lane Project manager' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete lane “Project manager”/ });
    await expect(confirm.getByText(/10 tasks it is accountable for will move to Unassigned/)).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete lane' }).click();
    await expect(lane(page, 'Project manager')).toHaveCount(0);
    await expect(lane(page, 'Unassigned').getByRole('listitem')).toHaveCount(10);

    await reloadWhenSaved(page);
    await expect(lane(page, 'UX designer')).toBeVisible();
    await expect(lane(page, 'Unassigned').getByRole('listitem')).toHaveCount(10);
    const colour = await page.getByLabel('Colour of UX designer').inputValue();
    expect(colour).toBe('#ff0000');
  });

  test('follows the system theme: dark and light each give a matching background and readable text', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await createBoard(page);
    const budget = card(lane(page, 'Project manager'), 'Budget');
    const light = await themeColours(page, budget);
    expect(light.page.background).toBeGreaterThan(0.8);
    expect(light.card.background).toBeGreaterThan(0.8);
    expect(light.page.contrast).toBeGreaterThanOrEqual(7);
    expect(light.card.contrast).toBeGreaterThanOrEqual(4.5);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await themeColours(page, budget)).page.background).toBeLessThan(0.05);
    const dark = await themeColours(page, budget);
    expect(dark.card.background).toBeLessThan(0.05);
    expect(dark.page.text).toBeGreaterThan(0.6);
    expect(dark.page.contrast).toBeGreaterThanOrEqual(7);
    expect(dark.card.contrast).toBeGreaterThanOrEqual(4.5);

    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await themeColours(page, budget)).page.background).toBeGreaterThan(0.8);
  });

  test('a long lane mounts only the cards on screen, shows each one as it scrolls, and drags from deep in it', async ({ page }) => {
    await openLargeBoard(page, 'Big board', 900, 2);
    const product = lane(page, 'Product manager');
    const count = product.locator('.lane-count');
    await expect(count).toHaveText(/^\d+$/);
    const total = Number(await count.textContent());
    expect(total).toBeGreaterThan(60);
    // Only the cards in and near the lane's view are in the page, each telling where it sits.
    const mounted = await product.locator('[data-task-id]').count();
    expect(mounted).toBeGreaterThan(5);
    expect(mounted).toBeLessThan(total / 2);
    await expect(product.locator('[data-task-id]').first()).toHaveAttribute('aria-posinset', '1');
    await expect(product.locator('[data-task-id]').first()).toHaveAttribute('aria-setsize', String(total));

    // Scrolled to its end, the lane shows its last card and has let go of its first.
    const last = await scrollLaneToEnd(product, total);
    await expect(product.locator('[data-task-id][aria-posinset="1"]')).toHaveCount(0);
    expect(await product.locator('[data-task-id]').count()).toBeLessThan(total / 2);

    // The last card, dragged to another lane, lands there and stays after a reload.
    const title = await last.locator('.card-title').innerText();
    await dragTo(page, last.locator('.card'), lane(page, 'Project manager'), 'top');
    await expect(card(lane(page, 'Project manager'), title)).toBeVisible();
    await expect(count).toHaveText(String(total - 1));
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Project manager'), title)).toBeVisible();
    await expect(lane(page, 'Product manager').locator('.lane-count')).toHaveText(String(total - 1));
  });

  test('a card held at the bottom of a long lane scrolls it, and lands where it was let go', async ({ page }) => {
    // The scroll takes several seconds on a loaded machine.
    test.slow();
    const { product, list, total } = await openLongProductLane(page);
    const moved = lane(page, 'Project manager').locator('[data-task-id]').first();
    const title = await moved.locator('.card-title').innerText();
    const from = await moved.locator('.card').boundingBox();
    const box = await list.boundingBox();
    if (!from || !box) throw new Error('not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6, { steps: 20 });
    // Held still near the list's bottom edge, the list scrolls on its own (at most 18 px a frame, and
    // a loaded machine draws few frames of this board a second).
    await expect.poll(() => list.evaluate((element) => element.scrollTop), { timeout: 15_000 }).toBeGreaterThan(600);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    // Where the card is held now, among the cards scrolled into view, is where it lands.
    await expect(product.locator('[data-task-id] .card.is-dragging')).toHaveCount(1);
    const position = Number(await product.locator('[data-task-id]:has(.card.is-dragging)').getAttribute('aria-posinset'));
    expect(position).toBeGreaterThan(10);
    await page.mouse.up();
    const landed = product.locator(`[data-task-id][aria-posinset="${position}"]`);
    await expect(landed.locator('.card-title')).toHaveText(title);
    await expect(product.locator('.lane-count')).toHaveText(String(total + 1));
    // The list stays scrolled, not back at its top (at its very end the drop's new heights can pull
    // the greatest scroll back a little, so not to the pixel).
    expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(500);
    await reloadWhenSaved(page);
    await expect(lane(page, 'Product manager').locator('.lane-count')).toHaveText(String(total + 1));
  });

  test('a card held at either side of a row of lanes wider than the window scrolls the row, and lands in the lane under it', async ({ page }) => {
    // Each scroll takes a few seconds on a loaded machine.
    test.slow();
    await openLargeBoard(page, 'Wide board', 60, 5);
    const row = page.getByRole('group', { name: 'Lanes' });
    const scrollLeft = () => row.evaluate((element) => element.scrollLeft);
    const farthest = lane(page, 'Role 7');
    await expect(farthest).not.toBeInViewport();
    const moved = lane(page, 'Unassigned').locator('[data-task-id]').first();
    const title = await moved.locator('.card-title').innerText();
    const from = await moved.locator('.card').boundingBox();
    const box = await row.boundingBox();
    const middle = await lane(page, 'Project manager').boundingBox();
    if (!from || !box || !middle) throw new Error('not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 5 });
    // Held over a lane 200 px from the row's right side, well inside the window, the row stays
    // where it is (dnd-kit's own auto-scroll, which is off, would scroll it from 20% of the width).
    await page.mouse.move(box.x + box.width - 200, middle.y + 60, { steps: 5 });
    await page.waitForTimeout(300);
    expect(await scrollLeft()).toBe(0);
    // Held near the row's right side, the row scrolls on its own, steadily, to its far end.
    await page.mouse.move(box.x + box.width - 10, box.y + box.height / 2, { steps: 5 });
    const steps = await frameSteps(row, 30);
    expect(Math.max(...steps)).toBeGreaterThan(0);
    expect(Math.max(...steps)).toBeLessThanOrEqual(TOP_SPEED);
    await expect(farthest).toBeInViewport({ ratio: 0.9, timeout: 20_000 });
    // Near its left side, it scrolls back.
    await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 5 });
    await expect.poll(scrollLeft, { timeout: 20_000 }).toBe(0);
    // The card lands in the lane it is let go over.
    const target = await lane(page, 'Role 3').boundingBox();
    if (!target) throw new Error('not on screen');
    await page.mouse.move(target.x + target.width / 2, target.y + 60, { steps: 5 });
    await page.mouse.up();
    await expect(card(lane(page, 'Role 3'), title)).toBeVisible();
    await reloadWhenSaved(page);
    await expect(card(lane(page, 'Role 3'), title)).toBeVisible();
  });

  test('a card moved down a long lane with the keyboard scrolls the lane with it, one place per key', async ({ page }) => {
    const { product, list, total } = await openLongProductLane(page);
    const first = product.locator('[data-task-id][aria-posinset="1"]');
    const title = await first.locator('.card-title').innerText();
    const heard = await recordAnnouncements(page);
    await first.locator('.card').focus();
    await liftFocusedCard(page, heard, `Picked up ${title} in Product manager.`);
    // Each key once the card has moved on screen, as someone watching it would press the next.
    const placeholder = product.locator('[data-task-id]:has(.card.is-dragging)');
    for (let step = 2; step <= 25; step += 1) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await heard()).at(-1)).toBe(`${title} is over Product manager, position ${step} of ${total}.`);
      await expect(placeholder).toHaveAttribute('aria-posinset', String(step));
    }
    expect(await list.evaluate((element) => element.scrollTop)).toBeGreaterThan(300);
    await page.keyboard.press('Space');
    await expect(product.locator('[data-task-id][aria-posinset="25"] .card-title')).toHaveText(title);
    await reloadWhenSaved(page);
    await lane(page, 'Product manager').locator('.card-list').evaluate((element) => element.scrollTo(0, 1200));
    await expect(lane(page, 'Product manager').locator('[data-task-id][aria-posinset="25"] .card-title')).toHaveText(title);
  });

  test('long lanes scrolled out of sight sideways mount no cards until they scroll back', async ({ page }) => {
    await openLargeBoard(page, 'Wide board', 1200, 10);
    const first = lane(page, 'Unassigned');
    // The rightmost lane long enough to mount only part of its cards.
    const lanes = page.locator('section.lane');
    await expect(lanes).toHaveCount(13);
    const counts = await lanes.locator('.lane-count').allTextContents();
    const farIndex = counts.map(Number).findLastIndex((count) => count > 40);
    expect(farIndex).toBeGreaterThan(8);
    const far = lanes.nth(farIndex);
    await expect(first.locator('[data-task-id]').first()).toBeInViewport();
    // Twelve lanes do not fit the window: the far one is laid out but holds no cards yet.
    await expect(far).not.toBeInViewport();
    await expect(far.locator('[data-task-id]')).toHaveCount(0);

    // Scrolled to the end of the row, the far lane shows its first cards and the first lane lets go of its.
    await page.locator('.lanes').evaluate((row) => row.scrollTo(row.scrollWidth, 0));
    await expect(far.locator('[data-task-id][aria-posinset="1"]')).toBeInViewport();
    await expect(first.locator('[data-task-id]')).toHaveCount(0);

    // And back: the first lane's cards return where they were.
    await page.locator('.lanes').evaluate((row) => row.scrollTo(0, 0));
    await expect(first.locator('[data-task-id][aria-posinset="1"]')).toBeInViewport();
    await expect(far.locator('[data-task-id]')).toHaveCount(0);
  });

  test('keeps the card with the keyboard focus mounted however far its lane or the row scrolls', async ({ page }) => {
    await openLargeBoard(page, 'Wide board', 1200, 10);
    const pool = lane(page, 'Unassigned');
    const total = Number(await pool.locator('.lane-count').textContent());
    expect(total).toBeGreaterThan(40);
    const focused = pool.locator('[data-task-id][aria-posinset="2"] .card');
    await focused.focus();
    await expect(focused).toBeFocused();

    // Down the lane: the first cards go, the focused one stays, with room kept above and below it.
    await scrollLaneToEnd(pool, total);
    await expect(pool.locator('[data-task-id][aria-posinset="1"]')).toHaveCount(0);
    await expect(focused).toBeFocused();
    await expect(focused).not.toBeInViewport();

    // Along the row, out of sight: the lane keeps its cards while one of them has the focus.
    await page.locator('.lanes').evaluate((row) => row.scrollTo(row.scrollWidth, 0));
    await expect(pool).not.toBeInViewport();
    await page.waitForTimeout(300);
    await expect(focused).toBeFocused();

    // Back to it: the keyboard goes on from the card, in its place.
    await page.locator('.lanes').evaluate((row) => row.scrollTo(0, 0));
    await pool.locator('ul.card-list').evaluate((list) => list.scrollTo(0, 0));
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(pool.locator('[data-task-id][aria-posinset="3"] .card')).toBeFocused();
  });

  test('scrolls a long lane to the task picked in the health panel', async ({ page }) => {
    await openLargeBoard(page, 'Big board', 600, 2);
    const pool = lane(page, 'Unassigned');
    const total = Number(await pool.locator('.lane-count').textContent());
    expect(total).toBeGreaterThan(40);
    // The pool's last task is far below what the lane has mounted.
    await page.getByRole('button', { name: /Health/ }).click();
    const findings = page.getByRole('button', { name: /^Nobody is accountable for Task \d+\.$/ });
    await expect(findings.first()).toBeVisible();
    const lastFinding = (await findings.last().textContent()) ?? '';
    const lastTitle = /Nobody is accountable for (Task \d+)\./.exec(lastFinding)?.[1] ?? '';
    expect(lastTitle).not.toBe('');
    await expect(card(pool, lastTitle)).toHaveCount(0);

    await findings.last().click();
    await expect(card(pool, lastTitle)).toBeInViewport();
    await expect(pool.locator('.card-item.is-highlighted')).toHaveCount(1);
  });
});

/**
 * Scrolls a long lane to its end until its last card is in view, and returns that card. Cards not
 * yet measured count at an estimated height, so the end can move once they are: scroll again, as a
 * person would.
 */
async function scrollLaneToEnd(laneLocator: Locator, total: number): Promise<Locator> {
  const last = laneLocator.locator(`[data-task-id][aria-posinset="${total}"]`);
  await expect(async () => {
    await laneLocator.locator('ul.card-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect(last).toBeInViewport({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  return last;
}

interface ThemeColours {
  /** Relative luminance (WCAG) of the background and of the text, and their contrast ratio. */
  readonly background: number;
  readonly text: number;
  readonly contrast: number;
}

/** The page's and a card's background and text colours, as luminances and their contrast. */
async function themeColours(page: Page, cardLocator: Locator): Promise<{ page: ThemeColours; card: ThemeColours }> {
  const bodyColours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, text: style.color };
  });
  const cardColours = await cardLocator.evaluate((element) => {
    const title = element.querySelector('.card-title') ?? element;
    return { background: getComputedStyle(element).backgroundColor, text: getComputedStyle(title).color };
  });
  return { page: measure(bodyColours), card: measure(cardColours) };
}

function measure(colours: { background: string; text: string }): ThemeColours {
  const background = luminance(colours.background);
  const text = luminance(colours.text);
  const contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
  return { background, text, contrast };
}

/** WCAG relative luminance of an opaque CSS rgb()/rgba() colour. */
function luminance(cssColour: string): number {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/.exec(cssColour);
  if (match === null) throw new Error(`not an rgb colour: ${cssColour}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`not opaque: ${cssColour}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  
});
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * Page script: from each release of a drag (pointer up, or Space or Enter: the key that lifts a card
 * starts a recording too, which the key that drops it replaces), records in order when the app
 * opened a write on the boards' database and when that write was saved, when the release's task had
 * ended (a message posted at the release arrives) and when the page first changed. With
 * `slowWritesMs`, every release first holds the boards' rows in a transaction of its own for that
 * long, so the app's write waits behind it, as on a busy disk.
 */
function recordDropOrder({ slowWritesMs }: { slowWritesMs: number }): void {
  const page = window as unknown as { __dropOrder: [string, number][] | null };
  page.__dropOrder = null;
  let releasedAt = 0;
  let slowing = false;
  let connection: IDBDatabase | null = null;
  const openConnection = () => {
    if (connection) return;
    const request = indexedDB.open('raci-board');
    request.onsuccess = () => (connection = request.result);
  };
  const holdBoardRows = () => {
    if (!connection) return;
    slowing = true;
    const store = connection.transaction('boards', 'readwrite').objectStore('boards');
    slowing = false;
    const until = performance.now() + slowWritesMs;
    const spin = () => {
      if (performance.now() < until) store.count().onsuccess = spin;
    };
    spin();
  };
  const startRecording = () => {
    if (slowWritesMs > 0) holdBoardRows();
    const order: [string, number][] = [];
    page.__dropOrder = order;
    releasedAt = performance.now();
    const observer = new MutationObserver(() => {
      order.push(['render', performance.now() - releasedAt]);
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const channel = new MessageChannel();
    channel.port1.onmessage = () => order.push(['next task', performance.now() - releasedAt]);
    channel.port2.postMessage(null);
  };
  window.addEventListener('pointerup', startRecording, { capture: true });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.code === 'Space' || event.code === 'Enter') startRecording();
    },
    { capture: true },
  );
  const openTransaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const transaction = openTransaction.apply(this, args);
    const order = page.__dropOrder;
    if (!slowing && args[1] === 'readwrite' && this.name === 'raci-board' && order && !order.some(([event]) => event === 'write')) {
      order.push(['write', performance.now() - releasedAt]);
      transaction.addEventListener('complete', () => order.push(['saved', performance.now() - releasedAt]));
    }
    return transaction;
  };
  if (slowWritesMs > 0) window.addEventListener('pointerdown', openConnection, { capture: true });
}

/** How far `element` scrolled sideways in each of the next `frames` animation frames. */
async function frameSteps(element: Locator, frames: number): Promise<number[]> {
  return element.evaluate(
    (target, count) =>
      new Promise<number[]>((resolve) => {
        const steps: number[] = [];
        let last = target.scrollLeft;
        const sample = () => {
          steps.push(Math.abs(target.scrollLeft - last));
          last = target.scrollLeft;
          if (steps.length < count) requestAnimationFrame(sample);
          else resolve(steps);
        };
        requestAnimationFrame(sample);
      }),
    frames,
  );
}

/** Opens a board of 900 tasks whose Product manager lane is long: the lane, its scrolling list and its card count. */
async function openLongProductLane(page: Page): Promise<{ product: Locator; list: Locator; total: number }> {
  await openLargeBoard(page, 'Big board', 900, 2);
  const product = lane(page, 'Product manager');
  await expect(product.locator('.lane-count')).toHaveText(/^\d+$/);
  return { product, list: product.locator('.card-list'), total: Number(await product.locator('.lane-count').textContent()) };
}

/**
 * Lifts the focused card with Space and waits until the drag listens for arrow keys. dnd-kit's
 * keyboard sensor starts listening in a zero-delay timer queued as the drag starts, which a loaded
 * machine can run after the "Picked up" announcement is read out; a key pressed before it is lost.
 * A zero-delay timer queued now runs after that one.
 */
async function liftFocusedCard(page: Page, heard: () => Promise<string[]>, announcement: string): Promise<void> {
  await page.keyboard.press('Space');
  await expect.poll(heard).toContain(announcement);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
}

/** Lifts Milestones from the keyboard and moves it over the Product manager lane, waiting for each step's announcement. */
async function liftMilestonesOverProductManager(page: Page, heard: () => Promise<string[]>): Promise<void> {
    await card(lane(page, 'Project manager'), 'Milestones').focus();
    await liftFocusedCard(page, heard, 'Picked up Milestones in Project manager.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await heard()).some((text) => text.startsWith('Milestones is over Product manager'))).toBe(true);
}

/** What recordDropOrder saw since the last release, in order, with when (ms after the release). */
async function dropEvents(page: Page): Promise<[string, number][]> {
  return page.evaluate(() => [...((window as unknown as { __dropOrder: [string, number][] | null }).__dropOrder ?? [])]);
}

/**
 * Waits until the last release's write is saved and the page has changed, and checks the drop's
 * order: the write opened within the release, the page changed only in a later task, and not
 * before the write was saved unless the save took longer than the render waits for one.
 */
async function expectDropSavedBeforeRendered(page: Page): Promise<void> {
  await expect.poll(async () => (await dropEvents(page)).length).toBe(4);
  const events = await dropEvents(page);
  const at = new Map(events);
  expect(events.map(([event]) => event).slice(0, 2)).toEqual(['write', 'next task']);
  const renderedAt = at.get('render') ?? 0;
  const savedAt = at.get('saved') ?? Infinity;
  expect(renderedAt >= savedAt || renderedAt >= HOLD_LIMIT_MS, `rendered at ${renderedAt.toFixed(0)} ms, saved at ${savedAt.toFixed(0)} ms`).toBe(true);
}

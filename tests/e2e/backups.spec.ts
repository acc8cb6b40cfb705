/**
 * Backups in the web edition: the same scheduler and screen as the desktop app, with the browser's
 * own backups database standing in for the backups folder. Backups are started the way a person
 * starts them: by opening the app again, or by leaving the page (the page is hidden).
 */
import { expect, test, type Page } from '@playwright/test';
import { card, cardTitles, createBoard, dragTo, lane, reloadWhenSaved } from './support/board';

/** What the page hears when the user switches tab or minimises the window. */
async function hidePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    // Back to the browser's own answer: the page is on screen again.
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
}

/** Home, by the brand link every screen has ("All boards" on a board), then Restore from backup. */
async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^(RACI Board|All boards)$/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
}

async function openBackups(page: Page): Promise<void> {
  await goHome(page);
  await page.getByRole('link', { name: 'Restore from backup' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from backup' })).toBeVisible();
}

function backupsOf(page: Page, boardName: string) {
  return page.getByRole('list', { name: `Backups of ${boardName}` }).getByRole('listitem');
}

async function restore(page: Page, boardName: string, index: number): Promise<void> {
  await backupsOf(page, boardName).nth(index).getByRole('button', { name: new RegExp(`^Restore ${boardName} from `) }).click();
  const dialog = page.getByRole('dialog', { name: `Restore “${boardName}”?` });
  await expect(dialog).toContainText('The board it was copied from is not changed.');
  await dialog.getByRole('button', { name: 'Restore as a new board' }).click();
}

test.describe('backups', () => {
  test('shows that there is nothing to restore when no board was ever backed up', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Restore from backup' }).click();
    await expect(page.getByRole('heading', { name: 'No backups yet' })).toBeVisible();
  });

  test('backs up a board when the app opens again, and restores it as a new board with the same tasks', async ({ page }) => {
    await createBoard(page, { name: 'Launch plan' });
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    const before = { product: await cardTitles(page, 'Product manager'), project: await cardTitles(page, 'Project manager'), pool: await cardTitles(page, 'Unassigned') };

    // Opening the app again backs up every board changed since its last backup (the move saved first).
    await reloadWhenSaved(page);
    await expect(lane(page, 'Product manager')).toBeVisible();
    await openBackups(page);
    await expect(backupsOf(page, 'Launch plan')).toHaveCount(1);
    await expect(backupsOf(page, 'Launch plan').first()).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);
    await expect(backupsOf(page, 'Launch plan').first()).toContainText(/\d+ KB/);

    await restore(page, 'Launch plan', 0);
    await expect(page.getByRole('heading', { name: /^Launch plan \(restored \d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/ })).toBeVisible();
    expect(await cardTitles(page, 'Product manager')).toEqual(before.product);
    expect(await cardTitles(page, 'Project manager')).toEqual(before.project);
    expect(await cardTitles(page, 'Unassigned')).toEqual(before.pool);

    // A new board beside the original, which is still there.
    await goHome(page);
    const boards = page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem');
    await expect(boards).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Launch plan', exact: true })).toBeVisible();
  });

  test('backs up a changed board when the page is hidden, and restores an earlier version', async ({ page }) => {
    await createBoard(page, { name: 'Hiring' });
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await hidePage(page);
    await openBackups(page);
    await expect(backupsOf(page, 'Hiring')).toHaveCount(1);

    await goHome(page);
    await page.getByRole('link', { name: 'Hiring', exact: true }).click();
    await dragTo(page, card(page, 'Budget'), lane(page, 'Product manager'));
    await expect(card(lane(page, 'Product manager'), 'Budget')).toBeVisible();
    await hidePage(page);
    // Hiding the page again without a change writes nothing more.
    await hidePage(page);
    await openBackups(page);
    await expect(backupsOf(page, 'Hiring')).toHaveCount(2);

    // The older backup (listed second) is from before Budget moved.
    await restore(page, 'Hiring', 1);
    await expect(page.getByRole('heading', { name: /^Hiring \(restored / })).toBeVisible();
    await expect(card(lane(page, 'Project manager'), 'Budget')).toBeVisible();
    await expect(card(lane(page, 'Product manager'), 'Budget')).toHaveCount(0);
  });

  test('says plainly that a damaged backup cannot be restored, and creates nothing', async ({ page }) => {
    await createBoard(page, { name: 'Fragile' });
    await hidePage(page);
    await openBackups(page);
    await expect(backupsOf(page, 'Fragile')).toHaveCount(1);

    // Damage the stored snapshot, as a failing disk or a bad copy would.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('raci-board-backups');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction('snapshots', 'readwrite');
            const store = transaction.objectStore('snapshots');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const snapshot of all.result as { id: string; json: string }[]) store.put({ id: snapshot.id, json: snapshot.json.slice(0, 40) });
            };
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );

    await restore(page, 'Fragile', 0);
    await expect(page.getByRole('alert')).toContainText('This backup is damaged and cannot be restored.');
    await expect(page.getByRole('alert')).toContainText('Nothing was restored');
    await page.getByRole('link', { name: 'Back to your boards' }).click();
    await expect(page.getByRole('list', { name: 'Saved boards' }).getByRole('listitem')).toHaveCount(1);
  });
});

import { expect, type Locator, type Page } from '@playwright/test';

export const ARTICLE_TEMPLATE = 'Product vs project manager (article defaults)';

/** Creates a board from the home screen and waits for its lanes. */
export async function createBoard(page: Page, options: { name?: string; template?: 'article' | 'blank' } = {}): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New board' }).click();
  const dialog = page.getByRole('dialog', { name: 'New board' });
  if (options.name !== undefined) await dialog.getByLabel('Board name').fill(options.name);
  await dialog.getByRole('radio', { name: options.template === 'blank' ? 'Blank board' : ARTICLE_TEMPLATE }).check();
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(lane(page, 'Unassigned')).toBeVisible();
}

export function lane(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** A card: its accessible name begins with the task's title. */
export function card(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}(\\.|$)`) });
}

/** The titles of a lane's cards, top to bottom. */
export async function cardTitles(page: Page, laneName: string): Promise<string[]> {
  return lane(page, laneName).locator('.card-title').allInnerTexts();
}

/** Waits until the board says every edit on screen is stored. */
export async function allSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 15_000 });
}

/**
 * Reloads the page once every edit on screen is saved. A reload while a write is still in flight
 * loses that edit, as closing the app would; a test that checks what survives a reload waits first.
 */
export async function reloadWhenSaved(page: Page): Promise<void> {
  await allSaved(page);
  await page.reload();
}

/** A pointer drag the way a person does it: press, move in small steps, release. */
export async function dragTo(page: Page, source: Locator, target: Locator, where: 'center' | 'top' | 'bottom' = 'center'): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Drag source or target is not on screen.');
  const targetY = where === 'top' ? to.y + 4 : where === 'bottom' ? to.y + to.height - 4 : to.y + to.height / 2;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, targetY, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, targetY + 1, { steps: 2 });
  await page.mouse.up();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Records every drag announcement a screen reader would hear. dnd-kit's live region keeps only the
 * latest one, so the test collects them as they are written.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __announcements: string[] }).__announcements = heard;
    new MutationObserver(() => {
      const region = document.querySelector('[id^="DndLiveRegion"]');
      const text = region?.textContent ?? '';
      if (text && heard[heard.length - 1] !== text) heard.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { __announcements: string[] }).__announcements]);
}

/**
 * Creates a blank board named `name`, writes `tasks` tasks and `extraRoles` more roles (2 +
 * `extraRoles` lanes) straight into IndexedDB, as a big import would, and reopens it.
 */
export async function openLargeBoard(page: Page, name: string, tasks: number, extraRoles: number): Promise<void> {
  await createBoard(page, { template: 'blank', name });
  const boardId = decodeURIComponent(page.url().split('/').pop() ?? '');
  await seedLargeBoard(page, boardId, tasks, extraRoles);
  await page.reload();
  await expect(lane(page, 'Unassigned')).toBeVisible();
}

async function seedLargeBoard(page: Page, boardId: string, tasks: number, extraRoles: number): Promise<void> {
  await page.evaluate(
    async ({ boardId, tasks, extraRoles }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('raci-board');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['roles', 'tasks', 'cells'], 'readwrite');
      const roles = await new Promise<{ id: string }[]>((resolve) => {
        const request = tx.objectStore('roles').index('boardId').getAll(boardId);
        request.onsuccess = () => resolve(request.result as { id: string }[]);
      });
      const roleIds = roles.map((role) => role.id);
      for (let r = 0; r < extraRoles; r += 1) {
        const id = `seed-role-${r}`;
        roleIds.push(id);
        tx.objectStore('roles').put({ boardId, id, name: `Role ${r + 3}`, colour: '#3b8f9e', order: 10_000 + r * 1024 });
      }
      const letters = [['R', 'A'], ['C'], ['I'], ['C', 'I']];
      for (let t = 0; t < tasks; t += 1) {
        const id = `seed-task-${t}`;
        tx.objectStore('tasks').put({ boardId, id, title: `Task ${t + 1}`, order: t * 1024 });
        for (let r = 0; r < roleIds.length; r += 1) {
          if ((t + r) % 3 !== 0) continue;
          const set = r === t % roleIds.length ? ['R', 'A'] : (letters[1 + ((t + r) % 3)] as string[]);
          tx.objectStore('cells').put({ boardId, taskId: id, roleId: roleIds[r], letters: set });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { boardId, tasks, extraRoles },
  );
}

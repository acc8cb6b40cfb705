/**
 * The last backup before the app quits or a window closes. Only the page knows its boards, so main
 * holds the quit (or the close) back, sends the page 'onBeforeQuit', and lets the quit go on once
 * the page answers with readyToQuit, or after a short time limit whatever happens: a page that hangs
 * or has crashed must never keep the app from quitting. Written against the few members of app,
 * BrowserWindow and WebContents it uses, so tests drive it with fakes.
 */
import { IPC_CHANNELS } from '../shared/ipc/ipcChannels';

/** Long enough to write a few changed boards; short enough that quitting still feels immediate. */
export const FINAL_BACKUP_TIME_LIMIT_MS = 2000;

/** A page that can be asked (Electron's WebContents; IpcCaller satisfies it). */
export interface FinalBackupPage {
  send(channel: string, payload: unknown): void;
  isDestroyed(): boolean;
}

interface HeldEvent {
  preventDefault(): void;
}

export interface GuardedWindow {
  readonly webContents: FinalBackupPage;
  on(event: 'close', listener: (event: HeldEvent) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

export interface GuardedApp {
  on(event: 'before-quit', listener: (event: HeldEvent) => void): unknown;
  quit(): void;
}

export interface FinalBackupOptions {
  readonly timeLimitMs?: number;
  /** Runs `callback` after `ms`; returns the function that cancels it. */
  readonly later?: (callback: () => void, ms: number) => () => void;
}

export interface FinalBackup {
  /** Asks each page for its last backups; resolves when all have answered or the time limit passed. Never rejects. */
  ask(pages: readonly FinalBackupPage[]): Promise<void>;
  /** Records that `page` has finished (its readyToQuit call). */
  answer(page: FinalBackupPage): void;
  /** Holds `window`'s close until its page has answered. */
  guardWindow(window: GuardedWindow): void;
  /** Holds the app's quit until every page `pages()` returns has answered. */
  guardQuit(app: GuardedApp, pages: () => readonly FinalBackupPage[]): void;
}

const realLater = (callback: () => void, ms: number) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

export function createFinalBackup({ timeLimitMs = FINAL_BACKUP_TIME_LIMIT_MS, later = realLater }: FinalBackupOptions = {}): FinalBackup {
  /** Pages asked and not yet answered, with what settles their wait. */
  const waiting = new Map<FinalBackupPage, { readonly answered: Promise<void>; readonly settle: () => void }>();
  /** Once the quit may go on, closing windows (which the quit does) is not held again. */
  let quitting = false;

  const waitFor = (page: FinalBackupPage): Promise<void> => {
    const current = waiting.get(page);
    if (current !== undefined) return current.answered;
    let settle = () => {};
    const answered = new Promise<void>((resolve) => {
      settle = resolve;
    });
    waiting.set(page, { answered, settle });
    try {
      page.send(IPC_CHANNELS.onBeforeQuit, undefined);
    } catch {
      // A page torn down between the check and the send cannot answer: do not wait for it.
      waiting.delete(page);
      settle();
    }
    return answered;
  };

  const ask = (pages: readonly FinalBackupPage[]): Promise<void> => {
    const live = pages.filter((page) => !page.isDestroyed());
    if (live.length === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let done = false;
      let cancel = () => {};
      const finish = () => {
        if (done) return;
        done = true;
        cancel();
        // A page that missed the time limit is asked afresh next time.
        for (const page of live) waiting.get(page)?.settle();
        for (const page of live) waiting.delete(page);
        resolve();
      };
      cancel = later(finish, timeLimitMs);
      void Promise.all(live.map(waitFor)).then(finish);
    });
  };

  const answer = (page: FinalBackupPage): void => {
    const current = waiting.get(page);
    if (current === undefined) return;
    waiting.delete(page);
    current.settle();
  };

  const guardWindow = (window: GuardedWindow): void => {
    let released = false;
    window.on('close', (event) => {
      if (released || quitting || window.webContents.isDestroyed()) return;
      event.preventDefault();
      void ask([window.webContents]).then(() => {
        released = true;
        if (!window.isDestroyed()) window.close();
      });
    });
  };

  const guardQuit = (app: GuardedApp, pages: () => readonly FinalBackupPage[]): void => {
    let asking = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      event.preventDefault();
      // A second Quit while the pages are asked changes nothing: the first one goes on.
      if (asking) return;
      asking = true;
      void ask(pages()).then(() => {
        quitting = true;
        app.quit();
      });
    });
  };

  return { ask, answer, guardWindow, guardQuit };
}

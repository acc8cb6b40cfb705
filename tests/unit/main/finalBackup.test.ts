import { describe, expect, it, vi } from 'vitest';
import { createFinalBackup, FINAL_BACKUP_TIME_LIMIT_MS, type GuardedApp, type GuardedWindow } from '../../../src/main/finalBackup';
import { IPC_CHANNELS } from '../../../src/shared/ipc/ipcChannels';

function fakePage(destroyed = false) {
  return { send: vi.fn((_channel: string, _payload: unknown) => {}), isDestroyed: vi.fn(() => destroyed) };
}

/** A clock the test moves by hand. */
function manualTimers() {
  const timers = new Set<{ due: number; callback: () => void }>();
  let now = 0;
  return {
    later: (callback: () => void, ms: number) => {
      const timer = { due: now + ms, callback };
      timers.add(timer);
      return () => {
        timers.delete(timer);
      };
    },
    advance(ms: number) {
      now += ms;
      for (const timer of [...timers]) {
        if (timer.due <= now) {
          timers.delete(timer);
          timer.callback();
        }
      }
    },
    pending: () => timers.size,
  };
}

async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

function fakeWindow(page = fakePage()) {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const window = {
    webContents: page,
    destroyed: false as boolean,
    on: vi.fn((_event: 'close', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener)),
    close: vi.fn(() => {}),
    isDestroyed() {
      return this.destroyed;
    },
  } satisfies GuardedWindow & { destroyed: boolean };
  const emitClose = () => {
    const event = { preventDefault: vi.fn() };
    for (const listener of listeners) listener(event);
    return event;
  };
  return { window, page, emitClose };
}

function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const app = {
    on: vi.fn((_event: 'before-quit', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener)),
    quit: vi.fn(() => {}),
  } satisfies GuardedApp;
  const emitBeforeQuit = () => {
    const event = { preventDefault: vi.fn() };
    for (const listener of listeners) listener(event);
    return event;
  };
  return { app, emitBeforeQuit };
}

describe('ask', () => {
  it('sends each live page the before-quit notice and resolves once all have answered', async () => {
    const timers = manualTimers();
    const gate = createFinalBackup({ later: timers.later });
    const first = fakePage();
    const second = fakePage();
    const asked = gate.ask([first, second]);
    expect(first.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, undefined);
    expect(second.send).toHaveBeenCalledExactlyOnceWith(IPC_CHANNELS.onBeforeQuit, undefined);

    gate.answer(first);
    expect(await settled(asked)).toBe(false);
    gate.answer(second);
    expect(await settled(asked)).toBe(true);
    expect(timers.pending()).toBe(0);
  });

  it('resolves at the time limit when a page never answers', async () => {
    const timers = manualTimers();
    const gate = createFinalBackup({ later: timers.later });
    const asked = gate.ask([fakePage()]);
    timers.advance(FINAL_BACKUP_TIME_LIMIT_MS - 1);
    expect(await settled(asked)).toBe(false);
    timers.advance(1);
    expect(await settled(asked)).toBe(true);
  });

  it('asks a page afresh next time when it missed the time limit', async () => {
    const timers = manualTimers();
    const gate = createFinalBackup({ later: timers.later });
    const page = fakePage();
    void gate.ask([page]);
    timers.advance(FINAL_BACKUP_TIME_LIMIT_MS);
    void gate.ask([page]);
    expect(page.send).toHaveBeenCalledTimes(2);
  });

  it('does not send twice to a page that was asked and has not answered yet', () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const page = fakePage();
    void gate.ask([page]);
    void gate.ask([page]);
    expect(page.send).toHaveBeenCalledOnce();
  });

  it('resolves at once without sending when every page is destroyed', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const page = fakePage(true);
    expect(await settled(gate.ask([page]))).toBe(true);
    expect(page.send).not.toHaveBeenCalled();
  });

  it('does not wait for a page whose send throws', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const page = fakePage();
    page.send.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(await settled(gate.ask([page]))).toBe(true);
  });

  it('ignores an answer nobody asked for', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const asked = fakePage();
    const promise = gate.ask([asked]);
    gate.answer(fakePage());
    expect(await settled(promise)).toBe(false);
  });
});

describe('guardWindow', () => {
  it('holds the close, asks the page, then closes the window once the page answered', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { window, page, emitClose } = fakeWindow();
    gate.guardWindow(window);
    const event = emitClose();
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(page.send).toHaveBeenCalledWith(IPC_CHANNELS.onBeforeQuit, undefined);
    expect(window.close).not.toHaveBeenCalled();

    gate.answer(page);
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
    // The close the guard itself asked for goes through.
    expect(emitClose().preventDefault).not.toHaveBeenCalled();
  });

  it('closes the window at the time limit when the page never answers', async () => {
    const timers = manualTimers();
    const gate = createFinalBackup({ later: timers.later });
    const { window, emitClose } = fakeWindow();
    gate.guardWindow(window);
    emitClose();
    timers.advance(FINAL_BACKUP_TIME_LIMIT_MS);
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
  });

  it('lets the close go through when the page is already gone', () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { window, emitClose } = fakeWindow(fakePage(true));
    gate.guardWindow(window);
    expect(emitClose().preventDefault).not.toHaveBeenCalled();
  });

  it('does not close a window destroyed while its page was asked', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { window, page, emitClose } = fakeWindow();
    gate.guardWindow(window);
    emitClose();
    window.destroyed = true;
    gate.answer(page);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.close).not.toHaveBeenCalled();
  });
});

describe('guardQuit', () => {
  it('holds the quit, asks every page, then quits once all answered', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { app, emitBeforeQuit } = fakeApp();
    const pages = [fakePage(), fakePage()];
    gate.guardQuit(app, () => pages);
    expect(emitBeforeQuit().preventDefault).toHaveBeenCalledOnce();
    for (const page of pages) expect(page.send).toHaveBeenCalledOnce();

    gate.answer(pages[0]!);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(app.quit).not.toHaveBeenCalled();
    gate.answer(pages[1]!);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(emitBeforeQuit().preventDefault).not.toHaveBeenCalled();
  });

  it('quits at the time limit when a page never answers', async () => {
    const timers = manualTimers();
    const gate = createFinalBackup({ later: timers.later });
    const { app, emitBeforeQuit } = fakeApp();
    gate.guardQuit(app, () => [fakePage()]);
    emitBeforeQuit();
    timers.advance(FINAL_BACKUP_TIME_LIMIT_MS);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
  });

  it('asks only once when Quit is chosen again while the pages are asked', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { app, emitBeforeQuit } = fakeApp();
    const page = fakePage();
    gate.guardQuit(app, () => [page]);
    emitBeforeQuit();
    expect(emitBeforeQuit().preventDefault).toHaveBeenCalledOnce();
    expect(page.send).toHaveBeenCalledOnce();
    gate.answer(page);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
  });

  it('quits at once when there is no page to ask', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { app, emitBeforeQuit } = fakeApp();
    gate.guardQuit(app, () => []);
    emitBeforeQuit();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
  });

  it('lets the windows close without asking again once the quit may go on', async () => {
    const gate = createFinalBackup({ later: manualTimers().later });
    const { app, emitBeforeQuit } = fakeApp();
    const { window, page, emitClose } = fakeWindow();
    gate.guardWindow(window);
    gate.guardQuit(app, () => [page]);
    emitBeforeQuit();
    gate.answer(page);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(emitClose().preventDefault).not.toHaveBeenCalled();
    expect(page.send).toHaveBeenCalledOnce();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RUN_IDLE_TIMEOUT_MS, FIRST_RUN_LATEST_MS, afterFirstScreen, type FirstRunTimers } from '../../../../src/renderer/src/backups/afterFirstScreen';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Real (fake) timeouts, and idle callbacks the test fires by hand. */
function timers(withIdle = true) {
  const idle: { run: () => void; timeout: number; cancelled: boolean }[] = [];
  const page: FirstRunTimers = {
    setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    ...(withIdle
      ? {
          requestIdleCallback: (run: () => void, options: { timeout: number }) => idle.push({ run, timeout: options.timeout, cancelled: false }) - 1,
          cancelIdleCallback: (id: number) => {
            const entry = idle[id];
            if (entry) entry.cancelled = true;
          },
        }
      : {}),
  };
  return { page, idle };
}

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('afterFirstScreen', () => {
  it('runs at the first idle moment after the first screen is shown, and not before', async () => {
    const shown = deferred();
    const { page, idle } = timers();
    const run = vi.fn();
    afterFirstScreen(shown.promise, run, page);
    await vi.advanceTimersByTimeAsync(FIRST_RUN_LATEST_MS - 1);
    expect(idle).toHaveLength(0);

    shown.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(idle).toEqual([{ run, timeout: FIRST_RUN_IDLE_TIMEOUT_MS, cancelled: false }]);
    expect(run).not.toHaveBeenCalled();
    idle[0]?.run();
    expect(run).toHaveBeenCalledOnce();
    // The latest-start timer was cleared: nothing more is asked for later.
    await vi.advanceTimersByTimeAsync(FIRST_RUN_LATEST_MS);
    expect(idle).toHaveLength(1);
  });

  it('asks for the idle moment all the same when the first screen is never shown', async () => {
    const { page, idle } = timers();
    afterFirstScreen(new Promise<void>(() => {}), vi.fn(), page);
    await vi.advanceTimersByTimeAsync(FIRST_RUN_LATEST_MS);
    expect(idle).toHaveLength(1);
  });

  it('runs at once where the browser has no idle callbacks', async () => {
    const run = vi.fn();
    afterFirstScreen(Promise.resolve(), run, timers(false).page);
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledOnce();
  });

  it('never runs once cancelled, before or after the screen was shown', async () => {
    const early = timers();
    const cancelEarly = afterFirstScreen(Promise.resolve(), vi.fn(), early.page);
    cancelEarly();
    await vi.advanceTimersByTimeAsync(FIRST_RUN_LATEST_MS);
    expect(early.idle).toHaveLength(0);

    const late = timers();
    const cancelLate = afterFirstScreen(Promise.resolve(), vi.fn(), late.page);
    await vi.advanceTimersByTimeAsync(0);
    cancelLate();
    expect(late.idle[0]?.cancelled).toBe(true);
  });
});

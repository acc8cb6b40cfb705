/**
 * When the backup scheduler's first run starts on a page: once the first screen is shown (or, if it
 * never is, after a while all the same) and then at an idle moment, so reading and serialising every
 * changed board never competes with opening one.
 */

/** The page's timers, passed in so tests drive them. */
export interface FirstRunTimers {
  readonly setTimeout: (run: () => void, ms: number) => number;
  readonly clearTimeout: (id: number) => void;
  /** Absent where the browser has no idle callbacks: the run then starts at once. */
  readonly requestIdleCallback?: (run: () => void, options: { timeout: number }) => number;
  readonly cancelIdleCallback?: (id: number) => void;
}

/** After the first screen is shown, the first run waits at most this long for an idle moment. */
export const FIRST_RUN_IDLE_TIMEOUT_MS = 1000;
/** However long the first screen takes (a board that never finishes opening), the first run starts after this. */
export const FIRST_RUN_LATEST_MS = 10_000;

/** Calls `run` once, as above; returns what cancels it. */
export function afterFirstScreen(shown: Promise<void>, run: () => void, timers: FirstRunTimers): () => void {
  let stopped = false;
  let idle: number | undefined;
  let latest: number | undefined;
  const screenOrLatest = new Promise<void>((resolve) => {
    latest = timers.setTimeout(resolve, FIRST_RUN_LATEST_MS);
    void shown.then(resolve);
  });
  void screenOrLatest.then(() => {
    if (latest !== undefined) timers.clearTimeout(latest);
    if (stopped) return;
    if (timers.requestIdleCallback) idle = timers.requestIdleCallback(run, { timeout: FIRST_RUN_IDLE_TIMEOUT_MS });
    else run();
  });
  return () => {
    stopped = true;
    if (latest !== undefined) timers.clearTimeout(latest);
    if (idle !== undefined) timers.cancelIdleCallback?.(idle);
  };
}

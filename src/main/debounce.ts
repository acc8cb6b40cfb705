export interface Debounced {
  /** Schedules the call `waitMs` after the latest trigger, replacing any pending one. */
  (): void;
  /** Drops the pending call, if any. */
  cancel(): void;
  /** Runs the pending call now, if any. */
  flush(): void;
}

/** Collapses a burst of triggers (a window being dragged or resized) into one call at its end. */
export function debounce(fn: () => void, waitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const run = () => {
    timer = undefined;
    fn();
  };
  const debounced = () => {
    cancel();
    timer = setTimeout(run, waitMs);
  };
  debounced.cancel = cancel;
  debounced.flush = () => {
    if (timer === undefined) return;
    cancel();
    fn();
  };
  return debounced;
}

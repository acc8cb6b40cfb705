/**
 * The app's windows (not hidden print windows), in the order the user last used them. With more
 * than one window open, "the window" a second launch brings forward or a menu command goes to is
 * the one the user was last in; a window that is closed or destroyed never is.
 */
export interface RegisteredWindow {
  isDestroyed(): boolean;
}

export interface WindowRegistry<W extends RegisteredWindow> {
  add(window: W): void;
  remove(window: W): void;
  /** Records that `window` has just been focused. */
  focused(window: W): void;
  /** The live window used most recently, or null when none is open. */
  current(): W | null;
  /** Every live window, most recently used first. */
  all(): W[];
}

export function createWindowRegistry<W extends RegisteredWindow>(): WindowRegistry<W> {
  // Most recently used first.
  let windows: W[] = [];
  const live = () => windows.filter((window) => !window.isDestroyed());
  return {
    add(window) {
      windows = [window, ...windows.filter((other) => other !== window)];
    },
    remove(window) {
      windows = windows.filter((other) => other !== window);
    },
    focused(window) {
      // Focus reported for a window already removed (closing) must not bring it back.
      if (!windows.includes(window)) return;
      windows = [window, ...windows.filter((other) => other !== window)];
    },
    current() {
      return live()[0] ?? null;
    },
    all() {
      return live();
    },
  };
}

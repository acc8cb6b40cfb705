/**
 * Whether the page's first screen has shown what the page opened for. Background work that reads
 * every board (the first backup run) waits for it, so it never competes with opening a large board.
 */
let markShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called once the first screen is shown; later calls do nothing. */
export function markFirstScreenShown(): void {
  markShown();
}

export function whenFirstScreenShown(): Promise<void> {
  return shown;
}

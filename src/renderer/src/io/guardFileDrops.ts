/** The part of a window the guard listens on; a plain EventTarget in unit tests. */
export type DropTarget = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * Stops a file dragged onto any screen from replacing the app: left alone, the browser (and an
 * Electron window) opens a dropped file in place of the page, losing unsaved state and the route.
 * Screens that import (ImportHost) listen on the same window after this guard and accept the drop;
 * everywhere else the cursor shows that a drop does nothing. Returns the function that removes it.
 */
export function guardFileDrops(target: DropTarget): () => void {
  const refuse = (event: Event) => {
    const transfer = (event as DragEvent).dataTransfer;
    if (!Array.from(transfer?.types ?? []).includes('Files')) return;
    event.preventDefault();
    if (transfer && event.type === 'dragover') transfer.dropEffect = 'none';
  };
  target.addEventListener('dragover', refuse);
  target.addEventListener('drop', refuse);
  return () => {
    target.removeEventListener('dragover', refuse);
    target.removeEventListener('drop', refuse);
  };
}

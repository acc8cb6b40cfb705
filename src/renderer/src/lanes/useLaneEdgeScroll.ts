/**
 * Scrolls while a card dragged with the pointer is held near an edge: a lane's list while the card
 * is near its top or bottom, and the lanes' row while the pointer is near its left or right side.
 * dnd-kit's own auto-scroll is off (LanesView): it scrolls only the drop target's scrolling
 * ancestors, and a lane's list is inside the lane (the drop target), not around it; and for a
 * render whenever its list of scrolling ancestors changes it judges them by the old list's boxes,
 * the most likely reason it once scrolled the row sideways under a card held in the middle of the
 * screen (a failure not seen again). Both scrolls here read the boxes as they are on every frame.
 * Keyboard drags scroll step by step instead (laneKeyboardCoordinates and dnd-kit's keyboard
 * sensor).
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** Where the dragged card is. */
export interface EdgeScrollTarget {
  /** The lane element under the card, whose list scrolls up and down. */
  readonly lane: Element;
  /** The card's centre height on screen. */
  readonly y: number;
  /** The lanes' row, which scrolls sideways while the pointer is near its left or right side. */
  readonly row: Element;
}

/** The share of the list's height (the row's width), at each end, where holding the card scrolls it. */
const EDGE_SHARE = 0.2;
const MOST_EDGE = 80;
/** Pixels per frame at the very edge; less further in. */
export const TOP_SPEED = 18;

/**
 * Returns `follow`, to be told where the card is after every move (null when it is over no lane or
 * the drag ended). While the card is near one end of its lane's list, or the pointer near one side
 * of the row, that list or the row scrolls once per frame and `onScrolled.current` runs (the cards
 * or lanes have moved under the card, so its place may have changed); elsewhere nothing runs, so a
 * drag pays for no frame loop while it is not scrolling.
 */
export function useLaneEdgeScroll(onScrolled: RefObject<(() => void) | null>): (target: EdgeScrollTarget | null) => void {
  const target = useRef<EdgeScrollTarget | null>(null);
  const frame = useRef(0);
  // The pointer's place across the screen, followed while a drag is followed: dnd-kit's deltas also
  // count the scrolls since the drag began, so they cannot say where the pointer is on screen.
  const pointerX = useRef<number | null>(null);
  const trackPointer = useCallback((event: PointerEvent) => {
    pointerX.current = event.clientX;
  }, []);
  const stop = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    window.removeEventListener('pointermove', trackPointer, { capture: true });
    pointerX.current = null;
  }, [trackPointer]);
  useEffect(() => stop, [stop]);

  const step = useCallback(function scrollOnce() {
    frame.current = 0;
    const current = target.current;
    if (current === null) return;
    const list = listOf(current);
    const down = list === null ? false : scrollBy(list, 'scrollTop', verticalSpeed(list, current.y));
    const across = scrollBy(current.row, 'scrollLeft', horizontalSpeed(current.row, pointerX.current));
    if (!down && !across) return;
    onScrolled.current?.();
    // onScrolled places the card again, which calls `follow`, which may have asked for this frame
    // already: one loop, not one more per frame.
    if (frame.current === 0) frame.current = requestAnimationFrame(scrollOnce);
  }, [onScrolled]);

  return useCallback(
    (next: EdgeScrollTarget | null) => {
      const first = target.current === null;
      target.current = next;
      if (next === null) {
        stop();
        return;
      }
      // The pointer is followed from a drag's first followed move, so its place is known from the next.
      if (first) window.addEventListener('pointermove', trackPointer, { capture: true, passive: true });
      if (frame.current === 0 && isNearEdge(next, pointerX.current)) frame.current = requestAnimationFrame(step);
    },
    [step, stop, trackPointer],
  );
}

function isNearEdge(target: EdgeScrollTarget, x: number | null): boolean {
  const list = listOf(target);
  return (list !== null && verticalSpeed(list, target.y) !== 0) || horizontalSpeed(target.row, x) !== 0;
}

/** Scrolls `element` by `speed` pixels; whether it moved (not at its end already). */
function scrollBy(element: Element, axis: 'scrollTop' | 'scrollLeft', speed: number): boolean {
  if (speed === 0) return false;
  const before = element[axis];
  element[axis] = before + speed;
  return element[axis] !== before;
}

function listOf(target: EdgeScrollTarget): HTMLElement | null {
  return target.lane.querySelector<HTMLElement>('.card-list');
}

function verticalSpeed(list: HTMLElement, y: number): number {
  const { top, bottom } = list.getBoundingClientRect();
  return edgeScrollSpeed(y, top, bottom);
}

function horizontalSpeed(row: Element, x: number | null): number {
  if (x === null) return 0;
  const { left, right } = row.getBoundingClientRect();
  return edgeScrollSpeed(x, left, right);
}

/**
 * Pixels to scroll this frame: negative near the top (left), positive near the bottom (right),
 * fastest at the edge and just beyond it (a card held over the lane's header or its add-task row),
 * 0 elsewhere.
 */
export function edgeScrollSpeed(y: number, top: number, bottom: number): number {
  const zone = Math.min(MOST_EDGE, (bottom - top) * EDGE_SHARE);
  if (zone <= 0 || y < top - MOST_EDGE || y > bottom + MOST_EDGE) return 0;
  if (y < top + zone) return -Math.ceil(TOP_SPEED * Math.min(1, (top + zone - y) / zone));
  if (y > bottom - zone) return Math.ceil(TOP_SPEED * Math.min(1, (y - (bottom - zone)) / zone));
  return 0;
}

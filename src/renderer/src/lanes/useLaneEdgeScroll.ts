/**
 * Scrolls a lane's list while a card dragged with the pointer is held near its top or bottom edge.
 * dnd-kit scrolls only the drop target's scrolling ancestors, and a lane's list is inside the lane
 * (the drop target), not around it. Keyboard drags scroll the list step by step instead
 * (laneKeyboardCoordinates).
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** Where the dragged card is: the lane element under it and its centre's height on screen. */
export interface EdgeScrollTarget {
  readonly lane: Element;
  readonly y: number;
}

/** The share of the list's height, at each end, where holding the card scrolls it. */
const EDGE_SHARE = 0.2;
const MOST_EDGE = 80;
/** Pixels per frame at the very edge; less further in. */
const TOP_SPEED = 18;

/**
 * Returns `follow`, to be told where the card is after every move (null when it is over no lane or
 * the drag ended). While the card is near one end of its lane's list, the list scrolls once per
 * frame and `onScrolled.current` runs (the cards have moved under the card, so its place may have
 * changed); elsewhere nothing runs, so a drag pays for no frame loop while it is not scrolling.
 */
export function useLaneEdgeScroll(onScrolled: RefObject<(() => void) | null>): (target: EdgeScrollTarget | null) => void {
  const target = useRef<EdgeScrollTarget | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const step = useCallback(function scrollOnce() {
    frame.current = 0;
    const current = target.current;
    const list = current ? listOf(current) : null;
    const speed = current && list ? speedIn(list, current.y) : 0;
    if (list === null || speed === 0) return;
    const before = list.scrollTop;
    list.scrollTop = before + speed;
    if (list.scrollTop === before) return;
    onScrolled.current?.();
    frame.current = requestAnimationFrame(scrollOnce);
  }, [onScrolled]);

  return useCallback(
    (next: EdgeScrollTarget | null) => {
      target.current = next;
      if (next === null) {
        cancelAnimationFrame(frame.current);
        frame.current = 0;
        return;
      }
      const list = listOf(next);
      if (frame.current === 0 && list !== null && speedIn(list, next.y) !== 0) frame.current = requestAnimationFrame(step);
    },
    [step],
  );
}

function listOf(target: EdgeScrollTarget): HTMLElement | null {
  return target.lane.querySelector<HTMLElement>('.card-list');
}

function speedIn(list: HTMLElement, y: number): number {
  const { top, bottom } = list.getBoundingClientRect();
  return edgeScrollSpeed(y, top, bottom);
}

/**
 * Pixels to scroll this frame: negative near the top, positive near the bottom, fastest at the edge
 * and beyond it (a card held over the lane's header or its add-task row), 0 elsewhere.
 */
export function edgeScrollSpeed(y: number, top: number, bottom: number): number {
  const zone = Math.min(MOST_EDGE, (bottom - top) * EDGE_SHARE);
  if (zone <= 0 || y < top - MOST_EDGE || y > bottom + MOST_EDGE) return 0;
  if (y < top + zone) return -Math.ceil(TOP_SPEED * Math.min(1, (top + zone - y) / zone));
  if (y > bottom - zone) return Math.ceil(TOP_SPEED * Math.min(1, (y - (bottom - zone)) / zone));
  return 0;
}

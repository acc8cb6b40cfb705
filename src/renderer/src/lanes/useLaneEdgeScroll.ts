/**
 * Scrolls a lane's list while a card dragged with the pointer is held near its top or bottom edge.
 * dnd-kit scrolls only the drop target's scrolling ancestors, and a lane's list is inside the lane
 * (the drop target), not around it. Keyboard drags scroll the list step by step instead
 * (laneKeyboardCoordinates).
 */
import { useEffect, type RefObject } from 'react';

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
 * While `dragging`, scrolls the list of the lane in `target` once per frame when the card is near
 * one of its ends, then calls `onScrolled` (the cards have moved under the card, so its place may
 * have changed).
 */
export function useLaneEdgeScroll(dragging: boolean, target: RefObject<EdgeScrollTarget | null>, onScrolled: () => void): void {
  useEffect(() => {
    if (!dragging) return;
    let frame = requestAnimationFrame(function step() {
      const current = target.current;
      const list = current?.lane.querySelector<HTMLElement>('.card-list');
      if (current && list && list.scrollHeight > list.clientHeight) {
        const { top, bottom } = list.getBoundingClientRect();
        const speed = edgeScrollSpeed(current.y, top, bottom);
        if (speed !== 0) {
          const before = list.scrollTop;
          list.scrollTop = before + speed;
          if (list.scrollTop !== before) onScrolled();
        }
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [dragging, target, onScrolled]);
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

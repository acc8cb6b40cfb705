/**
 * The dragged card's box as dnd-kit measures it, held from a drag's first measurement until the
 * next drag starts (between drags dnd-kit measures no card).
 *
 * dnd-kit measures the dragged card again whenever the lists around it change (a card making room,
 * the card moved to another lane in the drag preview), and every mounted card's drag hook renders
 * again on each new box. With a DragOverlay nothing needs that box after the start: the overlay is
 * placed from the first measurement and follows the pointer, and collisions use the overlay's own
 * box. So within one drag every measurement after the first returns the first, which dnd-kit takes
 * as unchanged and the cards are left alone. (dnd-kit's scroll compensation for a layout shift at
 * the drag's start sees none either; the lanes do not shift when a drag starts.)
 */
import { getClientRect, type ClientRect } from '@dnd-kit/core';

export interface HeldDragMeasure {
  /** For DndContext's `measuring.draggable.measure`. */
  readonly measure: (element: HTMLElement) => ClientRect;
  /** Starts a new drag: the next measurement is taken from the page and held. */
  readonly release: () => void;
}

export function heldDragMeasure(read: (element: HTMLElement) => ClientRect = (element) => getClientRect(element, { ignoreTransform: true })): HeldDragMeasure {
  let held: ClientRect | null = null;
  return {
    measure: (element) => {
      held ??= read(element);
      return held;
    },
    release: () => {
      held = null;
    },
  };
}

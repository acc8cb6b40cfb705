/**
 * Keyboard dragging. Up and Down move the card one place within its lane (past the next card's
 * middle, which is where insertionIndex puts it); Left and Right jump to the nearest lane on that
 * side, keeping the card's height on screen, so a keyboard user moves ownership with one key press
 * per lane.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { middle, type CardBox } from './insertionIndex';
import { laneCardBoxes } from './laneCardBoxes';
import { laneOfContainerId } from './lanePreview';

/** Room for the lane's header, so the card lands among the lane's cards. */
const HEADER_ALLOWANCE = 48;

export const laneKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { collisionRect, droppableRects, droppableContainers, over, active } = args.context;
  if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) {
    event.preventDefault();
    const lane = over ? droppableContainers.get(over.id)?.node.current : null;
    if (!collisionRect || !lane || active === null) return undefined;
    const centre = collisionRect.top + collisionRect.height / 2;
    const y = steppedCentre(laneCardBoxes(lane), String(active), centre, collisionRect.height, event.code === KeyboardCode.Up ? 'up' : 'down');
    if (y === null) return undefined;
    // A long lane's list scrolls to keep the card's new place in view; the card then stays on screen
    // and its place moves under it.
    const list = lane.querySelector<HTMLElement>('.card-list');
    const shift = list ? scrollToShow(list, y - collisionRect.height / 2, y + collisionRect.height / 2) : 0;
    return { x: args.currentCoordinates.x, y: args.currentCoordinates.y + (y - shift - centre) };
  }
  if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) return undefined;
  event.preventDefault();
  if (!collisionRect) return undefined;
  const centre = collisionRect.left + collisionRect.width / 2;
  let best: { left: number; top: number; bottom: number; width: number; distance: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    if (laneOfContainerId(String(container.id)) === null) continue;
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const laneCentre = rect.left + rect.width / 2;
    const distance = event.code === KeyboardCode.Left ? centre - laneCentre : laneCentre - centre;
    // Half a card's width: the lane the card is in now is never "beside" it.
    if (distance <= collisionRect.width / 2) continue;
    if (!best || distance < best.distance) best = { left: rect.left, top: rect.top, bottom: rect.bottom, width: rect.width, distance };
  }
  if (!best) return undefined;
  const targetLeft = best.left + (best.width - collisionRect.width) / 2;
  const lowest = Math.max(best.top + HEADER_ALLOWANCE, best.bottom - collisionRect.height - 8);
  const targetTop = Math.min(Math.max(collisionRect.top, best.top + HEADER_ALLOWANCE), lowest);
  return {
    x: args.currentCoordinates.x + (targetLeft - collisionRect.left),
    y: args.currentCoordinates.y + (targetTop - collisionRect.top),
  };
};

/** Scrolls `list` so the span from `top` to `bottom` (on screen) is in its view, and says by how much it scrolled. */
function scrollToShow(list: HTMLElement, top: number, bottom: number): number {
  const view = list.getBoundingClientRect();
  const by = bottom > view.bottom ? bottom - view.bottom : top < view.top ? top - view.top : 0;
  if (by === 0) return 0;
  const before = list.scrollTop;
  list.scrollTop = before + by;
  return list.scrollTop - before;
}

/**
 * Where the dragged card's centre goes to move one place up or down its lane: onto the place it
 * takes once the neighbour has moved round it, and at least a quarter of the neighbour's height past
 * the neighbour's middle (where the place changes), so that neither the two cards' heights nor a
 * list scrolled to whole pixels can leave it on the middle's near side. null when there is no card
 * on that side.
 */
export function steppedCentre(boxes: readonly CardBox[], activeId: string, centre: number, height: number, direction: 'up' | 'down'): number | null {
  const others = boxes.filter((box) => box.id !== activeId).sort((a, b) => a.index - b.index);
  if (direction === 'down') {
    const next = others.find((box) => middle(box) > centre);
    return next === undefined ? null : Math.max(next.bottom - height / 2, middle(next) + (next.bottom - next.top) / 4);
  }
  const previous = others.findLast((box) => middle(box) < centre);
  return previous === undefined ? null : Math.min(previous.top + height / 2, middle(previous) - (previous.bottom - previous.top) / 4);
}

/**
 * Keyboard dragging across lanes. Up and Down move within a lane (dnd-kit's sortable behaviour);
 * Left and Right jump to the nearest lane on that side, keeping the card's height on screen, so a
 * keyboard user moves ownership with one key press per lane.
 */
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { laneOfContainerId } from './lanePreview';

/** Room for the lane's header, so the card lands among the lane's cards. */
const HEADER_ALLOWANCE = 48;

export const laneKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  if (event.code !== KeyboardCode.Left && event.code !== KeyboardCode.Right) return sortableKeyboardCoordinates(event, args);
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers } = args.context;
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

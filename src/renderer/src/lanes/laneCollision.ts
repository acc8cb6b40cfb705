/**
 * Collision detection for the lanes: first the lane under the dragged card's centre, then
 * closestCorners among that lane and its cards only. On a board of a thousand cards this measures
 * distances to a few dozen droppables per pointer move instead of every card of every lane, with
 * the same answer whenever the card's centre is over a lane. Elsewhere (between lanes, above
 * them) it falls back to closestCorners over everything.
 */
import { closestCorners, type CollisionDetection } from '@dnd-kit/core';
import { laneOfContainerId } from './lanePreview';

/** The container id a sortable card was registered under (dnd-kit's sortable data). */
function sortableContainerOf(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('sortable' in data)) return undefined;
  const sortable = (data as { sortable: unknown }).sortable;
  return typeof sortable === 'object' && sortable !== null && 'containerId' in sortable ? (sortable as { containerId: unknown }).containerId : undefined;
}

export const laneCollision: CollisionDetection = (args) => {
  const { collisionRect, droppableContainers, droppableRects } = args;
  const centre = collisionRect.left + collisionRect.width / 2;
  const lane = droppableContainers.find((container) => {
    if (laneOfContainerId(String(container.id)) === null) return false;
    const rect = droppableRects.get(container.id);
    return rect !== undefined && centre >= rect.left && centre <= rect.right;
  });
  if (lane === undefined) return closestCorners(args);
  const inLane = droppableContainers.filter((container) => container.id === lane.id || sortableContainerOf(container.data.current) === lane.id);
  return closestCorners({ ...args, droppableContainers: inLane });
};

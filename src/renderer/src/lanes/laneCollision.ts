/**
 * Collision detection for the lanes, which are the only drop targets: the lane under the dragged
 * card's centre, and elsewhere (between lanes, above them) the lane with the closest corners. The
 * place within the lane comes from insertionIndex.
 */
import { closestCorners, type CollisionDetection } from '@dnd-kit/core';
import { laneOfContainerId } from './lanePreview';

export const laneCollision: CollisionDetection = (args) => {
  const { collisionRect, droppableContainers, droppableRects } = args;
  const lanes = droppableContainers.filter((container) => laneOfContainerId(String(container.id)) !== null);
  const centre = collisionRect.left + collisionRect.width / 2;
  const under = lanes.find((container) => {
    const rect = droppableRects.get(container.id);
    return rect !== undefined && centre >= rect.left && centre <= rect.right;
  });
  if (under === undefined) return closestCorners({ ...args, droppableContainers: lanes });
  return [{ id: under.id, data: { droppableContainer: under, value: 0 } }];
};

import { describe, expect, it } from 'vitest';
import type { ClientRect, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { laneCollision } from '../../../../src/renderer/src/lanes/laneCollision';
import { containerId } from '../../../../src/renderer/src/lanes/lanePreview';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function droppable(id: string): DroppableContainer {
  return { id, key: id, data: { current: { type: 'lane' } }, disabled: false, node: { current: null }, rect: { current: null } } as DroppableContainer;
}

/** Three lanes side by side, 300 px wide with a 20 px gap, and a droppable that is not a lane. */
function collide(collisionRect: ClientRect) {
  const rects = new Map<UniqueIdentifier, ClientRect>();
  const containers: DroppableContainer[] = [];
  for (const [index, lane] of ['pool', 'pm', 'prj'].entries()) {
    containers.push(droppable(containerId(lane)));
    rects.set(containerId(lane), rect(index * 320, 0, 300, 400));
  }
  containers.push(droppable('stray'));
  rects.set('stray', rect(320, 0, 300, 400));
  return laneCollision({ active: { id: 'dragged', data: { current: {} }, rect: { current: { initial: null, translated: null } } }, collisionRect, droppableRects: rects, droppableContainers: containers, pointerCoordinates: null }).map((c) => c.id);
}

describe('laneCollision', () => {
  it('gives only the lane under the card centre when the centre is over a lane', () => {
    expect(collide(rect(330, 120, 280, 60))).toEqual([containerId('pm')]);
    // The card's left edge lies over the first lane, its centre over the second.
    expect(collide(rect(190, 50, 280, 60))).toEqual([containerId('pm')]);
  });

  it('gives the closest lanes, and only lanes, when the centre is between lanes', () => {
    const ids = collide(rect(165, 120, 300, 60));
    expect(ids[0]).toBe(containerId('pm'));
    expect(ids.every((id) => String(id).startsWith('lane:'))).toBe(true);
  });
});

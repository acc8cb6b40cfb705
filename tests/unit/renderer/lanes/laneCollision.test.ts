import { describe, expect, it } from 'vitest';
import type { ClientRect, DroppableContainer, UniqueIdentifier } from '@dnd-kit/core';
import { laneCollision } from '../../../../src/renderer/src/lanes/laneCollision';
import { containerId } from '../../../../src/renderer/src/lanes/lanePreview';

function rect(left: number, top: number, width: number, height: number): ClientRect {
  return { left, top, width, height, right: left + width, bottom: top + height };
}

function droppable(id: string, data: Record<string, unknown>): DroppableContainer {
  return { id, key: id, data: { current: data }, disabled: false, node: { current: null }, rect: { current: null } } as DroppableContainer;
}

/** Two lanes side by side, 300 px wide with a 20 px gap; three cards each, 60 px tall. */
function scene() {
  const rects = new Map<UniqueIdentifier, ClientRect>();
  const containers: DroppableContainer[] = [];
  for (const [index, lane] of ['pm', 'prj'].entries()) {
    const left = index * 320;
    containers.push(droppable(containerId(lane), { type: 'lane' }));
    rects.set(containerId(lane), rect(left, 0, 300, 400));
    for (let card = 0; card < 3; card += 1) {
      const id = `${lane}-${card}`;
      containers.push(droppable(id, { type: 'task', sortable: { containerId: containerId(lane), index: card, items: [] } }));
      rects.set(id, rect(left + 10, 50 + card * 70, 280, 60));
    }
  }
  return { rects, containers };
}

function collide(collisionRect: ClientRect) {
  const { rects, containers } = scene();
  return laneCollision({ active: { id: 'dragged', data: { current: {} }, rect: { current: { initial: null, translated: null } } }, collisionRect, droppableRects: rects, droppableContainers: containers, pointerCoordinates: null }).map((c) => c.id);
}

describe('laneCollision', () => {
  it('picks the nearest card of the lane under the card centre when the card is over a lane', () => {
    expect(collide(rect(330, 120, 280, 60))[0]).toBe('prj-1');
  });

  it('never offers a card of another lane when the card is over a lane, however close that card is', () => {
    // The dragged card's left edge sits on the first lane's cards, its centre over the second lane.
    const ids = collide(rect(190, 50, 280, 60));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => String(id).startsWith('prj') || id === containerId('prj'))).toBe(true);
  });

  it('considers every lane and card when the card centre is between lanes', () => {
    const ids = collide(rect(170, 120, 290, 60));
    expect(ids).toContain('pm-1');
    expect(ids).toContain('prj-1');
  });
});

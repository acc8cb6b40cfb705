import type { CardBox } from './insertionIndex';

/** A lane's mounted card, as the lists render it (its task id and its index in the lane). */
export const CARD_ITEM = '.card-item[data-task-id]';

/** The cards mounted in a lane's element, with their places on screen (one layout, no style reads). */
export function laneCardBoxes(lane: Element): CardBox[] {
  const boxes: CardBox[] = [];
  for (const card of lane.querySelectorAll<HTMLElement>(CARD_ITEM)) {
    const id = card.dataset.taskId;
    const index = Number(card.dataset.index);
    if (id === undefined || !Number.isInteger(index)) continue;
    const { top, bottom } = card.getBoundingClientRect();
    boxes.push({ id, index, top, bottom });
  }
  return boxes;
}

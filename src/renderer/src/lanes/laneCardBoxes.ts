import type { CardBox } from './insertionIndex';

/** The cards mounted in a lane's element, with their places on screen (one layout, no style reads). */
export function laneCardBoxes(lane: Element): CardBox[] {
  const boxes: CardBox[] = [];
  for (const card of lane.querySelectorAll<HTMLElement>('.card-item[data-task-id]')) {
    const id = card.dataset.taskId;
    const index = Number(card.dataset.index);
    if (id === undefined || !Number.isInteger(index)) continue;
    const { top, bottom } = card.getBoundingClientRect();
    boxes.push({ id, index, top, bottom });
  }
  return boxes;
}

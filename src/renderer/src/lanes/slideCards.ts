/**
 * The cards that make room for a dragged card slide to their new places instead of jumping there,
 * as they did when every card was a dnd-kit sortable moved by transforms. Only the lanes whose
 * cards changed are touched, once per change of place, and each card slides on the compositor
 * (a transform transition), so the drag's frames stay cheap (see LanesView).
 *
 * The classic "first, last, invert, play": where each card was on screen before the change (the
 * lanes view has just read it, laneCardBoxes), then, once the change is in the page, each card is
 * put back there with a transform and let go to its new place.
 */
import { CARD_ITEM } from './laneCardBoxes';

const SLIDE = 'transform 150ms ease';

/**
 * Slides every card of `root` listed in `before` from its top there to where it is laid out now,
 * except the dragged card's empty slot (`skipId`): the card itself follows the pointer, and its
 * slot appears at once where the card would land.
 */
export function slideFrom(root: Element, before: ReadonlyMap<string, number>, skipId: string): void {
  const cards: { card: HTMLElement; from: number }[] = [];
  for (const card of root.querySelectorAll<HTMLElement>(CARD_ITEM)) {
    const id = card.dataset.taskId;
    const from = id === undefined || id === skipId ? undefined : before.get(id);
    if (from === undefined) continue;
    // Its laid-out place, without what is left of an earlier slide.
    if (card.style.transform !== '') {
      card.style.transition = 'none';
      card.style.transform = '';
    }
    cards.push({ card, from });
  }
  const offsets = cards.map(({ card, from }) => ({ card, by: from - card.getBoundingClientRect().top }));
  for (const { card, by } of offsets) if (Math.abs(by) < 1) card.style.removeProperty('transition');
  const moved = offsets.filter(({ by }) => Math.abs(by) >= 1);
  if (moved.length === 0) return;
  for (const { card, by } of moved) {
    card.style.transition = 'none';
    card.style.transform = `translateY(${Math.round(by)}px)`;
  }
  requestAnimationFrame(() => {
    for (const { card } of moved) {
      card.style.transition = SLIDE;
      card.style.transform = '';
      card.addEventListener('transitionend', () => card.style.removeProperty('transition'), { once: true });
    }
  });
}

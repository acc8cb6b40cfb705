/**
 * Where a dragged card lands in a lane, read from the lane's cards as they are laid out on screen.
 * Only lanes are drop targets (see LanesView): the place among a lane's cards comes from here, so
 * that passing over a card neither measures every card of the board nor re-renders each one.
 */

/** A mounted card of a lane as laid out on screen: its index in the lane's list and its edges. */
export interface CardBox {
  readonly id: string;
  readonly index: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The index, counted without the dragged card, before the first other card whose middle lies below
 * `y`; after the last card when none does. `activeIndex` is where the dragged card sits in the
 * lane's list (-1 when it is in another lane), since the boxes' indexes count it.
 */
export function insertionIndex(boxes: readonly CardBox[], activeId: string, activeIndex: number, y: number): number {
  const others = boxes.filter((box) => box.id !== activeId).sort((a, b) => a.index - b.index);
  const withoutActive = (index: number) => (activeIndex >= 0 && activeIndex < index ? index - 1 : index);
  const below = others.find((box) => middle(box) > y);
  if (below !== undefined) return withoutActive(below.index);
  const last = others[others.length - 1];
  return last === undefined ? 0 : withoutActive(last.index) + 1;
}

export function middle(box: CardBox): number {
  return (box.top + box.bottom) / 2;
}

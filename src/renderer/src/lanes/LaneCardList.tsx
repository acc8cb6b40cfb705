/**
 * The cards of one lane. A long lane mounts only the cards in and near its scrolled view: every
 * mounted card is a dnd-kit draggable whose hook renders again as a drag starts, crosses lanes and
 * ends, and the lane under a dragged card reads its mounted cards' places on every move, so a lane
 * of 300 cards would otherwise cost a drag what 300 cards cost. The cards stay in normal flow (a
 * spacer above and below stands for the cards not mounted), so the lane looks the same either way.
 */
import { Fragment, memo, useCallback, useEffect, useRef, type FocusEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, elementScroll, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { useNearView } from './useNearView';

/** Lanes with more cards than this mount only what is on screen. */
export const VIRTUAL_LANE_FROM = 40;

/** What a card needs from the list to be measured and announced in place. */
export interface CardSlot {
  readonly index: number;
  /** Set on a long lane: the list's size and a ref that measures the card's height. */
  readonly setSize?: number;
  readonly measureRef?: (element: HTMLElement | null) => void;
}

interface LaneCardListProps {
  readonly ids: readonly string[];
  readonly virtual: boolean;
  /** A card picked elsewhere (the health panel): a long lane scrolls it into its mounted range. */
  readonly revealId: string | null;
  /** The lane's place in the row of lanes, which places it before it is laid out. */
  readonly laneIndex: number;
  /** A card's height before it is measured (estimateCardHeight). */
  readonly estimateCard: (id: string) => number;
  readonly renderCard: (id: string, slot: CardSlot) => ReactNode;
}

/* Mirror `.card-list` in app.css (padding 4px top, 10px bottom; 8px between cards). */
const PADDING_TOP = 4;
const PADDING_BOTTOM = 10;
const GAP = 8;
/** Where no card is known yet (the list's least height before it is laid out): a card's usual height. */
const ESTIMATED_CARD = 64;
const OVERSCAN = 4;
/** The app bar, the filter bar, a lane's header and its add-task row: what a lane's list does not get of the window's height. */
const CHROME_ABOVE_AND_BELOW = 240;

/**
 * Memoised: its lane re-renders whenever dnd-kit's drag state changes (the lane is a droppable),
 * and the cards follow that state themselves; the list itself needs to render again only when its
 * ids or its cards' content change.
 */
export const LaneCardList = memo(function LaneCardList({ ids, virtual, revealId, laneIndex, estimateCard, renderCard }: LaneCardListProps) {
  return virtual ? (
    <VirtualCardList ids={ids} revealId={revealId} laneIndex={laneIndex} estimateCard={estimateCard} renderCard={renderCard} />
  ) : (
    <ul className="card-list">{ids.map((id, index) => renderCard(id, { index }))}</ul>
  );
});

function VirtualCardList({ ids, revealId, laneIndex, estimateCard, renderCard }: Omit<LaneCardListProps, 'virtual'>) {
  const scroller = useRef<HTMLUListElement>(null);
  const near = useNearView(scroller, laneIndex);
  /** The cards mounted so far, kept until the list first scrolls (see keepFirstRange). */
  const firstRange = useRef<{ readonly start: number; readonly end: number } | null>(null);
  /** The card that has the keyboard focus: it stays mounted wherever the list scrolls. */
  const focusedId = useRef<string | null>(null);
  // The virtualizer lays out every card of the lane again whenever this function changes (it is
  // one of the inputs it compares), so it changes only with the lane's ids, not on every render.
  const getItemKey = useCallback((index: number) => ids[index] ?? index, [ids]);
  // eslint-disable-next-line react-hooks/incompatible-library -- read in this render only; the one function handed on (measureElement) is the same for the virtualizer's life
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => {
      const id = ids[index];
      return id === undefined ? ESTIMATED_CARD : estimateCard(id);
    },
    rangeExtractor: (range) => withIndex(keepFirstRange(range, firstRange, scroller.current), focusedId.current === null ? -1 : ids.indexOf(focusedId.current)),
    getItemKey,
    paddingStart: PADDING_TOP,
    paddingEnd: PADDING_BOTTOM,
    gap: GAP,
    overscan: OVERSCAN,
    measureElement: cardHeight,
    observeElementRect: observeListSize,
    scrollToFn: scrollList,
    // Until the list is laid out, assume it fills the window below the bars and the lane's header,
    // so the first paint already shows the cards it can hold.
    initialRect: { width: 0, height: Math.max(window.innerHeight - CHROME_ABOVE_AND_BELOW, ESTIMATED_CARD) },
  });

  useEffect(() => {
    const list = scroller.current;
    if (list === null) return;
    const moved = () => movedLists.add(list);
    list.addEventListener('scroll', moved, { passive: true, once: true });
    return () => list.removeEventListener('scroll', moved);
  }, []);

  const revealIndex = revealId === null ? -1 : ids.indexOf(revealId);
  useEffect(() => {
    if (revealIndex >= 0) virtualizer.scrollToIndex(revealIndex, { align: 'center' });
  }, [revealIndex, virtualizer]);

  // Focus moves by events, not renders: a ref, read whenever the virtualizer next picks its cards.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    focusedId.current = event.target.closest('[data-task-id]')?.getAttribute('data-task-id') ?? null;
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) focusedId.current = null;
  };

  // A lane scrolled out of sight sideways mounts no cards, unless one of them is being revealed or
  // has the focus.
  if (!near && revealIndex < 0 && focusedId.current === null) {
    return (
      <ul ref={scroller} className="card-list is-virtual">
        <li className="card-spacer" aria-hidden="true" style={{ height: virtualizer.getTotalSize() - PADDING_TOP - PADDING_BOTTOM }} />
      </ul>
    );
  }
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];
  // Spacers stand for the cards not mounted (above, between a focused card and the rest, below):
  // items, not padding, because a scrolling flex item can shrink its content but never its padding.
  const below = last && last.index < ids.length - 1 ? virtualizer.getTotalSize() - last.end - GAP - PADDING_BOTTOM : 0;
  return (
    <ul ref={scroller} className="card-list is-virtual" onFocus={onFocus} onBlur={onBlur}>
      {rows.map((row, position) => {
        const id = ids[row.index];
        const before = rows[position - 1];
        const gap = before === undefined ? (row.index > 0 ? row.start - PADDING_TOP - GAP : 0) : row.index > before.index + 1 ? row.start - before.end - 2 * GAP : 0;
        return (
          <Fragment key={id ?? row.index}>
            {gap > 0 && <li className="card-spacer" aria-hidden="true" style={{ height: gap }} />}
            {id === undefined ? null : renderCard(id, { index: row.index, setSize: ids.length, measureRef: virtualizer.measureElement })}
          </Fragment>
        );
      })}
      {below > 0 && <li className="card-spacer" aria-hidden="true" style={{ height: below }} />}
    </ul>
  );
}

/** `indexes` (sorted) with `index` among them, unless it is -1. */
function withIndex(indexes: number[], index: number): number[] {
  if (index < 0 || indexes.includes(index)) return indexes;
  return [...indexes, index].sort((a, b) => a - b);
}

/**
 * The cards to mount: those in and near the view, and, until the list first scrolls, every card
 * mounted so far as well. Estimates err short, so the first mount can hold a few cards more than
 * the view once the cards are measured; unmounting them then would be work for nothing, and would
 * change the board the moment after it was shown.
 */
function keepFirstRange(range: Range, first: { current: { readonly start: number; readonly end: number } | null }, list: Element | null): number[] {
  const indexes = defaultRangeExtractor(range);
  const start = indexes[0];
  const end = indexes[indexes.length - 1];
  if (start === undefined || end === undefined || (list !== null && movedLists.has(list))) {
    first.current = null;
    return indexes;
  }
  const from = Math.min(start, first.current?.start ?? start);
  const to = Math.min(Math.max(end, first.current?.end ?? end), range.count - 1);
  first.current = { start: from, end: to };
  return from === start && to === end ? indexes : Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}

/**
 * A card's height from its resize observation. The library's default also reads the height
 * (getBoundingClientRect) as each card mounts, which forces a layout of the whole board per card:
 * a few hundred layouts when a board opens. The observer reports every mounted card after one
 * layout instead.
 */
function cardHeight(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLUListElement, Element>): number {
  const observed = entry?.borderBoxSize[0]?.blockSize;
  if (observed !== undefined) return Math.round(observed);
  // Not yet observed: its last height, or its estimate, the size the list already counts it at, so
  // mounting a card moves nothing until it is measured.
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/**
 * Reports the list's visible size whenever it changes. The library's default also reads it at
 * once as the list mounts, forcing a layout per lane; the first observation comes right after the
 * first layout anyway, and until then `initialRect` stands in.
 */
function observeListSize(instance: Virtualizer<HTMLUListElement, Element>, report: (rect: { width: number; height: number }) => void): (() => void) | undefined {
  const list = instance.scrollElement;
  if (!list) return undefined;
  const observer = new ResizeObserver(() => report({ width: list.clientWidth, height: list.clientHeight }));
  observer.observe(list);
  return () => observer.disconnect();
}

/** Lists that have scrolled since they mounted (by the user or by the virtualizer). */
const movedLists = new WeakSet<Element>();

/**
 * Scrolls the list, except to the top of a list that has never moved: the library scrolls every
 * list to its offset as it mounts, and each such scroll forces a layout, one per lane when a board
 * opens. (The library's own idea of the offset cannot decide this: it counts a correction before the
 * list has moved to it.)
 */
function scrollList(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLUListElement, Element>): void {
  const list = instance.scrollElement;
  if (list === null) return;
  if (offset + (options.adjustments ?? 0) === 0 && !movedLists.has(list)) return;
  movedLists.add(list);
  elementScroll(offset, options, instance);
}

/**
 * Whether a lane is in or near the visible part of the lanes' row. A long lane out of it mounts no
 * cards: every mounted card is a dnd-kit draggable whose hook renders again when a drag starts,
 * crosses into another lane and ends, so the eight lanes scrolled out of sight on a board of a dozen
 * roles would otherwise cost a drag what the five in sight cost.
 */
import { useEffect, useState, type RefObject } from 'react';

/** `.lane`'s min-width plus `.lanes`'s gap in app.css: no lane starts further left than this × its index. */
const MIN_LANE_PITCH = 304;
/** How far beyond the visible row a lane still counts as near: one lane, so a short scroll shows cards at once. */
const MARGIN = MIN_LANE_PITCH;

/**
 * `laneIndex` places the lane before it has been laid out: the first answer is a guess from the
 * lanes' narrowest pitch (a guess that errs towards mounting), corrected by an intersection observer
 * as soon as the lanes are laid out, and again whenever they scroll.
 */
export function useNearView(ref: RefObject<Element | null>, laneIndex: number): boolean {
  const [near, setNear] = useState(() => laneIndex * MIN_LANE_PITCH < window.innerWidth + MARGIN);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setNear(last.isIntersecting);
      },
      { root: element.closest('.lanes'), rootMargin: `0px ${MARGIN}px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}

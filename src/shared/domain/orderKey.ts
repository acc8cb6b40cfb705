/**
 * Fractional ordering: roles, tasks and groups carry a numeric `order`, and a move picks a number
 * between the new neighbours, so it rewrites one row instead of the whole list. When two
 * neighbours are too close for a number to fit between them, the list is renumbered (rare, and
 * correct before it is cheap).
 */

/** The gap left between items when appending or renumbering. */
export const ORDER_STEP = 1024;

/** True when some number lies strictly between the two (an open end always has room). */
export function hasRoomBetween(before: number | undefined, after: number | undefined): boolean {
  if (before === undefined || after === undefined) return true;
  const middle = before + (after - before) / 2;
  return middle > before && middle < after;
}

/**
 * A number that sorts after `before` and before `after` (either may be absent: the start or end of
 * the list). Check `hasRoomBetween` first; without room the result is not strictly between.
 */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return (after as number) - ORDER_STEP;
  if (after === undefined) return before + ORDER_STEP;
  // Written this way so that huge values cannot overflow to Infinity.
  return before + (after - before) / 2;
}

/** True when `order` already sorts strictly between the two (absent ends are open). */
export function fitsBetween(order: number, before: number | undefined, after: number | undefined): boolean {
  return (before === undefined || order > before) && (after === undefined || order < after);
}

/**
 * Gives the items evenly spaced orders (0, ORDER_STEP, 2 x ORDER_STEP...) in the given sequence.
 * An item whose order already has its new value keeps its identity, so unchanged rows stay unchanged.
 */
export function renumber<T extends { readonly order: number }>(items: readonly T[]): T[] {
  return items.map((item, i) => {
    const order = i * ORDER_STEP;
    return item.order === order ? item : { ...item, order };
  });
}

/**
 * Inserts `item` into a list sorted by order, after any items with an equal order. O(n).
 * The list must not already contain the item.
 */
export function insertByOrder<T extends { readonly order: number }>(sorted: readonly T[], item: T): T[] {
  let at = sorted.length;
  for (let i = 0; i < sorted.length; i += 1) {
    if ((sorted[i] as T).order > item.order) {
      at = i;
      break;
    }
  }
  return [...sorted.slice(0, at), item, ...sorted.slice(at)];
}

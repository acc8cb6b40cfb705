/**
 * Fixed-height row windowing: a 1,000-row matrix draws only the rows on screen plus a margin, and
 * spacers of the right height stand in for the rest so the scrollbar and sticky headers behave as
 * if every row were there.
 */

export interface RowWindowInput {
  /** Scroll offset of the scrolling box. */
  readonly scrollTop: number;
  /** Visible height of the scrolling box. */
  readonly viewportHeight: number;
  /** Height above the first row inside the scrolling box (the column headers). */
  readonly headerHeight: number;
  readonly rowHeight: number;
  readonly rowCount: number;
  /** Extra rows drawn above and below the visible ones, so a fast scroll shows no gap. */
  readonly overscan: number;
}

/** Rows [start, end) are drawn. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

export function rowWindow(input: RowWindowInput): RowRange {
  const { rowHeight, rowCount, overscan } = input;
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, input.scrollTop - input.headerHeight);
  const first = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(0, input.viewportHeight) / rowHeight) + 1;
  const start = Math.min(rowCount, Math.max(0, first - overscan));
  const end = Math.min(rowCount, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

export type RowSlot = { readonly kind: 'row'; readonly index: number } | { readonly kind: 'gap'; readonly start: number; readonly count: number };

/**
 * What to draw top to bottom: the rows of the window, plus `pinned` rows outside it (the focused
 * row must stay in the page wherever the view is scrolled, or focus would be lost), with a gap
 * slot for every run of rows left out.
 */
export function rowSlots(range: RowRange, pinned: readonly number[], rowCount: number): RowSlot[] {
  const drawn = new Set<number>();
  for (let i = range.start; i < range.end && i < rowCount; i += 1) drawn.add(i);
  for (const index of pinned) if (index >= 0 && index < rowCount) drawn.add(index);
  const indices = [...drawn].sort((a, b) => a - b);
  const slots: RowSlot[] = [];
  let next = 0;
  for (const index of indices) {
    if (index > next) slots.push({ kind: 'gap', start: next, count: index - next });
    slots.push({ kind: 'row', index });
    next = index + 1;
  }
  if (next < rowCount) slots.push({ kind: 'gap', start: next, count: rowCount - next });
  return slots;
}

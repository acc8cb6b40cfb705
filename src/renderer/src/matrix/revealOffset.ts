/**
 * The scroll offset that brings a span into view along one axis, moving as little as possible, with
 * room kept for what is stuck to the start edge (the column headers above, the task titles on the
 * left). The matrix scrolls by this instead of scrollIntoView, which does not know about sticky parts.
 */
export interface RevealInput {
  /** Current scroll offset. */
  readonly offset: number;
  /** Visible size of the scrolling box along the axis. */
  readonly viewSize: number;
  /** The span to show, in content coordinates. */
  readonly start: number;
  readonly end: number;
  /** Size covered by sticky content at the start edge. */
  readonly stickyStart: number;
  /** 'center' puts the span in the middle of the free area; 'nearest' scrolls only if needed. */
  readonly align: 'nearest' | 'center';
}

export function revealOffset({ offset, viewSize, start, end, stickyStart, align }: RevealInput): number {
  const free = viewSize - stickyStart;
  if (align === 'center') return Math.max(0, start - stickyStart - (free - (end - start)) / 2);
  if (start - offset < stickyStart) return Math.max(0, start - stickyStart);
  if (end - offset > viewSize) return Math.max(0, Math.min(start - stickyStart, end - viewSize));
  return offset;
}

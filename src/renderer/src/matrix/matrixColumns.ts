/**
 * Column widths of the matrix: fixed (so windowed rows line up and nothing jumps while scrolling),
 * but fitted to the window: with few roles the columns widen to use the space, with many they keep
 * a readable minimum and the matrix scrolls sideways under its sticky task column.
 */

export interface MatrixColumns {
  readonly title: number;
  readonly role: number;
}

export const MIN_TITLE_WIDTH = 320;
export const MAX_TITLE_WIDTH = 520;
export const MIN_ROLE_WIDTH = 128;
export const MAX_ROLE_WIDTH = 196;

export function matrixColumns(viewWidth: number, roleCount: number): MatrixColumns {
  const width = Math.max(0, viewWidth);
  if (roleCount <= 0) return { title: Math.max(MIN_TITLE_WIDTH, Math.min(MAX_TITLE_WIDTH, width)), role: MIN_ROLE_WIDTH };
  const title = Math.max(MIN_TITLE_WIDTH, Math.min(MAX_TITLE_WIDTH, Math.floor(width * 0.3)));
  const role = Math.max(MIN_ROLE_WIDTH, Math.min(MAX_ROLE_WIDTH, Math.floor((width - title) / roleCount)));
  // Whatever the roles leave over goes to the titles, up to their maximum.
  const rest = width - role * roleCount;
  return { title: Math.max(title, Math.min(MAX_TITLE_WIDTH, rest)), role };
}

/**
 * The hash route of a board's print view with its options in the query
 * (`/print/<boardId>?paper=A4&orientation=landscape&parts=lanes,matrix`). Built here, in shared code,
 * because two processes open that page: main loads it in a hidden window to make a PDF, and the web
 * edition navigates to it and lets the browser print. The print view reads the same query back.
 *
 * The paper, orientation and part names live here rather than in the bridge contract (which
 * re-exports them for its schemas), so that the print view, which needs them, does not load the
 * contract's validation library.
 */

/** Paper sizes a PDF export may use (the names printToPDF and CSS @page both understand). */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const PAGE_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type PageOrientation = (typeof PAGE_ORIENTATIONS)[number];
/** The sections of a board's print view, in the order the page shows them. */
export const PRINT_PARTS = ['lanes', 'matrix', 'findings', 'comparison', 'legend'] as const;
export type PrintPart = (typeof PRINT_PARTS)[number];

export interface PrintRouteOptions {
  readonly paper: PaperSize;
  readonly orientation: PageOrientation;
  readonly parts: readonly PrintPart[];
  /** Ask the page to open the browser's print dialog once it is ready (web edition only). */
  readonly autoprint?: boolean;
  /**
   * The page is printed and never seen (the desktop app's hidden print window): it lays the
   * document out for paper only, not for a screen nobody looks at, which saves a whole layout of a
   * large matrix before the PDF.
   */
  readonly unattended?: boolean;
}

/** The route without its leading '#', as `loadRenderer` and `location.hash` both accept it. */
export function printRoute(boardId: string, { paper, orientation, parts, autoprint = false, unattended = false }: PrintRouteOptions): string {
  const query = new URLSearchParams({ paper, orientation, parts: parts.join(',') });
  if (autoprint) query.set('autoprint', '1');
  if (unattended) query.set('unattended', '1');
  return `/print/${encodeURIComponent(boardId)}?${query.toString()}`;
}

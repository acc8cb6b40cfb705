/**
 * The hash route of a board's print view with its options in the query
 * (`/print/<boardId>?paper=A4&orientation=landscape&parts=lanes,matrix`). Built here, in shared code,
 * because two processes open that page: main loads it in a hidden window to make a PDF, and the web
 * edition navigates to it and lets the browser print. The print view reads the same query back.
 */
import type { PageOrientation, PaperSize, PrintPart } from './contract';

export interface PrintRouteOptions {
  readonly paper: PaperSize;
  readonly orientation: PageOrientation;
  readonly parts: readonly PrintPart[];
  /** Ask the page to open the browser's print dialog once it is ready (web edition only). */
  readonly autoprint?: boolean;
}

/** The route without its leading '#', as `loadRenderer` and `location.hash` both accept it. */
export function printRoute(boardId: string, { paper, orientation, parts, autoprint = false }: PrintRouteOptions): string {
  const query = new URLSearchParams({ paper, orientation, parts: parts.join(',') });
  if (autoprint) query.set('autoprint', '1');
  return `/print/${encodeURIComponent(boardId)}?${query.toString()}`;
}

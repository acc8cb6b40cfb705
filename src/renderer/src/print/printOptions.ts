/**
 * The options of the print view, read from its route's query. The query is written by printRoute
 * (shared with main, which opens the same page in a hidden window to make the PDF).
 */
import { PRINT_PARTS, printRoute, type PageOrientation, type PaperSize, type PrintPart } from '../../../shared/ipc/printRoute';

export { PRINT_PARTS, type PrintPart };
export type Paper = PaperSize;
export type Orientation = PageOrientation;

export interface PrintOptions {
  readonly paper: Paper;
  readonly orientation: Orientation;
  readonly parts: readonly PrintPart[];
  /** Open the browser's print dialog once the page is ready (the web edition's "Export PDF"). */
  readonly autoprint: boolean;
  /** Printed and never seen (the desktop app's hidden print window): laid out for paper only. */
  readonly unattended: boolean;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = { paper: 'A4', orientation: 'landscape', parts: PRINT_PARTS, autoprint: false, unattended: false };

export function parsePrintOptions(query: string): PrintOptions {
  const params = new URLSearchParams(query);
  const paper = params.get('paper');
  const orientation = params.get('orientation');
  const parts = params.get('parts');
  return {
    paper: paper === 'Letter' || paper === 'A4' ? paper : DEFAULT_PRINT_OPTIONS.paper,
    orientation: orientation === 'portrait' || orientation === 'landscape' ? orientation : DEFAULT_PRINT_OPTIONS.orientation,
    parts: parts === null ? DEFAULT_PRINT_OPTIONS.parts : PRINT_PARTS.filter((part) => parts.split(',').includes(part)),
    autoprint: params.get('autoprint') === '1',
    unattended: params.get('unattended') === '1',
  };
}

/** The query part of the print route for these options. */
export function printQuery(options: PrintOptions): string {
  return printRoute('_', options).split('?')[1] ?? '';
}

/**
 * "Launch plan 2026-11-25.pdf": the board's name made safe for a file name, and the date. The date
 * is the user's calendar day (local time), not UTC's: an export made late in the evening west of
 * Greenwich, or early in the morning east of it, is named after the day on the user's clock.
 */
export function exportFileName(boardName: string, date: Date, extension: string): string {
  const safe = Array.from(boardName, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${safe || 'Board'} ${localDay(date)}${extension}`;
}

/** YYYY-MM-DD of the local calendar day. */
function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

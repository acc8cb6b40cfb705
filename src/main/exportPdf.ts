/**
 * A board to PDF, in the order a person expects: render the print view in a hidden window, print
 * it, close the window, then ask where to save and write the file. Every dependency is passed in,
 * so tests drive success, cancel, time-out and each failure without Electron.
 *
 * The print view says when it is done by setting `data-print-ready="true"` on <body>, or
 * `data-print-error="<sentence>"` when the board cannot be shown; main polls for either. Polling
 * is simpler and sturdier than a one-off IPC message here: it needs nothing from the preload, and a
 * page that crashed or never loaded is caught by the same time limit.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../shared/domain/result';
import type { ExportPdfRequest, ExportProgress, PaperSize, SavedFile } from '../shared/ipc/contract';
import { printRoute } from '../shared/ipc/printRoute';
import type { SavePathRequest } from './fileDialogs';
import { fileErrorMessage } from './fileErrorMessage';

export const PDF_EXPORT_TIME_LIMIT_MS = 60_000;
export const PRINT_READY_POLL_MS = 100;
/** A page's error text is shown to the user; a page gone wrong could put anything there. */
const MAX_PAGE_ERROR_LENGTH = 300;

export interface PdfPrintOptions {
  readonly pageSize: PaperSize;
  readonly landscape: boolean;
  readonly printBackground: true;
  /** An @page size set by the print view wins over pageSize and landscape. */
  readonly preferCSSPageSize: true;
}

/** The hidden window the print view is rendered in. */
export interface PrintWindow {
  /** Loads the app's page at a hash route; rejects when the page fails to load. */
  load(route: string): Promise<void>;
  /** What the page's <body> says so far: `{ ready: boolean, error: string | null }`, unchecked. */
  readPrintState(): Promise<unknown>;
  printToPdf(options: PdfPrintOptions): Promise<Uint8Array>;
  /** Closes the window for good; safe to call whatever state the window is in. */
  close(): void;
}

/** Runs `callback` after `ms`; returns the function that cancels it. */
export type Schedule = (ms: number, callback: () => void) => () => void;

export interface ExportPdfDeps {
  readonly openPrintWindow: () => PrintWindow;
  /** The save dialog of the window that asked; null when the user cancelled. */
  readonly chooseSavePath: (request: SavePathRequest) => Promise<string | null>;
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  readonly onProgress: (progress: ExportProgress) => void;
  readonly schedule?: Schedule;
  /** How long rendering and printing may take. The save dialog is not timed: the user may take theirs. */
  readonly timeLimitMs?: number;
  readonly pollIntervalMs?: number;
}

const printStateSchema = z.object({ ready: z.boolean(), error: z.string().nullable() });

const defaultSchedule: Schedule = (ms, callback) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function pageError(text: string): string {
  const trimmed = text.trim() || 'the print view reported an error';
  return trimmed.length > MAX_PAGE_ERROR_LENGTH ? `${trimmed.slice(0, MAX_PAGE_ERROR_LENGTH)}…` : trimmed;
}

function delay(schedule: Schedule, ms: number): Promise<void> {
  return new Promise((resolve) => {
    schedule(ms, resolve);
  });
}

/** Loads the print view, waits until it says it is ready, and prints it. */
async function printWhenReady(
  printWindow: PrintWindow,
  request: ExportPdfRequest,
  schedule: Schedule,
  pollIntervalMs: number,
  isStopped: () => boolean,
): Promise<Result<Uint8Array, string>> {
  try {
    await printWindow.load(printRoute(request.boardId, { ...request, unattended: true }));
  } catch (error) {
    return err(`The print view could not be loaded: ${describe(error)}.`);
  }
  while (!isStopped()) {
    let state: unknown;
    try {
      state = await printWindow.readPrintState();
    } catch (error) {
      return err(`The print view stopped responding: ${describe(error)}.`);
    }
    const parsed = printStateSchema.safeParse(state);
    if (parsed.success && parsed.data.error !== null) return err(`The board could not be printed: ${pageError(parsed.data.error)}`);
    if (parsed.success && parsed.data.ready) break;
    await delay(schedule, pollIntervalMs);
  }
  if (isStopped()) return err('The export was stopped.');
  try {
    const data = await printWindow.printToPdf({
      pageSize: request.paper,
      landscape: request.orientation === 'landscape',
      printBackground: true,
      preferCSSPageSize: true,
    });
    return ok(data);
  } catch (error) {
    return err(`The PDF could not be made: ${describe(error)}.`);
  }
}

/** Renders and prints within the time limit; the hidden window is closed whatever happens. */
async function renderPdf(request: ExportPdfRequest, deps: ExportPdfDeps): Promise<Result<Uint8Array, string>> {
  const schedule = deps.schedule ?? defaultSchedule;
  const timeLimitMs = deps.timeLimitMs ?? PDF_EXPORT_TIME_LIMIT_MS;
  let printWindow: PrintWindow;
  try {
    printWindow = deps.openPrintWindow();
  } catch (error) {
    return err(`The print view could not be opened: ${describe(error)}.`);
  }

  let stopped = false;
  let cancelTimer = () => {};
  const timedOut = new Promise<Result<never, string>>((resolve) => {
    cancelTimer = schedule(timeLimitMs, () =>
      resolve(err(`Making the PDF took longer than ${Math.round(timeLimitMs / 1000)} seconds, so it was stopped. Try again, or export fewer parts.`)),
    );
  });
  try {
    return await Promise.race([printWhenReady(printWindow, request, schedule, deps.pollIntervalMs ?? PRINT_READY_POLL_MS, () => stopped), timedOut]);
  } finally {
    stopped = true;
    cancelTimer();
    try {
      printWindow.close();
    } catch {
      // A window that cannot be closed is already gone; the export's own outcome is what to report.
    }
  }
}

export async function exportPdf(request: ExportPdfRequest, deps: ExportPdfDeps): Promise<Result<SavedFile, string>> {
  const finish = <T>(result: Result<T, string>, message: string): Result<T, string> => {
    deps.onProgress({ stage: 'done', message });
    return result;
  };
  const fail = (error: string) => finish(err(error), error);

  deps.onProgress({ stage: 'rendering', message: 'Preparing the pages…' });
  const pdf = await renderPdf(request, deps);
  if (!pdf.ok) return fail(pdf.error);

  deps.onProgress({ stage: 'saving', message: 'Choose where to save the PDF.' });
  let path: string | null;
  try {
    path = await deps.chooseSavePath({ fileName: request.fileName, kind: 'pdf' });
  } catch (error) {
    return fail(`The save dialog could not be opened: ${describe(error)}.`);
  }
  if (path === null) return finish(ok(null), 'Export cancelled.');

  deps.onProgress({ stage: 'saving', message: 'Saving the PDF…' });
  try {
    await deps.writeFile(path, pdf.value);
  } catch (error) {
    return fail(`The PDF could not be saved to ${path}: ${fileErrorMessage(error)}.`);
  }
  return finish(ok({ path }), `PDF saved to ${path}.`);
}

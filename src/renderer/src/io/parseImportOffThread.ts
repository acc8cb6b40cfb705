import type { Result } from '../../../shared/domain/result';
import { newId } from '../ui/newId';
import { importFileKind } from './importFileKind';
import { unpackImportResult, type PackedImportResult } from './packedImportResult';
import type { ImportPreview } from './parseImport';

/**
 * Parses in a worker; where workers cannot start (some file:// setups), parses on the page after
 * yielding once, so the progress message is painted first. The worker starts while the file is
 * still being read, so its code loads in the meantime; a file that cannot be read is never parsed.
 * A file named as a spreadsheet gets the smaller worker that reads only spreadsheets.
 */
export function parseImportOffThread(fileName: string, text: Promise<Result<string, string>>, now: number): Promise<Result<ImportPreview, string>> {
  const spreadsheet = importFileKind(fileName) === 'csv';
  const started = takeSpareWorker(spreadsheet) ?? startWorker(spreadsheet);
  return text.then((content) => {
    if (!content.ok) {
      started?.worker.terminate();
      return content;
    }
    return started === undefined ? parseOnPage(fileName, content.value, now) : parseInWorker(started, fileName, content.value, now);
  });
}

/** A worker started ahead of a file (see prepareImportWorker), and whether it reads only spreadsheets. */
let spare: { readonly started: StartedWorker; readonly spreadsheet: boolean; readonly timer: ReturnType<typeof setTimeout> } | undefined;

/** How long a worker started ahead waits for its file before it is stopped. */
const SPARE_WORKER_MS = 60_000;

/**
 * Starts the worker for a file that is on its way (dragged over the window, or about to be picked),
 * so its start-up overlaps the person's gesture rather than following the drop. `spreadsheet`: the
 * file is known to be a spreadsheet (the smaller worker will do); otherwise the worker that reads
 * every kind. An unused worker is stopped after a minute.
 */
export function prepareImportWorker(spreadsheet: boolean): void {
  if (spare !== undefined && canRead(spare, spreadsheet)) return;
  dropSpareWorker();
  const started = startWorker(spreadsheet);
  if (started === undefined) return;
  spare = { started, spreadsheet, timer: setTimeout(dropSpareWorker, SPARE_WORKER_MS) };
}

function dropSpareWorker(): void {
  if (spare === undefined) return;
  clearTimeout(spare.timer);
  spare.started.worker.terminate();
  spare = undefined;
}

/** A spreadsheet-only worker cannot read a board file; the other worker reads any file. */
function canRead(worker: { readonly spreadsheet: boolean }, spreadsheet: boolean): boolean {
  return spreadsheet || !worker.spreadsheet;
}

/** The worker started ahead, if it can read this file. */
function takeSpareWorker(spreadsheet: boolean): StartedWorker | undefined {
  if (spare === undefined) return undefined;
  if (!canRead(spare, spreadsheet)) {
    dropSpareWorker();
    return undefined;
  }
  const { started, timer } = spare;
  clearTimeout(timer);
  spare = undefined;
  return started;
}

interface StartedWorker {
  readonly worker: Worker;
  /** Settles if the worker fails, while loading its code or while parsing. */
  readonly failed: Promise<void>;
}

function startWorker(spreadsheet: boolean): StartedWorker | undefined {
  let worker: Worker;
  try {
    worker = spreadsheet
      ? new Worker(new URL('./csvImportWorker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  // Listened for at once: the worker's code may fail to load before the file is read.
  const failed = new Promise<void>((resolve) => {
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve();
    };
  });
  return { worker, failed };
}

function parseInWorker({ worker, failed }: StartedWorker, fileName: string, text: string, now: number): Promise<Result<ImportPreview, string>> {
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<PackedImportResult>) => {
      worker.terminate();
      resolve(unpackImportResult(event.data));
    };
    void failed.then(() => resolve(parseOnPage(fileName, text, now)));
    worker.postMessage({ fileName, text, now });
  });
}

function parseOnPage(fileName: string, text: string, now: number): Promise<Result<ImportPreview, string>> {
  // The page's own copy of the parser loads only if it is needed.
  return new Promise((resolve) => {
    setTimeout(() => {
      import('./parseImport').then(
        ({ parseImport }) => {
          try {
            resolve(parseImport({ fileName, text, now, newId }));
          } catch {
            resolve({ ok: false, error: 'This file could not be read.' });
          }
        },
        () => resolve({ ok: false, error: 'This file could not be read.' }),
      );
    }, 30);
  });
}

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
  const started = startWorker(importFileKind(fileName) === 'csv');
  return text.then((content) => {
    if (!content.ok) {
      started?.worker.terminate();
      return content;
    }
    return started === undefined ? parseOnPage(fileName, content.value, now) : parseInWorker(started, fileName, content.value, now);
  });
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

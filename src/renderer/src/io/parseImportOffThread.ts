import type { Result } from '../../../shared/domain/result';
import { newId } from '../ui/newId';
import type { ImportPreview } from './parseImport';

/**
 * Parses in a worker; where workers cannot start (some file:// setups), parses on the page after
 * yielding once, so the progress message is painted first.
 */
export function parseImportOffThread(fileName: string, text: string, now: number): Promise<Result<ImportPreview, string>> {
  return new Promise((resolve) => {
    // The page's own copy of the parser loads only if it is needed.
    const fallback = () =>
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
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      fallback();
      return;
    }
    worker.onmessage = (event: MessageEvent<Result<ImportPreview, string>>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      fallback();
    };
    worker.postMessage({ fileName, text, now });
  });
}

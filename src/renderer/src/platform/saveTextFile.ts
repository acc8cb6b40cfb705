import { err, ok, type Result } from '../../../shared/domain/result';
import { MAX_SAVE_FILE_BYTES } from '../../../shared/ipc/bridgeLimits';
import type { SavedFile, TextFileKind } from '../../../shared/ipc/contract';
import { formatFileSize } from '../../../shared/ipc/fileTooLargeMessage';
import { utf8ByteLength } from '../../../shared/ipc/utf8ByteLength';
import { browserEnvironment, type PlatformEnvironment } from './platformEnvironment';

export interface SaveTextFileRequest {
  /** The suggested name, with its extension ("Launch plan 2026-11-25.csv"). */
  readonly fileName: string;
  /** Saved exactly as given, in UTF-8 (a CSV's byte-order mark included). */
  readonly content: string;
  readonly kind: TextFileKind;
}

const MEDIA_TYPES: Readonly<Record<TextFileKind, string>> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** The browser reads the blob after the click returns; revoking at once could cut the download short. */
const REVOKE_DELAY_MS = 40_000;

/**
 * Saves an export. Desktop: the native save dialog; resolves to the saved path, or null when the
 * user cancelled. Web: the browser downloads the file under `fileName` and the call resolves to
 * `{ path: fileName }` (the browser decides the folder and may ask).
 */
export async function saveTextFile(
  request: SaveTextFileRequest,
  env: Pick<PlatformEnvironment, 'bridge' | 'addHiddenLink' | 'createObjectUrl' | 'revokeObjectUrl' | 'later'> = browserEnvironment(),
): Promise<Result<SavedFile, string>> {
  const { fileName, content, kind } = request;
  if (env.bridge !== null) {
    // The bridge refuses a larger payload as a broken contract; say it in words first.
    const size = utf8ByteLength(content);
    if (size > MAX_SAVE_FILE_BYTES) return err(`This export is ${formatFileSize(size)}; the app can save files of up to ${formatFileSize(MAX_SAVE_FILE_BYTES)}.`);
    return env.bridge.saveFile({ fileName, content, kind });
  }
  const url = env.createObjectUrl(new Blob([content], { type: MEDIA_TYPES[kind] }));
  const link = env.addHiddenLink();
  link.href = url;
  link.download = fileName;
  link.click();
  link.remove();
  env.later(() => env.revokeObjectUrl(url), REVOKE_DELAY_MS);
  return ok({ path: fileName });
}

import { err, ok, type Result } from '../../../shared/domain/result';
import { fileTooLargeMessage } from '../../../shared/ipc/fileTooLargeMessage';
import type { ReadableFile } from './platformEnvironment';

/**
 * Reads a file dropped on the window (or picked in the browser) as text. The size is checked
 * before a byte is read. Decoded as UTF-8 with a byte-order mark kept, as the desktop app reads
 * files, so the importer sees the same text in both editions (File.text() would drop the mark).
 */
export async function readDroppedFile(file: ReadableFile, maxBytes: number): Promise<Result<string, string>> {
  if (file.size > maxBytes) return err(fileTooLargeMessage(file.name, file.size, maxBytes));
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    // A dropped folder, or a file deleted or locked since it was chosen.
    return err(`“${file.name}” could not be read. If it is a folder, drop the file itself.`);
  }
  if (bytes.byteLength > maxBytes) return err(fileTooLargeMessage(file.name, bytes.byteLength, maxBytes));
  return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

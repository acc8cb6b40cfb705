/**
 * Reads a file the user chose for an import. Its size is checked before a byte is read (a 2 GB
 * file picked by mistake must not be loaded into memory), and so is its type: a named pipe or a
 * device would block or never end. Decoded as UTF-8 with a byte-order mark kept, as the
 * browser edition does, so the importer sees the same text either way.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { err, ok, type Result } from '../shared/domain/result';
import { fileTooLargeMessage } from '../shared/ipc/fileTooLargeMessage';
import { fileErrorMessage } from './fileErrorMessage';

/** The two file-system calls used, so tests can prove which of them ran. */
export interface TextFileSource {
  stat(path: string): Promise<{ readonly size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeFileSource: TextFileSource = { stat, readFile };

export async function readTextFile(path: string, maxBytes: number, source: TextFileSource = nodeFileSource): Promise<Result<string, string>> {
  const name = basename(path);
  const unreadable = (error: unknown) => err(`“${name}” could not be read: ${fileErrorMessage(error)}.`);

  let info: { readonly size: number; isFile(): boolean };
  try {
    info = await source.stat(path);
  } catch (error) {
    return unreadable(error);
  }
  if (!info.isFile()) return err(`“${name}” is not a file that can be imported.`);
  if (info.size > maxBytes) return err(fileTooLargeMessage(name, info.size, maxBytes));

  let bytes: Uint8Array;
  try {
    bytes = await source.readFile(path);
  } catch (error) {
    return unreadable(error);
  }
  // The file may have grown between the two calls.
  if (bytes.byteLength > maxBytes) return err(fileTooLargeMessage(name, bytes.byteLength, maxBytes));
  return ok(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

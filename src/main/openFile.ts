import { basename } from 'node:path';
import { err, ok, type Result } from '../shared/domain/result';
import { MAX_OPEN_FILE_BYTES, type OpenedFile, type OpenFileRequest } from '../shared/ipc/contract';
import type { OpenPathRequest } from './fileDialogs';

export interface OpenFileDeps {
  /** The open dialog of the window that asked; null when the user cancelled. */
  readonly chooseOpenPath: (request: OpenPathRequest) => Promise<string | null>;
  /** Reads the file as text, refusing it with a sentence when it is larger than `maxBytes`. */
  readonly readTextFile: (path: string, maxBytes: number) => Promise<Result<string, string>>;
  readonly maxBytes?: number;
}

/** Lets the user pick a file to import and returns its name and text. */
export async function openFile({ kinds }: OpenFileRequest, deps: OpenFileDeps): Promise<Result<OpenedFile, string>> {
  let path: string | null;
  try {
    path = await deps.chooseOpenPath({ kinds });
  } catch (error) {
    return err(`The open dialog could not be shown: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (path === null) return ok(null);
  const text = await deps.readTextFile(path, deps.maxBytes ?? MAX_OPEN_FILE_BYTES);
  return text.ok ? ok({ name: basename(path), text: text.value }) : text;
}

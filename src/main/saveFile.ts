import { err, ok, type Result } from '../shared/domain/result';
import type { SavedFile, SaveFileRequest } from '../shared/ipc/contract';
import type { SavePathRequest } from './fileDialogs';
import { fileErrorMessage } from './fileErrorMessage';

export interface SaveFileDeps {
  /** The save dialog of the window that asked; null when the user cancelled. */
  readonly chooseSavePath: (request: SavePathRequest) => Promise<string | null>;
  /** Writes the text as UTF-8, replacing any file at that path (the dialog already asked). */
  readonly writeFile: (path: string, data: string) => Promise<void>;
}

/** Saves an export the page prepared (CSV or JSON text) where the user chooses. */
export async function saveFile({ fileName, content, kind }: SaveFileRequest, deps: SaveFileDeps): Promise<Result<SavedFile, string>> {
  let path: string | null;
  try {
    path = await deps.chooseSavePath({ fileName, kind });
  } catch (error) {
    return err(`The save dialog could not be opened: ${error instanceof Error ? error.message : String(error)}.`);
  }
  if (path === null) return ok(null);
  try {
    await deps.writeFile(path, content);
  } catch (error) {
    return err(`The file could not be saved to ${path}: ${fileErrorMessage(error)}.`);
  }
  return ok({ path });
}

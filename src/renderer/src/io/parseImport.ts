/**
 * Reads an imported file into something the import preview can show: a restored board (JSON) or a
 * CSV preview. Nothing is written here; the database is touched only when the user confirms.
 */
import type { Board } from '../../../shared/domain/board';
import type { Result } from '../../../shared/domain/result';
import { restoreBoard } from '../../../shared/codecs/restoreBoard';
import type { CsvImportPreview } from '../../../shared/codecs/parseCsvImport';
import { importFileKind } from './importFileKind';
import { MAX_IMPORT_BYTES } from './importLimit';
import { parseCsvImportFile } from './parseCsvImportFile';

export { MAX_IMPORT_BYTES };

export type ImportPreview =
  | { readonly kind: 'json'; readonly fileName: string; readonly board: Board; readonly warnings: readonly string[] }
  | { readonly kind: 'csv'; readonly fileName: string; readonly preview: CsvImportPreview };

export interface ParseImportArgs {
  readonly fileName: string;
  readonly text: string;
  readonly newId: () => string;
  readonly now: number;
}

export function looksLikeJson(fileName: string, text: string): boolean {
  const kind = importFileKind(fileName);
  if (kind !== 'unknown') return kind === 'json';
  return /^\uFEFF?\s*[{[]/.test(text);
}

export function parseImport({ fileName, text, newId, now }: ParseImportArgs): Result<ImportPreview, string> {
  if (looksLikeJson(fileName, text)) {
    // Fresh ids: an imported copy must never collide with the board it was exported from.
    const restored = restoreBoard(text, { newId, now, maxBytes: MAX_IMPORT_BYTES, freshIds: true });
    if (!restored.ok) return restored;
    return { ok: true, value: { kind: 'json', fileName, board: restored.value.board, warnings: restored.value.warnings } };
  }
  return parseCsvImportFile(fileName, text);
}

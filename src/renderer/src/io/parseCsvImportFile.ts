/**
 * The spreadsheet half of parseImport, apart from the board-file reader so that the worker for a
 * file named .csv, .tsv or .txt loads neither that reader nor its validation library.
 */
import type { Result } from '../../../shared/domain/result';
import { parseCsvImport } from '../../../shared/codecs/parseCsvImport';
import { MAX_IMPORT_BYTES } from './importLimit';
import type { ImportPreview } from './parseImport';

export function parseCsvImportFile(fileName: string, text: string): Result<ImportPreview, string> {
  const parsed = parseCsvImport(text, { maxBytes: MAX_IMPORT_BYTES });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { kind: 'csv', fileName, preview: parsed.value } };
}

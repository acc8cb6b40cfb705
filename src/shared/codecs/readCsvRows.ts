/**
 * Splits CSV text into rows of fields with papaparse, and numbers each row by the line of the file
 * it starts on, counting the line breaks inside quoted fields, so a problem can be pointed out
 * where a person sees it in a text editor. One linear pass.
 */
import Papa from 'papaparse';
import type { CsvDelimiter } from './detectDelimiter';

export interface CsvRow {
  /** 1-based line of the file the row starts on. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvReadWarning {
  readonly line: number;
  readonly message: string;
}

export interface CsvRows {
  readonly rows: readonly CsvRow[];
  readonly warnings: readonly CsvReadWarning[];
}

const QUOTE_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes: 'A quoted field is never closed, so everything after its opening quote mark was read as one field.',
  InvalidQuotes: 'A field has a quote mark in an unexpected place; it was read as written.',
};

/** `text` must use "\n" line ends (the caller turns CRLF and CR into LF first). */
export function readCsvRows(text: string, delimiter: CsvDelimiter): CsvRows {
  const rows: CsvRow[] = [];
  const warnings: CsvReadWarning[] = [];
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const fields = result.data;
      rows.push({ line, fields });
      for (const error of result.errors) {
        const message = QUOTE_MESSAGES[error.code] ?? `This line could not be read cleanly: ${error.message}.`;
        warnings.push({ line, message });
      }
      const end = Math.min(Math.max(result.meta.cursor, counted), text.length);
      for (let i = counted; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
      counted = end;
    },
  });
  return { rows, warnings };
}

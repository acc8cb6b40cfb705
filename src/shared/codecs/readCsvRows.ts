/**
 * Splits CSV text into rows of fields with papaparse, and numbers each row by the line of the file
 * it starts on, counting the line breaks inside quoted fields, so a problem can be pointed out
 * where a person sees it in a text editor. Linear in the text's length.
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
  // The whole text in one call: a callback per row (Papa's step) costs more than the split itself.
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows: CsvRow[] = new Array(parsed.data.length);
  let line = 1;
  parsed.data.forEach((fields, index) => {
    rows[index] = { line, fields };
    // A row spans its own line plus one per line break inside its quoted fields.
    line += 1;
    for (const field of fields) line += lineBreaksIn(field);
  });
  const warnings = parsed.errors.map((error): CsvReadWarning => ({
    line: rows[error.row ?? rows.length - 1]?.line ?? line,
    message: QUOTE_MESSAGES[error.code] ?? `This line could not be read cleanly: ${error.message}.`,
  }));
  return { rows, warnings };
}

function lineBreaksIn(field: string): number {
  let count = 0;
  for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** What a file's name says it holds: a board file, a spreadsheet, or nothing (its content decides). */
export type ImportFileKind = 'json' | 'csv' | 'unknown';

export function importFileKind(fileName: string): ImportFileKind {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  return 'unknown';
}

/**
 * Which character separates the fields of a CSV file: a comma, a semicolon (what spreadsheets write
 * where the comma is the decimal mark) or a tab (what copying from a spreadsheet gives). The first
 * records are split by each candidate, honouring quotes; the winner is the candidate whose most
 * common field count (of at least two) is shared by the most records. A title line above the
 * heading, or a stray comma in one title, does not throw it.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export const CSV_DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

const SAMPLE_RECORDS = 20;
const SAMPLE_CHARS = 64 * 1024;

/** `text` must use "\n" line ends. */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const delimiter of CSV_DELIMITERS) {
    const frequency = new Map<number, number>();
    for (const count of fieldCounts(sample, delimiter)) {
      if (count >= 2) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    let score = -1;
    for (const records of frequency.values()) score = Math.max(score, records);
    // On a tie the earlier candidate wins: a comma is the likelier separator in a file that could be either.
    if (score > 0 && score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Fields per non-blank record, for the first records of the sample. */
function fieldCounts(sample: string, delimiter: string): number[] {
  const counts: number[] = [];
  let fields = 1;
  let blank = true;
  let quoted = false;
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i += 1) {
    const ch = sample[i];
    if (ch === '"') {
      quoted = !quoted;
      blank = false;
    } else if (quoted) continue;
    else if (ch === delimiter) {
      fields += 1;
      blank = false;
    } else if (ch === '\n') {
      if (!blank) counts.push(fields);
      fields = 1;
      blank = true;
    } else if (ch !== ' ' && ch !== '\r') blank = false;
  }
  if (!blank && counts.length < SAMPLE_RECORDS) counts.push(fields);
  return counts;
}

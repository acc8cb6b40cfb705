/**
 * Works out from a CSV heading row which of the three shapes people use for a RACI table the file
 * is in, and which column holds what:
 * - long: one row per assignment, with a role column and a letter column ("Task, Role, RACI");
 * - letter columns: a column per letter holding role names ("Task, Responsible, Accountable, ...");
 * - matrix: a column per role holding letters ("Task, Product manager, Project manager"), also
 *   when the top-left heading is left blank, as spreadsheets often have it.
 *
 * A file this app exported (boardToCsv) is known by its leading headings, Task, Group and Keep
 * mine: every column after them is a role, whatever its heading says. A lane may be called
 * "Notes", "Phase", "Responsible" or "RACI", and reading such a heading as what the word usually
 * means would turn the app's own file into a different board.
 *
 * In other files (and in exports older than the Keep mine column) the content settles such
 * headings: a column whose cells hold only RACI letters (`letterColumns`) is a role of a matrix
 * even when its heading reads "Notes" or "Responsible", and a role column holding letters means
 * the file is not one row per assignment.
 */
import type { Letter } from '../domain/board';
import { err, ok, type Result } from '../domain/result';
import { classifyHeader, normalizeHeader, type HeaderMeaning } from './classifyHeader';
import { CSV_LEADING_HEADERS } from './csvLeadingHeaders';
import { restoreFormulaText } from './neutralizeFormula';

interface CommonLayout {
  readonly taskColumn: number;
  readonly groupColumn?: number;
  /** The "Keep mine" column (see parseKeepMineCell). */
  readonly keepMineColumn?: number;
  /** Set when the leading headings are those boardToCsv writes: the file is this app's own export. */
  readonly fromThisApp?: true;
  /** Columns left out of the import, with their headings, so the preview can say so. */
  readonly ignoredColumns: readonly { readonly column: number; readonly heading: string }[];
}

export type CsvLayout =
  | (CommonLayout & { readonly shape: 'matrix'; readonly roleColumns: readonly { readonly column: number; readonly name: string }[] })
  | (CommonLayout & { readonly shape: 'letter-columns'; readonly letterColumns: readonly { readonly column: number; readonly letter: Letter }[] })
  | (CommonLayout & { readonly shape: 'long'; readonly roleColumn: number; readonly letterColumn: number });

export type CsvShape = CsvLayout['shape'];

export const NO_TASK_COLUMN_MESSAGE =
  'No task column was found in the heading row. Name the first column Task (or Activity, Deliverable, Step, Work item), then add a column per role.';

export function detectCsvShape(headers: readonly string[], letterColumns: ReadonlySet<number> = new Set()): Result<CsvLayout, string> {
  const own = ownExportLayout(headers, letterColumns);
  if (own !== undefined) return ok(own);
  const meanings = headers.map(classifyHeader);
  const firstOf = (kind: HeaderMeaning['kind']): number | undefined => {
    const at = meanings.findIndex((meaning) => meaning?.kind === kind);
    return at === -1 ? undefined : at;
  };

  let taskColumn = firstOf('task');
  if (taskColumn === undefined) {
    // A matrix whose top-left cell is blank: the first column holds the tasks.
    const blankCorner = headers.length > 1 && normalizeHeader(headers[0] ?? '') === '' && headers.slice(1).some((h) => h.trim() !== '');
    if (!blankCorner) return err(NO_TASK_COLUMN_MESSAGE);
    taskColumn = 0;
  }
  const groupColumn = firstOf('group');
  // "Yes" or a note, never letters alone: a Keep mine heading over letters is a lane of that name.
  const keepMineAt = firstOf('keep-mine');
  const keepMineColumn = keepMineAt !== undefined && !letterColumns.has(keepMineAt) ? keepMineAt : undefined;
  const roleColumn = firstOf('role');
  const letterColumn = firstOf('letter');
  const common = (used: ReadonlySet<number>): CommonLayout => ({
    taskColumn: taskColumn as number,
    ...(groupColumn === undefined ? {} : { groupColumn }),
    ...(keepMineColumn === undefined ? {} : { keepMineColumn }),
    ignoredColumns: headers.flatMap((heading, column) => (used.has(column) || heading.trim() === '' ? [] : [{ column, heading: heading.trim() }])),
  });
  const base = [taskColumn, ...[groupColumn, keepMineColumn].filter((column) => column !== undefined)];

  if (roleColumn !== undefined && letterColumn !== undefined && !letterColumns.has(roleColumn)) {
    return ok({ shape: 'long', roleColumn, letterColumn, ...common(new Set([...base, roleColumn, letterColumn])) });
  }

  // Letter headings turn into lanes together or not at all: in a real letter-column file one column
  // may happen to hold only names made of R, A, C and I ("CI"), and it must not be split off.
  const letterHeadings = meanings.flatMap((meaning, column) => (meaning?.kind === 'letter-column' && !base.includes(column) ? [column] : []));
  const letterHeadingsAreLanes = letterHeadings.length > 0 && letterHeadings.every((column) => letterColumns.has(column));
  /** A column with a heading that means something else but cells that hold only letters: a role of a matrix. */
  const laneByContent = (column: number): boolean =>
    !base.includes(column) && (headers[column] as string).trim() !== '' && (meanings[column]?.kind === 'letter-column' ? letterHeadingsAreLanes : letterColumns.has(column));
  const byLetter: { column: number; letter: Letter }[] = [];
  const unrecognised: number[] = [];
  meanings.forEach((meaning, column) => {
    if (meaning?.kind === 'letter-column' && !laneByContent(column) && !byLetter.some((c) => c.letter === meaning.letter)) byLetter.push({ column, letter: meaning.letter });
    else if ((meaning === undefined || laneByContent(column)) && headers[column]?.trim() !== '' && !base.includes(column)) unrecognised.push(column);
  });
  // Two letter headings make it plain; one counts only when nothing else could be a role.
  if (byLetter.length >= 2 || (byLetter.length === 1 && unrecognised.length === 0)) {
    return ok({ shape: 'letter-columns', letterColumns: byLetter, ...common(new Set([...base, ...byLetter.map((c) => c.column)])) });
  }

  // A matrix: every other named column is a role, unless its heading says it is something else and its cells do not hold letters.
  const roleColumns: { column: number; name: string }[] = [];
  meanings.forEach((meaning, column) => {
    if (base.includes(column)) return;
    const name = restoreFormulaText((headers[column] as string).trim()).trim();
    const otherMeaning = meaning !== undefined && meaning.kind !== 'role' && meaning.kind !== 'letter' && meaning.kind !== 'letter-column';
    if (name === '' || (otherMeaning && !laneByContent(column))) return;
    roleColumns.push({ column, name });
  });
  return ok({ shape: 'matrix', roleColumns, ...common(new Set([...base, ...roleColumns.map((c) => c.column)])) });
}

/**
 * The layout of a file boardToCsv wrote, or undefined when the leading headings are not its own
 * (or when its Keep mine column holds letters: an older export whose first lane is called that).
 */
function ownExportLayout(headers: readonly string[], letterColumns: ReadonlySet<number>): CsvLayout | undefined {
  const leading = CSV_LEADING_HEADERS.length;
  if (headers.length < leading || CSV_LEADING_HEADERS.some((heading, column) => normalizeHeader(headers[column] as string) !== normalizeHeader(heading))) {
    return undefined;
  }
  if (letterColumns.has(leading - 1)) return undefined;
  const roleColumns: { column: number; name: string }[] = [];
  headers.forEach((heading, column) => {
    const name = restoreFormulaText(heading.trim()).trim();
    if (column >= leading && name !== '') roleColumns.push({ column, name });
  });
  return { shape: 'matrix', fromThisApp: true, taskColumn: 0, groupColumn: 1, keepMineColumn: 2, roleColumns, ignoredColumns: [] };
}

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
 */
import type { Letter } from '../domain/board';
import { err, ok, type Result } from '../domain/result';
import { classifyHeader, normalizeHeader, type HeaderMeaning } from './classifyHeader';
import { CSV_LEADING_HEADERS } from './boardToCsv';
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

export function detectCsvShape(headers: readonly string[]): Result<CsvLayout, string> {
  const own = ownExportLayout(headers);
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
  const keepMineColumn = firstOf('keep-mine');
  const roleColumn = firstOf('role');
  const letterColumn = firstOf('letter');
  const common = (used: ReadonlySet<number>): CommonLayout => ({
    taskColumn: taskColumn as number,
    ...(groupColumn === undefined ? {} : { groupColumn }),
    ...(keepMineColumn === undefined ? {} : { keepMineColumn }),
    ignoredColumns: headers.flatMap((heading, column) => (used.has(column) || heading.trim() === '' ? [] : [{ column, heading: heading.trim() }])),
  });
  const base = [taskColumn, ...[groupColumn, keepMineColumn].filter((column) => column !== undefined)];

  if (roleColumn !== undefined && letterColumn !== undefined) {
    return ok({ shape: 'long', roleColumn, letterColumn, ...common(new Set([...base, roleColumn, letterColumn])) });
  }

  const letterColumns: { column: number; letter: Letter }[] = [];
  const unrecognised: number[] = [];
  meanings.forEach((meaning, column) => {
    if (meaning?.kind === 'letter-column' && !letterColumns.some((c) => c.letter === meaning.letter)) letterColumns.push({ column, letter: meaning.letter });
    else if (meaning === undefined && headers[column]?.trim() !== '' && !base.includes(column)) unrecognised.push(column);
  });
  // Two letter headings make it plain; one counts only when nothing else could be a role.
  if (letterColumns.length >= 2 || (letterColumns.length === 1 && unrecognised.length === 0)) {
    return ok({ shape: 'letter-columns', letterColumns, ...common(new Set([...base, ...letterColumns.map((c) => c.column)])) });
  }

  // A matrix: every other named column is a role, unless its heading says it is something else.
  const roleColumns: { column: number; name: string }[] = [];
  meanings.forEach((meaning, column) => {
    if (base.includes(column)) return;
    const name = restoreFormulaText((headers[column] as string).trim()).trim();
    if (name === '' || (meaning !== undefined && meaning.kind !== 'role' && meaning.kind !== 'letter' && meaning.kind !== 'letter-column')) return;
    roleColumns.push({ column, name });
  });
  return ok({ shape: 'matrix', roleColumns, ...common(new Set([...base, ...roleColumns.map((c) => c.column)])) });
}

/** The layout of a file boardToCsv wrote, or undefined when the leading headings are not its own. */
function ownExportLayout(headers: readonly string[]): CsvLayout | undefined {
  const leading = CSV_LEADING_HEADERS.length;
  if (headers.length < leading || CSV_LEADING_HEADERS.some((heading, column) => normalizeHeader(headers[column] as string) !== normalizeHeader(heading))) {
    return undefined;
  }
  const roleColumns: { column: number; name: string }[] = [];
  headers.forEach((heading, column) => {
    const name = restoreFormulaText(heading.trim()).trim();
    if (column >= leading && name !== '') roleColumns.push({ column, name });
  });
  return { shape: 'matrix', fromThisApp: true, taskColumn: 0, groupColumn: 1, keepMineColumn: 2, roleColumns, ignoredColumns: [] };
}

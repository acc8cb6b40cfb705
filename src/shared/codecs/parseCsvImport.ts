/**
 * Reads a RACI table from CSV into a preview the user checks before anything is created: what
 * tasks, roles, groups and letters were found, and every problem with the line it is on. The file
 * may come from this app or from any spreadsheet: matrix, letter-column or one-row-per-assignment
 * shape (see detectCsvShape), comma, semicolon or tab separated, with or without a byte-order
 * mark, CRLF or LF line ends, quoted fields spanning lines, blank lines, and a title line or two
 * above the heading row. `previewToBoard` turns an accepted preview into a board.
 *
 * Every line end is read as a line feed, inside quoted fields too, so a title typed with a line
 * break in a spreadsheet arrives with "\n" whatever system saved the file.
 *
 * In the matrix and letter-column shapes a row is a task: two rows with the same title in the same
 * group are two tasks (boards may hold such tasks), with a warning naming the line of the first.
 * In the long shape a task spans rows and is named only by its title and group, so rows sharing
 * them are one task. A "Keep mine" column (see parseKeepMineCell) is read in every shape.
 */
import { assertNever, err, ok, type Result } from '../domain/result';
import { KEEP_MINE_NOTE_LIMIT } from '../domain/validateKeepMineNote';
import { checkTextSize } from './checkTextSize';
import { createCsvPreviewBuilder, type CsvPreviewBuilder, type CsvPreviewContent, type TaskMode } from './csvPreviewBuilder';
import { detectCsvShape, type CsvLayout, type CsvShape } from './detectCsvShape';
import { detectDelimiter, type CsvDelimiter } from './detectDelimiter';
import { classifyHeader } from './classifyHeader';
import { parseKeepMineCell } from './parseKeepMineCell';
import { parseLetterCell, type ParsedLetterCell } from './parseLetterCell';
import { readCsvRows, type CsvRow } from './readCsvRows';
import { restoreFormulaText } from './neutralizeFormula';
import { splitRoleNames } from './splitRoleNames';
import { quoted } from './warningList';

export type { CsvAssignment, CsvPreviewTask, CsvProblem, CsvProblemSeverity } from './csvPreviewBuilder';
export type { CsvShape } from './detectCsvShape';
export type { CsvDelimiter } from './detectDelimiter';

export interface CsvImportPreview extends CsvPreviewContent {
  readonly shape: CsvShape;
  readonly delimiter: CsvDelimiter;
}

export interface CsvImportOptions {
  /** Largest accepted file, in UTF-8 bytes; 10 MB when absent. */
  readonly maxBytes?: number;
  /** More tasks than this is an error; 20,000 when absent. */
  readonly maxTasks?: number;
  /** More roles than this is an error; 200 when absent. */
  readonly maxRoles?: number;
  /** Problems listed one by one before the rest are counted; 500 when absent. */
  readonly maxProblems?: number;
  /** Skip detection and split fields on this character. */
  readonly delimiter?: CsvDelimiter;
}

export const DEFAULT_CSV_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxTasks: 20_000,
  maxRoles: 200,
  maxProblems: 500,
} as const;

/** How many non-blank rows are searched for the heading row (title lines may sit above it). */
const HEADING_SEARCH_ROWS = 10;

/** Share of control characters above which a file is taken for binary data rather than text. */
const CONTROL_CHARACTER_SHARE = 0.05;

/** Distinct letter-cell texts whose reading is kept during one parse (see letterCellReader). */
const LETTER_CELL_MEMO_SIZE = 1_000;

export function parseCsvImport(text: string, options: CsvImportOptions = {}): Result<CsvImportPreview, string> {
  if (typeof text !== 'string') return err('There is no file content to read.');
  const size = checkTextSize(text, options.maxBytes ?? DEFAULT_CSV_LIMITS.maxBytes);
  if (!size.ok) return size;

  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Papa splits on one kind of line end; files edited on several systems mix them.
  const body = withoutMark.replace(/\r\n?/g, '\n');
  if (body.trim() === '') return err('This file is empty.');
  const binary = looksBinary(body);
  if (binary !== undefined) return err(binary);

  const delimiter = options.delimiter ?? detectDelimiter(body);
  const { rows, warnings } = readCsvRows(body, delimiter);
  const readLetters = letterCellReader();
  const heading = findHeadingRow(rows, readLetters);
  if (!heading.ok) return heading;
  const { layout, index: headingIndex } = heading.value;

  const builder = createCsvPreviewBuilder({
    maxTasks: options.maxTasks ?? DEFAULT_CSV_LIMITS.maxTasks,
    maxRoles: options.maxRoles ?? DEFAULT_CSV_LIMITS.maxRoles,
    maxProblems: options.maxProblems ?? DEFAULT_CSV_LIMITS.maxProblems,
  });
  for (const warning of warnings) builder.problem(warning.line, warning.message);
  const headingRow = rows[headingIndex] as CsvRow;
  if (headingIndex > 0) {
    builder.problem(headingRow.line, `The heading row was found on line ${headingRow.line}; the ${headingRow.line === 2 ? 'line' : 'lines'} above it ${headingRow.line === 2 ? 'was' : 'were'} not imported.`);
  }
  for (const { heading: text } of layout.ignoredColumns) {
    builder.problem(headingRow.line, `The column ${quoted(text)} has no place on a board and was not imported.`);
  }

  const readRow = rowReader(layout, builder, headingRow, readLetters);
  for (let i = headingIndex + 1; i < rows.length; i += 1) {
    const row = rows[i] as CsvRow;
    if (isBlank(row.fields)) continue;
    readRow(row);
  }

  const content = builder.finish();
  // The app's own export of a board with no lanes and no tasks is a valid (empty) board; any other file with nothing in it is a mistake.
  if (content.tasks.length === 0 && content.roles.length === 0 && layout.fromThisApp !== true) {
    return err('No tasks or roles were found under the heading row.');
  }
  return ok({ shape: layout.shape, delimiter, ...content });
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** A reason to refuse the file as binary, or undefined for text. */
function looksBinary(body: string): string | undefined {
  if (body.includes('\u0000')) {
    return 'This file contains binary data, so it is not a CSV file. If it came from a spreadsheet, save it as "CSV UTF-8" and import that file.';
  }
  const sample = body.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const unit = sample.charCodeAt(i);
    if ((unit < 32 && unit !== 9 && unit !== 10) || unit === 0xfffd) control += 1;
  }
  return control > sample.length * CONTROL_CHARACTER_SHARE
    ? 'This file does not look like text: too many of its characters are unreadable. Save it as "CSV UTF-8" and import that file.'
    : undefined;
}

type LetterCellReader = (text: string) => ParsedLetterCell;

/**
 * parseLetterCell with its answers kept for one parse: a file repeats a handful of cell texts
 * ("A/R", "C") thousands of times, and each reading normalises the text. The answers are shared,
 * so callers only read them.
 */
function letterCellReader(): LetterCellReader {
  const known = new Map<string, ParsedLetterCell>();
  return (text) => {
    let parsed = known.get(text);
    if (parsed === undefined) {
      parsed = parseLetterCell(text);
      if (known.size < LETTER_CELL_MEMO_SIZE) known.set(text, parsed);
    }
    return parsed;
  };
}

/** The first row naming a task column among the first rows; else a matrix with a blank corner on the first row. */
function findHeadingRow(rows: readonly CsvRow[], readLetters: LetterCellReader): Result<{ layout: CsvLayout; index: number }, string> {
  let firstNonBlank: number | undefined;
  let searched = 0;
  for (let index = 0; index < rows.length && searched < HEADING_SEARCH_ROWS; index += 1) {
    const fields = (rows[index] as CsvRow).fields;
    if (isBlank(fields)) continue;
    searched += 1;
    firstNonBlank ??= index;
    if (!fields.some((field) => classifyHeader(field)?.kind === 'task')) continue;
    const layout = detectCsvShape(fields, columnsHoldingLetters(rows, index, readLetters));
    if (layout.ok) return ok({ layout: layout.value, index });
  }
  if (firstNonBlank === undefined) return err('This file is empty.');
  const layout = detectCsvShape((rows[firstNonBlank] as CsvRow).fields, columnsHoldingLetters(rows, firstNonBlank, readLetters));
  return layout.ok ? ok({ layout: layout.value, index: firstNonBlank }) : layout;
}

/**
 * The columns under the heading row whose cells hold RACI letters and nothing else (at least one
 * cell with letters; blanks and dashes allowed). Only columns with a recognised heading are
 * looked at, since only their reading can change, and each scan stops at the first cell that is
 * not letters, so a column of names costs a cell or two.
 */
function columnsHoldingLetters(rows: readonly CsvRow[], headingIndex: number, readLetters: LetterCellReader): ReadonlySet<number> {
  const headings = (rows[headingIndex] as CsvRow).fields;
  const found = new Set<number>();
  headings.forEach((heading, column) => {
    if (classifyHeader(heading) === undefined) return;
    let letters = false;
    for (let i = headingIndex + 1; i < rows.length; i += 1) {
      const parsed = readLetters((rows[i] as CsvRow).fields[column] ?? '');
      if (parsed.unknown.length > 0) return;
      if (parsed.letters.length > 0) letters = true;
    }
    if (letters) found.add(column);
  });
  return found;
}

type RowReader = (row: CsvRow) => void;

function rowReader(layout: CsvLayout, builder: CsvPreviewBuilder, headingRow: CsvRow, readLetters: LetterCellReader): RowReader {
  const width = headingRow.fields.length;
  const cell = (row: CsvRow, column: number | undefined): string => (column === undefined ? '' : (row.fields[column] ?? ''));

  /**
   * The row's task, or undefined (with a warning when the row had something in it) when it has
   * none. In a file with a row per task ('separate') every row is its own task, even when another
   * row has the same title: merging them would lose one task's letters into the other's.
   */
  const taskOf = (row: CsvRow, mode: TaskMode): number | undefined => {
    const title = restoreFormulaText(cell(row, layout.taskColumn).trim());
    const group = restoreFormulaText(cell(row, layout.groupColumn).trim());
    if (row.fields.length > width && row.fields.slice(width).some((field) => field.trim() !== '')) {
      builder.problem(row.line, 'This row has more cells than the heading row; the extra cells were not imported.');
    }
    const task = builder.task(row.line, title, group, mode);
    if (task.status === 'blank') builder.problem(row.line, 'This row has no task name, so it was not imported.');
    if (task.status !== 'ok') return undefined;
    if (task.sameTitleLine !== undefined) {
      builder.problem(row.line, `The task ${quoted(title.normalize('NFC').trim())} is also on line ${task.sameTitleLine}; both rows were kept, as two tasks with the same title.`);
    }
    if (layout.keepMineColumn !== undefined) readKeepMine(row, task.index, cell(row, layout.keepMineColumn));
    return task.index;
  };

  const readKeepMine = (row: CsvRow, task: number, text: string): void => {
    const parsed = parseKeepMineCell(text);
    if (parsed.kind === 'none') return;
    if (parsed.shortened) builder.problem(row.line, `This row's "Keep mine" note is longer than ${KEEP_MINE_NOTE_LIMIT} characters; it was shortened.`);
    builder.keepMine(row.line, task, parsed.note);
  };

  switch (layout.shape) {
    case 'matrix': {
      const roles = layout.roleColumns.map(({ column, name }) => ({ column, name, index: builder.role(headingRow.line, name, { warnDuplicate: true }) }));
      return (row) => {
        const task = taskOf(row, 'separate');
        if (task === undefined) return;
        for (const role of roles) {
          if (role.index === undefined) continue;
          const parsed = readLetters(cell(row, role.column));
          for (const unknown of parsed.unknown) {
            builder.problem(row.line, `${quoted(unknown)} under ${quoted(role.name)} is not a RACI letter (R, A, C or I), so it was ignored.`);
          }
          builder.assign(row.line, task, role.index, parsed.letters);
        }
      };
    }
    case 'letter-columns':
      return (row) => {
        const task = taskOf(row, 'separate');
        if (task === undefined) return;
        for (const { column, letter } of layout.letterColumns) {
          for (const name of splitRoleNames(cell(row, column))) {
            const role = builder.role(row.line, name);
            if (role !== undefined) builder.assign(row.line, task, role, [letter]);
          }
        }
      };
    case 'long':
      return (row) => {
        const task = taskOf(row, 'merge');
        if (task === undefined) return;
        const roleName = restoreFormulaText(cell(row, layout.roleColumn).trim()).trim();
        const letterText = cell(row, layout.letterColumn);
        if (roleName === '') {
          if (letterText.trim() !== '') builder.problem(row.line, 'This row has letters but no role, so its letters were not imported.');
          return;
        }
        const role = builder.role(row.line, roleName);
        if (role === undefined) return;
        const parsed = readLetters(letterText);
        for (const unknown of parsed.unknown) {
          builder.problem(row.line, `${quoted(unknown)} is not a RACI letter (R, A, C or I), so it was ignored.`);
        }
        if (parsed.letters.length === 0 && parsed.unknown.length === 0) {
          builder.problem(row.line, `This row gives no letter for ${quoted(roleName)}; the role was added without one.`);
        }
        builder.assign(row.line, task, role, parsed.letters);
      };
    default:
      return assertNever(layout);
  }
}

/**
 * The matrix as a CSV file a spreadsheet opens cleanly: a row per task in matrix order, a Task and
 * a Group column, then a column per lane holding its letters as the matrix shows them ("R/A").
 * UTF-8 with a byte-order mark (so Excel reads accents and non-Latin scripts correctly) and CRLF
 * line ends; every field is guarded against running as a formula.
 */
import Papa from 'papaparse';
import type { Board } from '../domain/board';
import { cellKey } from '../domain/cellIndex';
import { formatLetters } from '../domain/letterSet';
import { matrixRows } from '../domain/matrixRows';
import { neutralizeFormula } from './neutralizeFormula';

export const CSV_TASK_HEADER = 'Task';
export const CSV_GROUP_HEADER = 'Group';

const BYTE_ORDER_MARK = '\uFEFF';

export function boardToCsv(board: Board): string {
  const letters = new Map(board.cells.map((cell) => [cellKey(cell.taskId, cell.roleId), formatLetters(cell.letters)]));
  const fields = [CSV_TASK_HEADER, CSV_GROUP_HEADER, ...board.roles.map((role) => role.name)].map(neutralizeFormula);
  const groupNames = new Map(board.groups.map((group) => [group.id, group.name]));
  const data: string[][] = [];
  for (const row of matrixRows(board)) {
    if (row.kind !== 'task') continue;
    const { task, groupId } = row;
    data.push([
      neutralizeFormula(task.title),
      neutralizeFormula(groupId === null ? '' : (groupNames.get(groupId) ?? '')),
      ...board.roles.map((role) => letters.get(cellKey(task.id, role.id)) ?? ''),
    ]);
  }
  const table = Papa.unparse({ fields, data }, { newline: '\r\n', delimiter: ',', quotes: false, header: true, escapeFormulae: false });
  // Papa ends a header-only table with a line break but not a table with rows; every line should end in one.
  return `${BYTE_ORDER_MARK}${table}${table.endsWith('\r\n') ? '' : '\r\n'}`;
}

/**
 * The matrix as a CSV file a spreadsheet opens cleanly. UTF-8 with a byte-order mark (so Excel
 * reads accents and non-Latin scripts correctly) and CRLF line ends; every field is guarded
 * against running as a formula.
 *
 * The layout, which parseCsvImport reads back into the same board:
 * - a heading row: "Task", "Group", "Keep mine", then one column per lane, named after it;
 * - a row per task in matrix order (groups in order, then the ungrouped tasks), one row for each
 *   task even when two share a title: its title, its group's name (empty when ungrouped), its
 *   "Keep mine" mark and note (empty, "Yes", or "Yes: <note>"; see parseKeepMineCell), and under
 *   each lane the letters it holds, as the matrix shows them ("R/A").
 * The three leading headings are fixed, and they are what marks the file as this app's own: on
 * import every column after them is a lane, so a lane's name can never be mistaken for the Group
 * or Keep mine column, or for a heading of another spreadsheet shape ("Notes", "Responsible").
 * Groups with no task, colours, orders, task notes and catalogue links are not part of the
 * matrix; the JSON board file keeps those.
 */
import Papa from 'papaparse';
import type { Board } from '../domain/board';
import { cellKey } from '../domain/cellIndex';
import { formatLetters } from '../domain/letterSet';
import { matrixRows } from '../domain/matrixRows';
import { neutralizeFormula } from './neutralizeFormula';
import { formatKeepMineCell } from './parseKeepMineCell';
import { CSV_LEADING_HEADERS } from './csvLeadingHeaders';

const BYTE_ORDER_MARK = '\uFEFF';

export function boardToCsv(board: Board): string {
  const letters = new Map(board.cells.map((cell) => [cellKey(cell.taskId, cell.roleId), formatLetters(cell.letters)]));
  const fields = [...CSV_LEADING_HEADERS, ...board.roles.map((role) => role.name)].map(neutralizeFormula);
  const groupNames = new Map(board.groups.map((group) => [group.id, group.name]));
  const data: string[][] = [];
  for (const row of matrixRows(board)) {
    if (row.kind !== 'task') continue;
    const { task, groupId } = row;
    data.push([
      neutralizeFormula(task.title),
      neutralizeFormula(groupId === null ? '' : (groupNames.get(groupId) ?? '')),
      neutralizeFormula(formatKeepMineCell(task.keepMine)),
      ...board.roles.map((role) => letters.get(cellKey(task.id, role.id)) ?? ''),
    ]);
  }
  const table = Papa.unparse({ fields, data }, { newline: '\r\n', delimiter: ',', quotes: false, header: true, escapeFormulae: false });
  // Papa ends a header-only table with a line break but not a table with rows; every line should end in one.
  return `${BYTE_ORDER_MARK}${table}${table.endsWith('\r\n') ? '' : '\r\n'}`;
}

/**
 * What a CSV round trip must preserve, independent of ids: the roles by name, and the matrix rows
 * (title, group name, "Keep mine" mark, letters under each role) in matrix order.
 */
import type { Board } from '../../../../src/shared/domain/board';
import { lettersOf } from '../../../../src/shared/domain/cellIndex';
import { formatLetters } from '../../../../src/shared/domain/letterSet';
import { matrixRows } from '../../../../src/shared/domain/matrixRows';

export interface MatrixContent {
  readonly roles: string[];
  /** Groups that hold at least one task, in matrix order (a CSV file cannot carry an empty group). */
  readonly groups: string[];
  readonly rows: [title: string, group: string, keepMine: { readonly note: string } | null, ...letters: string[]][];
}

export function matrixContent(board: Board): MatrixContent {
  const groupNames = new Map(board.groups.map((group) => [group.id, group.name]));
  const rows: MatrixContent['rows'] = [];
  const groups: string[] = [];
  for (const row of matrixRows(board)) {
    if (row.kind !== 'task') continue;
    const group = row.groupId === null ? '' : (groupNames.get(row.groupId) ?? '');
    if (group !== '' && !groups.includes(group)) groups.push(group);
    rows.push([row.task.title, group, row.task.keepMine ?? null, ...board.roles.map((role) => formatLetters(lettersOf(board, row.task.id, role.id)))]);
  }
  return { roles: board.roles.map((role) => role.name), groups, rows };
}

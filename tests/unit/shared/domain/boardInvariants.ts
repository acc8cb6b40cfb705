/**
 * Everything the commands promise about a board, for tests: the structural checks shared with
 * import (checkBoardInvariants) plus what editing guarantees on top of them.
 */
import type { Board, TaskId } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { laneContents } from '../../../../src/shared/domain/laneContents';
import { matrixRows } from '../../../../src/shared/domain/matrixRows';

export function boardProblems(board: Board): string[] {
  const problems = checkBoardInvariants(board);

  const accountable = new Map<TaskId, number>();
  for (const cell of board.cells) {
    if (cell.letters.includes('A')) accountable.set(cell.taskId, (accountable.get(cell.taskId) ?? 0) + 1);
  }
  for (const [taskId, count] of accountable) {
    if (count > 1) problems.push(`Task ${taskId} has ${count} roles holding A.`);
  }

  const names = new Set<string>();
  for (const role of board.roles) {
    const folded = role.name.toLowerCase();
    if (names.has(folded)) problems.push(`Two lanes are named ${role.name}.`);
    names.add(folded);
  }

  const groupNames = new Set<string>();
  for (const group of board.groups) {
    const folded = group.name.toLowerCase();
    if (groupNames.has(folded)) problems.push(`Two groups are named ${group.name}.`);
    groupNames.add(folded);
  }

  // A shared order leaves the relative position of two rows to chance after a reload.
  for (const [kind, items] of [['tasks', board.tasks], ['lanes', board.roles], ['groups', board.groups]] as const) {
    if (new Set(items.map((item) => item.order)).size !== items.length) problems.push(`Two ${kind} share a position.`);
  }

  const rows = matrixRows(board).filter((row) => row.kind === 'task');
  const rowIds = new Set(rows.map((row) => row.task.id));
  if (rows.length !== board.tasks.length || board.tasks.some((task) => !rowIds.has(task.id))) {
    problems.push('The matrix does not show every task exactly once.');
  }

  const lanes = laneContents(board);
  const seen = new Map<TaskId, number>();
  for (const task of [...lanes.unassigned, ...[...lanes.byRole.values()].flat()]) {
    seen.set(task.id, (seen.get(task.id) ?? 0) + 1);
  }
  for (const task of board.tasks) {
    if (seen.get(task.id) !== 1) problems.push(`Task ${task.title} appears in ${seen.get(task.id) ?? 0} lanes.`);
  }
  if ([...seen.values()].reduce((a, b) => a + b, 0) !== board.tasks.length) problems.push('Lanes show a task the board does not have.');

  return problems;
}

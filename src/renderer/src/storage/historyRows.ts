/**
 * Converts undo steps to and from their stored rows. The diffs are stored with the same
 * field-by-field row converters as the board itself, so a step holds exactly what a board row
 * would, and reading one back gives domain records again.
 */
import type { BoardDiff } from '../../../shared/domain/boardDiff';
import type { HistoryStep } from '../../../shared/domain/history/historyStep';
import { boardMetaFromRow, boardRow, cellFromRow, cellRow, groupFromRow, groupRow, roleFromRow, roleRow, taskFromRow, taskRow } from './boardRows';
import type { DiffRow, HistoryRow } from './raciDatabase';

/** The row for a new step; the database assigns its `seq`. */
export function historyRow(step: HistoryStep): HistoryRow {
  return { boardId: step.boardId, label: step.label, at: step.at, forward: diffRow(step.forward), backward: diffRow(step.backward) };
}

export function historyStepFromRow(row: HistoryRow): HistoryStep {
  return {
    boardId: row.boardId,
    label: row.label,
    at: row.at,
    forward: diffFromRow(row.boardId, row.forward),
    backward: diffFromRow(row.boardId, row.backward),
  };
}

function diffRow(diff: BoardDiff): DiffRow {
  const { boardId } = diff;
  return {
    board: diff.board === null ? null : boardRow(diff.board),
    roles: { put: diff.roles.put.map((role) => roleRow(boardId, role)), delete: [...diff.roles.delete] },
    tasks: { put: diff.tasks.put.map((task) => taskRow(boardId, task)), delete: [...diff.tasks.delete] },
    groups: { put: diff.groups.put.map((group) => groupRow(boardId, group)), delete: [...diff.groups.delete] },
    cells: { put: diff.cells.put.map((cell) => cellRow(boardId, cell)), delete: diff.cells.delete.map(({ taskId, roleId }) => [taskId, roleId] as const) },
  };
}

function diffFromRow(boardId: string, row: DiffRow): BoardDiff {
  return {
    boardId,
    board: row.board === null ? null : boardMetaFromRow(row.board),
    roles: { put: row.roles.put.map(roleFromRow), delete: [...row.roles.delete] },
    tasks: { put: row.tasks.put.map(taskFromRow), delete: [...row.tasks.delete] },
    groups: { put: row.groups.put.map(groupFromRow), delete: [...row.groups.delete] },
    cells: { put: row.cells.put.map(cellFromRow), delete: row.cells.delete.map(([taskId, roleId]) => ({ taskId, roleId })) },
  };
}

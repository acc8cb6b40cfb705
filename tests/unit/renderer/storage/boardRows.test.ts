import { describe, expect, it } from 'vitest';
import type { Board, Task } from '../../../../src/shared/domain/board';
import { boardFromRows, boardRows, taskRow } from '../../../../src/renderer/src/storage/boardRows';
import { launchBoard } from './fixtures/boards';

describe('boardRows', () => {
  it('tags every child row with the board id when a board is split into rows', () => {
    const rows = boardRows(launchBoard);

    const boardIds = [...rows.roles, ...rows.tasks, ...rows.groups, ...rows.cells].map((row) => row.boardId);

    expect(new Set(boardIds)).toEqual(new Set([launchBoard.id]));
    expect(rows.board).toEqual({ id: launchBoard.id, name: 'Product launch', createdAt: launchBoard.createdAt, updatedAt: launchBoard.updatedAt, schemaVersion: 1 });
  });

  it('gives back the same board when the rows are joined again', () => {
    expect(boardFromRows(boardRows(launchBoard))).toStrictEqual(launchBoard);
  });

  it('copies the letters when a cell becomes a row, so the row never aliases the board', () => {
    const rows = boardRows(launchBoard);

    expect(rows.cells[0]?.letters).not.toBe(launchBoard.cells[0]?.letters);
    expect(rows.cells[0]?.letters).toEqual(launchBoard.cells[0]?.letters);
  });
});

describe('taskRow', () => {
  it('leaves optional fields out when the task does not have them', () => {
    const task: Task = { id: 'task-x', title: 'Plan', order: 1, notes: undefined };

    expect(Object.keys(taskRow('board-x', task)).sort()).toEqual(['boardId', 'id', 'order', 'title']);
  });

  it('stores only the fields the schema declares when the object carries others', () => {
    const task = { id: 'task-x', title: 'Plan', order: 1, selected: true } as Task;

    expect(taskRow('board-x', task)).toEqual({ boardId: 'board-x', id: 'task-x', title: 'Plan', order: 1 });
  });
});

describe('boardFromRows', () => {
  it('sorts records with equal order by id when orders tie', () => {
    const tied: Board = { ...launchBoard, roles: launchBoard.roles.map((role) => ({ ...role, order: 1 })) };

    expect(boardFromRows(boardRows(tied)).roles.map((role) => role.id)).toEqual(['role-eng', 'role-pm', 'role-proj']);
  });
});

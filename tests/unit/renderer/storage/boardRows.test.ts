import { describe, expect, it } from 'vitest';
import type { Board, Task } from '../../../../src/shared/domain/board';
import { boardFromRows, boardMetaFromRow, boardRow, boardRows, groupRow, taskRow } from '../../../../src/renderer/src/storage/boardRows';
import type { BoardRow } from '../../../../src/renderer/src/storage/raciDatabase';
import { DEFAULT_RULE_SETTINGS } from '../../../../src/shared/domain/rules/ruleSettings';
import { launchBoard, settledBoard } from './fixtures/boards';

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

  it('gives back the rule settings, keep-mine notes and folded groups when the board has them', () => {
    expect(boardFromRows(boardRows(settledBoard))).toStrictEqual(settledBoard);
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

  it('stores a copy of the keep-mine note when the task has one', () => {
    const task: Task = { id: 'task-x', title: 'Plan', order: 1, keepMine: { note: 'We decide this.' } };

    const row = taskRow('board-x', task);

    expect(row.keepMine).toEqual({ note: 'We decide this.' });
    expect(row.keepMine).not.toBe(task.keepMine);
  });

  it('stores only the fields the schema declares when the object carries others', () => {
    const task = { id: 'task-x', title: 'Plan', order: 1, selected: true } as Task;

    expect(taskRow('board-x', task)).toEqual({ boardId: 'board-x', id: 'task-x', title: 'Plan', order: 1 });
  });
});

describe('boardRow', () => {
  it('stores a copy of the rule settings when the board has them', () => {
    const row = boardRow(settledBoard);

    expect(row.ruleSettings).toEqual(settledBoard.ruleSettings);
    expect(row.ruleSettings?.disabled).not.toBe(settledBoard.ruleSettings?.disabled);
  });

  it('leaves the rule settings out when the board has none', () => {
    expect('ruleSettings' in boardRow(launchBoard)).toBe(false);
  });
});

describe('boardMetaFromRow', () => {
  it('repairs stored rule settings value by value when one is out of range', () => {
    const row: BoardRow = { ...boardRow(settledBoard), ruleSettings: { ...DEFAULT_RULE_SETTINGS, maxResponsible: 0, disabled: ['idle-role', 'no-such-rule'] } };

    expect(boardMetaFromRow(row).ruleSettings).toEqual({ ...DEFAULT_RULE_SETTINGS, disabled: ['idle-role'] });
  });
});

describe('groupRow', () => {
  it('keeps a group unfolded with false and leaves the field out when it was never set', () => {
    expect(groupRow('board-x', { id: 'group-x', name: 'Plan', order: 1, collapsed: false })).toEqual({ boardId: 'board-x', id: 'group-x', name: 'Plan', order: 1, collapsed: false });
    expect('collapsed' in groupRow('board-x', { id: 'group-x', name: 'Plan', order: 1 })).toBe(false);
  });
});

describe('boardFromRows', () => {
  it('sorts records with equal order by id when orders tie', () => {
    const tied: Board = { ...launchBoard, roles: launchBoard.roles.map((role) => ({ ...role, order: 1 })) };

    expect(boardFromRows(boardRows(tied)).roles.map((role) => role.id)).toEqual(['role-eng', 'role-pm', 'role-proj']);
  });
});

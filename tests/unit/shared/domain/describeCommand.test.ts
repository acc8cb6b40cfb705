import { describe, expect, it } from 'vitest';
import { describeCommand } from '../../../../src/shared/domain/describeCommand';
import { buildBoard } from './boardBuilder';

const board = buildBoard({
  name: 'Launch',
  roles: ['Product manager', 'Project manager'],
  tasks: [
    ['Budget', { 'Project manager': 'R/A' }],
    ['Vision', { 'Product manager': 'R/A' }],
    ['Loose end', {}],
  ],
});

describe('describeCommand', () => {
  it('names the lane a card moves to', () => {
    expect(describeCommand(board, { type: 'moveTask', taskId: 'task-1', toRoleId: 'role-1', toIndex: 0 })).toBe('Moved Budget to Product manager');
  });

  it('names Unassigned when a card moves to the pool', () => {
    expect(describeCommand(board, { type: 'moveTask', taskId: 'task-1', toRoleId: null, toIndex: 0 })).toBe('Moved Budget to Unassigned');
  });

  it('says reordered when a card stays in its lane', () => {
    expect(describeCommand(board, { type: 'moveTask', taskId: 'task-1', toRoleId: 'role-2', toIndex: 3 })).toBe('Reordered Budget in Project manager');
    expect(describeCommand(board, { type: 'moveTask', taskId: 'task-3', toRoleId: null, toIndex: 0 })).toBe('Reordered Loose end in Unassigned');
  });

  it('shows the letters set on a cell in canonical order', () => {
    expect(describeCommand(board, { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters: ['A', 'R'] })).toBe('Set Budget / Product manager to R/A');
  });

  it('says cleared when the letters are emptied', () => {
    expect(describeCommand(board, { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters: [] })).toBe('Cleared Budget / Product manager');
  });

  it('describes task edits by title', () => {
    expect(describeCommand(board, { type: 'addTask', taskId: 'new', title: ' Hiring ' })).toBe('Added task Hiring');
    expect(describeCommand(board, { type: 'renameTask', taskId: 'task-1', title: 'Costs' })).toBe('Renamed Budget to Costs');
    expect(describeCommand(board, { type: 'setTaskNotes', taskId: 'task-1', notes: 'x' })).toBe('Edited notes of Budget');
    expect(describeCommand(board, { type: 'deleteTask', taskId: 'task-1' })).toBe('Deleted task Budget');
  });

  it('describes lane edits by name', () => {
    expect(describeCommand(board, { type: 'addRole', roleId: 'new', name: 'Designer', colour: '#123456' })).toBe('Added lane Designer');
    expect(describeCommand(board, { type: 'renameRole', roleId: 'role-2', name: 'Delivery lead' })).toBe('Renamed lane Project manager to Delivery lead');
    expect(describeCommand(board, { type: 'recolourRole', roleId: 'role-2', colour: '#000000' })).toBe('Recoloured lane Project manager');
    expect(describeCommand(board, { type: 'moveRole', roleId: 'role-2', toIndex: 0 })).toBe('Moved lane Project manager');
    expect(describeCommand(board, { type: 'deleteRole', roleId: 'role-1' })).toBe('Deleted lane Product manager');
  });

  it('describes a board rename', () => {
    expect(describeCommand(board, { type: 'renameBoard', name: 'Plan 2026' })).toBe('Renamed board to Plan 2026');
  });

  it('never shows an id when the task or lane is unknown', () => {
    const text = describeCommand(board, { type: 'setLetters', taskId: 'secret-task-id', roleId: 'secret-role-id', letters: ['R'] });
    expect(text).not.toContain('secret');
    expect(text).toBe('Set a task / a lane to R');
  });
});

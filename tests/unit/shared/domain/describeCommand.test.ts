import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { describeCommand } from '../../../../src/shared/domain/describeCommand';
import { DEFAULT_RULE_SETTINGS } from '../../../../src/shared/domain/rules/ruleSettings';
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

  describe('groups and rows', () => {
    const phased: Board = buildBoard({
      roles: ['Lead'],
      groups: ['Discovery', 'Delivery'],
      tasks: [['Interviews', {}, 'Discovery'], ['Launch', {}, 'Delivery'], ['Loose end', {}]],
    });

    it('names groups as they were before the edit', () => {
      expect(describeCommand(phased, { type: 'addGroup', groupId: 'g', name: ' Wrap-up ' })).toBe('Added group Wrap-up');
      expect(describeCommand(phased, { type: 'renameGroup', groupId: 'group-1', name: 'Research' })).toBe('Renamed group Discovery to Research');
      expect(describeCommand(phased, { type: 'deleteGroup', groupId: 'group-2' })).toBe('Deleted group Delivery');
      expect(describeCommand(phased, { type: 'moveGroup', groupId: 'group-2', toIndex: 0 })).toBe('Moved group Delivery');
    });

    it('says collapsed or expanded', () => {
      expect(describeCommand(phased, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true })).toBe('Collapsed group Discovery');
      expect(describeCommand(phased, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: false })).toBe('Expanded group Discovery');
    });

    it('names the group a task joins or leaves', () => {
      expect(describeCommand(phased, { type: 'setTaskGroup', taskId: 'task-3', groupId: 'group-1' })).toBe('Moved Loose end to group Discovery');
      expect(describeCommand(phased, { type: 'setTaskGroup', taskId: 'task-1', groupId: null })).toBe('Removed Interviews from group Discovery');
      expect(describeCommand(phased, { type: 'setTaskGroup', taskId: 'task-3', groupId: null })).toBe('Ungrouped Loose end');
    });

    it('says reordered when a row stays in its group, and moved when it changes group', () => {
      expect(describeCommand(phased, { type: 'moveTaskRow', taskId: 'task-1', toIndex: 0 })).toBe('Reordered Interviews in Discovery');
      expect(describeCommand(phased, { type: 'moveTaskRow', taskId: 'task-1', toIndex: 0, groupId: 'group-1' })).toBe('Reordered Interviews in Discovery');
      expect(describeCommand(phased, { type: 'moveTaskRow', taskId: 'task-3', toIndex: 0 })).toBe('Reordered Loose end');
      expect(describeCommand(phased, { type: 'moveTaskRow', taskId: 'task-1', toIndex: 0, groupId: 'group-2' })).toBe('Moved Interviews to group Delivery');
      expect(describeCommand(phased, { type: 'moveTaskRow', taskId: 'task-2', toIndex: 0, groupId: null })).toBe('Removed Launch from group Delivery');
    });

    it('never shows a group id', () => {
      expect(describeCommand(phased, { type: 'deleteGroup', groupId: 'secret-group' })).toBe('Deleted group a group');
      expect(describeCommand(phased, { type: 'setTaskGroup', taskId: 'task-3', groupId: 'secret-group' })).not.toContain('secret');
    });
  });

  it('describes a change of rule settings', () => {
    expect(describeCommand(board, { type: 'setRuleSettings', settings: DEFAULT_RULE_SETTINGS })).toBe('Changed rule settings');
  });

  it('says whether "Keep mine" is set, its note edited, or removed', () => {
    expect(describeCommand(board, { type: 'setKeepMine', taskId: 'task-1', keep: true, note: 'x' })).toBe('Marked Budget "Keep mine"');
    const kept: Board = { ...board, tasks: board.tasks.map((t, i) => (i === 0 ? { ...t, keepMine: { note: '' } } : t)) };
    expect(describeCommand(kept, { type: 'setKeepMine', taskId: 'task-1', keep: true, note: 'Because.' })).toBe('Edited the "Keep mine" note of Budget');
    expect(describeCommand(kept, { type: 'setKeepMine', taskId: 'task-1', keep: false })).toBe('Removed "Keep mine" from Budget');
  });

  it('describes a batch by its label', () => {
    const commands = [{ type: 'deleteTask', taskId: 'task-1' }] as const;
    expect(describeCommand(board, { type: 'batch', label: ' Add missing activities ', commands })).toBe('Add missing activities');
    expect(describeCommand(board, { type: 'batch', label: '  ', commands })).toBe('Edited the board');
  });
});

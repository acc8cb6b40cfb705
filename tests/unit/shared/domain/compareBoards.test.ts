import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import type { Command } from '../../../../src/shared/domain/command';
import { compareBoards } from '../../../../src/shared/domain/compareBoards';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { createBoardFromCatalogue, duplicateBoard } from '../../../../src/shared/domain/createBoard';
import { buildBoard, roleIdOf, taskIdOf } from './boardBuilder';
import { deepFreeze } from './deepFreeze';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

function template(): Board {
  const result = createBoardFromCatalogue({ id: 'board-1', name: 'Launch', now: 1000, newId: counter('id') });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function applyAll(board: Board, commands: readonly Command[]): Board {
  return commands.reduce((current, command) => {
    const result = applyCommand(current, command, 2000);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }, board);
}

function withId(board: Board, id: string): Board {
  return { ...board, id };
}

describe('compareBoards', () => {
  it('finds nothing changed between a board and itself', () => {
    const board = deepFreeze(template());
    const comparison = compareBoards(board, board);
    expect(comparison.sameBoard).toBe(true);
    expect(comparison.counts).toEqual({
      tasksInBoth: 25,
      tasksOnlyInA: 0,
      tasksOnlyInB: 0,
      rolesInBoth: 2,
      rolesOnlyInA: 0,
      rolesOnlyInB: 0,
      ownerChanges: 0,
      cellChanges: 0,
    });
    expect(comparison.tasks.every((pair) => pair.matchedBy === 'id')).toBe(true);
  });

  it('lists what a reorganisation changed, following renamed lanes and tasks by id', () => {
    const before = deepFreeze(template());
    const product = roleIdOf(before, 'Product manager');
    const project = roleIdOf(before, 'Project manager');
    const budget = taskIdOf(before, 'Budget');
    const milestones = taskIdOf(before, 'Milestones');
    const after = deepFreeze(
      applyAll(before, [
        { type: 'moveTask', taskId: budget, toRoleId: product, toIndex: 0 },
        { type: 'moveTask', taskId: milestones, toRoleId: null, toIndex: 0 },
        { type: 'renameRole', roleId: project, name: 'Delivery lead' },
        { type: 'renameTask', taskId: budget, title: 'Costs' },
        { type: 'deleteTask', taskId: taskIdOf(before, 'Industry events') },
        { type: 'addTask', taskId: 'hiring', title: 'Hiring plan', roleId: project },
        { type: 'addRole', roleId: 'eng', name: 'Engineering', colour: '#0369a1' },
        { type: 'setLetters', taskId: budget, roleId: 'eng', letters: ['C'] },
      ]),
    );

    const comparison = compareBoards(before, after);
    // A's task order: Milestones comes before Budget in the catalogue.
    expect(comparison.ownerChanges.map((c) => [c.task.title, c.taskInB.title, c.from?.name ?? null, c.to?.name ?? null])).toEqual([
      ['Milestones', 'Milestones', 'Project manager', null],
      ['Budget', 'Costs', 'Project manager', 'Product manager'],
    ]);
    expect(comparison.cellChanges.map((c) => [c.task.title, c.role.name, c.before.join('/'), c.after.join('/')])).toEqual([
      ['Milestones', 'Project manager', 'R/A', 'R'],
      ['Budget', 'Product manager', '', 'R/A'],
      ['Budget', 'Project manager', 'R/A', ''],
    ]);
    expect(comparison.tasksOnlyInA.map((t) => t.title)).toEqual(['Industry events']);
    expect(comparison.tasksOnlyInB.map((t) => t.title)).toEqual(['Hiring plan']);
    expect(comparison.rolesOnlyInA).toEqual([]);
    expect(comparison.rolesOnlyInB.map((r) => r.name)).toEqual(['Engineering']);
    expect(comparison.roles.map((p) => [p.a.name, p.b.name, p.matchedBy])).toEqual([
      ['Product manager', 'Product manager', 'id'],
      ['Project manager', 'Delivery lead', 'id'],
    ]);
    expect(comparison.counts).toMatchObject({ tasksInBoth: 24, tasksOnlyInA: 1, tasksOnlyInB: 1, ownerChanges: 2, cellChanges: 3 });
  });

  it('compares two teams by titles and lane names when their boards share no ids', () => {
    const ours = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [
        ['Budget', { 'Project manager': 'R/A' }],
        ['Product vision', { 'Product manager': 'R/A', 'Project manager': 'I' }],
        ['Office move', { 'Project manager': 'R/A' }],
      ],
    });
    const theirs = withId(
      buildBoard({
        roles: ['Delivery lead', 'PRODUCT MANAGER'],
        tasks: [
          ['Product Vision', { 'PRODUCT MANAGER': 'R/A', 'Delivery lead': 'C' }],
          ['budget', { 'Delivery lead': 'R/A' }],
          ['Hiring', { 'PRODUCT MANAGER': 'A' }],
        ],
      }),
      'board-2',
    );
    const comparison = compareBoards(ours, theirs);
    expect(comparison.sameBoard).toBe(false);
    expect(comparison.tasks.map((p) => [p.a.title, p.b.title, p.matchedBy])).toEqual([
      ['Budget', 'budget', 'title'],
      ['Product vision', 'Product Vision', 'title'],
    ]);
    expect(comparison.roles.map((p) => [p.a.name, p.b.name])).toEqual([['Product manager', 'PRODUCT MANAGER']]);
    expect(comparison.rolesOnlyInA.map((r) => r.name)).toEqual(['Project manager']);
    expect(comparison.rolesOnlyInB.map((r) => r.name)).toEqual(['Delivery lead']);
    // Different lanes own the budget, as far as names tell.
    expect(comparison.ownerChanges.map((c) => [c.task.title, c.from?.name, c.to?.name])).toEqual([['Budget', 'Project manager', 'Delivery lead']]);
    expect(comparison.ownerChanges[0]?.to?.roleId).toBe(roleIdOf(theirs, 'Delivery lead'));
    // Only paired lanes are compared cell by cell, so the I and the C are not set against each other.
    expect(comparison.cellChanges).toEqual([]);
    expect(comparison.tasksOnlyInA.map((t) => t.title)).toEqual(['Office move']);
    expect(comparison.tasksOnlyInB.map((t) => t.title)).toEqual(['Hiring']);
  });

  it('never pairs by id across different boards, even when ids happen to be equal', () => {
    const a = buildBoard({ roles: ['Design'], tasks: [['Logo']] });
    const b = withId(buildBoard({ roles: ['Legal'], tasks: [['Contract']] }), 'board-2');
    expect(a.tasks[0]?.id).toBe(b.tasks[0]?.id);
    const comparison = compareBoards(a, b);
    expect(comparison.tasks).toEqual([]);
    expect(comparison.roles).toEqual([]);
    expect(comparison.counts).toMatchObject({ tasksOnlyInA: 1, tasksOnlyInB: 1, rolesOnlyInA: 1, rolesOnlyInB: 1 });
  });

  it('pairs a duplicate with its original by catalogue id, even after the copy renamed a task', () => {
    const original = template();
    const copy = duplicateBoard(original, { id: 'board-copy', name: 'Copy', now: 3000, newId: counter('copy') });
    const renamed = applyAll(copy, [{ type: 'renameTask', taskId: taskIdOf(copy, 'Budget'), title: 'Money' }]);
    const comparison = compareBoards(original, renamed);
    expect(comparison.counts).toMatchObject({ tasksInBoth: 25, rolesInBoth: 2, ownerChanges: 0, cellChanges: 0 });
    expect(comparison.tasks.every((p) => p.matchedBy === 'catalogueId')).toBe(true);
    expect(comparison.roles.every((p) => p.matchedBy === 'name')).toBe(true);
  });

  it('pairs a task deleted and typed again under the same title on the same board', () => {
    const before = buildBoard({ roles: ['Ops'], tasks: [['Backups', { Ops: 'R/A' }]] });
    const after = applyAll(before, [
      { type: 'deleteTask', taskId: taskIdOf(before, 'Backups') },
      { type: 'addTask', taskId: 'again', title: 'backups', roleId: null },
    ]);
    const comparison = compareBoards(before, after);
    expect(comparison.tasks.map((p) => p.matchedBy)).toEqual(['title']);
    expect(comparison.ownerChanges.map((c) => [c.from?.name, c.to])).toEqual([['Ops', null]]);
  });

  it('pairs equal titles one to one, earliest with earliest', () => {
    const a = buildBoard({ roles: [], tasks: [['Review'], ['Review'], ['Review']] });
    const b = withId(buildBoard({ roles: [], tasks: [['review'], ['REVIEW']] }), 'board-2');
    const comparison = compareBoards(a, b);
    expect(comparison.tasks.map((p) => [p.a.id, p.b.id])).toEqual([
      ['task-1', 'task-1'],
      ['task-2', 'task-2'],
    ]);
    expect(comparison.tasksOnlyInA.map((t) => t.id)).toEqual(['task-3']);
  });

  it('never pairs titles or lane names that are only punctuation', () => {
    const a = buildBoard({ roles: ['?'], tasks: [['--']] });
    const b = withId(buildBoard({ roles: ['!'], tasks: [['..']] }), 'board-2');
    expect(compareBoards(a, b).counts).toMatchObject({ tasksInBoth: 0, rolesInBoth: 0 });
  });

  it('lists cell changes in A task order, then lane order, and what only B has in B order', () => {
    const a = buildBoard({
      roles: ['One', 'Two'],
      tasks: [
        ['First', { One: 'R/A' }],
        ['Second', { Two: 'R/A' }],
      ],
    });
    const b = withId(
      buildBoard({
        roles: ['Two', 'One', 'Three'],
        tasks: [
          ['Zeta'],
          ['Second', { Two: 'R/A', One: 'I' }],
          ['Alpha'],
          ['First', { One: 'A', Two: 'R' }],
        ],
      }),
      'board-2',
    );
    const comparison = compareBoards(a, b);
    expect(comparison.cellChanges.map((c) => `${c.task.title}/${c.role.name}: ${c.before.join('')}->${c.after.join('')}`)).toEqual([
      'First/One: RA->A',
      'First/Two: ->R',
      'Second/One: ->I',
    ]);
    expect(comparison.ownerChanges).toEqual([]);
    expect(comparison.tasksOnlyInB.map((t) => t.title)).toEqual(['Zeta', 'Alpha']);
    expect(comparison.rolesOnlyInB.map((r) => r.name)).toEqual(['Three']);
  });

  it('reads the owner as the lanes show it when an imported board has two A', () => {
    const a = buildBoard({ roles: ['One', 'Two'], tasks: [['Task', { One: 'A', Two: 'A' }]] });
    const b = withId(buildBoard({ roles: ['One', 'Two'], tasks: [['Task', { Two: 'A' }]] }), 'board-2');
    expect(compareBoards(a, b).ownerChanges.map((c) => [c.from?.name, c.to?.name])).toEqual([['One', 'Two']]);
  });
});

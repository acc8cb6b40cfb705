import { describe, expect, it } from 'vitest';
import {
  addMissingActivities,
  keepMine,
  resetToArticleDefaults,
  stopKeepingMine,
  articleOwnerCommand,
} from '../../../../src/shared/catalogue/compareActions';
import { compareWithCatalogue } from '../../../../src/shared/catalogue/compareWithCatalogue';
import type { Board, Cell } from '../../../../src/shared/domain/board';
import type { Command } from '../../../../src/shared/domain/command';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { buildBoard, cellText, roleIdOf, roleNames } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { articleBoard, counter, taskFor, withoutActivities } from './catalogueBoards';

function apply(board: Board, command: Command | null): Board {
  if (command === null) throw new Error('Expected a command');
  const result = applyCommand(board, command, 2000);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function statusOf(board: Board, activityId: string) {
  return compareWithCatalogue(board).rows.find((r) => r.activity.id === activityId)?.status;
}

function withCells(board: Board, taskId: string, cells: readonly Cell[]): Board {
  return { ...board, cells: [...board.cells.filter((c) => c.taskId !== taskId), ...cells] };
}

/** The template with Budget dragged to the Product manager lane. */
function budgetMovedToProduct(): Board {
  const template = articleBoard();
  return apply(template, {
    type: 'moveTask',
    taskId: taskFor(template, 'budget').id,
    toRoleId: roleIdOf(template, 'Product manager'),
    toIndex: 0,
  });
}

describe('articleOwnerCommand', () => {
  it('moves the task to the article owner lane, bringing the score back to 25 of 25', () => {
    const board = deepFreeze(budgetMovedToProduct());
    expect(compareWithCatalogue(board).score.agreeing).toBe(24);
    const command = articleOwnerCommand(board, 'budget');
    expect(command).toMatchObject({ type: 'moveTask', taskId: taskFor(board, 'budget').id, toRoleId: roleIdOf(board, 'Project manager') });
    const fixed = apply(board, command);
    expect(compareWithCatalogue(fixed).score).toMatchObject({ agreeing: 25, present: 25, percent: 100 });
    // R travels with A, as on any drop.
    expect(cellText(fixed, 'Budget', 'Project manager')).toBe('R/A');
    expect(cellText(fixed, 'Budget', 'Product manager')).toBe('');
  });

  it('puts the task at the end of the owner lane', () => {
    const board = budgetMovedToProduct();
    const projectLaneLength = compareWithCatalogue(board).rows.filter((r) => r.status === 'agrees' && r.articleOwner === 'project-manager').length;
    expect(articleOwnerCommand(board, 'budget')).toMatchObject({ toIndex: projectLaneLength });
  });

  it('gives an unowned task to the article owner with A and R', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const board = withCells(template, budget.id, []);
    const fixed = apply(board, articleOwnerCommand(board, 'budget'));
    expect(cellText(fixed, 'Budget', 'Project manager')).toBe('R/A');
    expect(statusOf(fixed, 'budget')).toBe('agrees');
  });

  it('takes the second A away when the article owner is the first of two accountable lanes', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const product = roleIdOf(template, 'Product manager');
    const project = roleIdOf(template, 'Project manager');
    // Put the project lane first, so it is the owner the lanes show.
    const reordered = apply(template, { type: 'moveRole', roleId: project, toIndex: 0 });
    const board = withCells(reordered, budget.id, [
      { taskId: budget.id, roleId: project, letters: ['R', 'A'] },
      { taskId: budget.id, roleId: product, letters: ['A', 'C'] },
    ]);
    const command = articleOwnerCommand(board, 'budget');
    expect(command?.type).toBe('setLetters');
    const fixed = apply(board, command);
    expect(statusOf(fixed, 'budget')).toBe('agrees');
    expect(cellText(fixed, 'Budget', 'Project manager')).toBe('R/A');
    expect(cellText(fixed, 'Budget', 'Product manager')).toBe('C');
  });

  it('moves the task when the other of two accountable lanes is the one shown as owner', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const board = withCells(template, budget.id, [
      { taskId: budget.id, roleId: roleIdOf(template, 'Project manager'), letters: ['R', 'A'] },
      { taskId: budget.id, roleId: roleIdOf(template, 'Product manager'), letters: ['A'] },
    ]);
    const command = articleOwnerCommand(board, 'budget');
    expect(command?.type).toBe('moveTask');
    expect(statusOf(apply(board, command), 'budget')).toBe('agrees');
  });

  it('returns null when the task already agrees, is missing, or the activity is unknown', () => {
    const template = articleBoard();
    expect(articleOwnerCommand(template, 'budget')).toBeNull();
    expect(articleOwnerCommand(withoutActivities(template, ['budget']), 'budget')).toBeNull();
    expect(articleOwnerCommand(template, 'no-such-activity')).toBeNull();
  });

  it('returns null when the board has no lane for the article owner', () => {
    const board = buildBoard({ roles: ['Product manager', 'Engineering'], tasks: [['Budget', { Engineering: 'R/A' }]] });
    expect(articleOwnerCommand(board, 'budget')).toBeNull();
  });
});

describe('keepMine', () => {
  it('marks the task as kept with its note, and stopKeepingMine takes the mark away', () => {
    const board = budgetMovedToProduct();
    const taskId = taskFor(board, 'budget').id;
    const kept = apply(board, keepMine(taskId, 'Our product lead holds the money.'));
    const row = compareWithCatalogue(kept).rows.find((r) => r.activity.id === 'budget');
    expect(row).toMatchObject({ kept: true, note: 'Our product lead holds the money.', status: 'differs' });

    const withdrawn = apply(kept, stopKeepingMine(taskId));
    expect(taskFor(withdrawn, 'budget').keepMine).toBeUndefined();
  });
});

describe('addMissingActivities', () => {
  it('adds the 3 missing activities in one step, each owned by its article owner, giving 25 present', () => {
    const board = deepFreeze(withoutActivities(articleBoard(), ['vision', 'milestones', 'budget']));
    const command = addMissingActivities(board, counter('new'));
    expect(command).toMatchObject({ type: 'batch', label: 'Added 3 missing activities' });
    const filled = apply(board, command);
    const comparison = compareWithCatalogue(filled);
    expect(comparison.score).toMatchObject({ agreeing: 25, present: 25, total: 25 });
    expect(filled.tasks.slice(-3).map((t) => [t.id, t.title, t.catalogueId])).toEqual([
      ['new-1', 'Product vision', 'vision'],
      ['new-2', 'Milestones', 'milestones'],
      ['new-3', 'Budget', 'budget'],
    ]);
    expect(cellText(filled, 'Budget', 'Project manager')).toBe('R/A');
    expect(comparison.rows.find((r) => r.activity.id === 'budget')?.matchedBy).toBe('catalogueId');
  });

  it('names a single addition in the singular', () => {
    const board = withoutActivities(articleBoard(), ['budget']);
    expect(addMissingActivities(board, counter('new'))).toMatchObject({ label: 'Added 1 missing activity' });
  });

  it('leaves an added activity Unassigned when the board has no lane for its owner', () => {
    const board = buildBoard({ roles: ['Product manager'], tasks: [] });
    const filled = apply(board, addMissingActivities(board, counter('new')));
    const comparison = compareWithCatalogue(filled);
    expect(comparison.score.present).toBe(25);
    const budget = comparison.rows.find((r) => r.activity.id === 'budget');
    expect(budget?.yourOwners).toEqual([]);
    expect(comparison.rows.find((r) => r.activity.id === 'vision')?.status).toBe('agrees');
  });

  it('returns null when nothing is missing', () => {
    expect(addMissingActivities(articleBoard(), counter('new'))).toBeNull();
  });
});

describe('resetToArticleDefaults', () => {
  /** A reorganised board: moves, an unowned card, two A, a kept owner, C/I, an extra, two missing. */
  function messyBoard(): Board {
    const base = withoutActivities(budgetMovedToProduct(), ['industry-events', 'project-closure']);
    const product = roleIdOf(base, 'Product manager');
    const project = roleIdOf(base, 'Project manager');
    const vision = taskFor(base, 'vision').id;
    const milestones = taskFor(base, 'milestones').id;
    const timeline = taskFor(base, 'timeline').id;
    let board = withCells(base, vision, []);
    board = withCells(board, milestones, [
      { taskId: milestones, roleId: project, letters: ['A'] },
      { taskId: milestones, roleId: product, letters: ['R', 'A'] },
    ]);
    board = withCells(board, timeline, [
      { taskId: timeline, roleId: project, letters: ['R', 'A', 'C'] },
      { taskId: timeline, roleId: product, letters: ['R', 'I'] },
    ]);
    board = apply(board, keepMine(taskFor(board, 'budget').id, 'Finance sits with product.'));
    board = apply(board, { type: 'addTask', taskId: 'extra', title: 'Hire a designer', roleId: product });
    return apply(board, { type: 'setLetters', taskId: 'extra', roleId: project, letters: ['C'] });
  }

  it('makes every activity agree in one step', () => {
    const board = deepFreeze(messyBoard());
    expect(compareWithCatalogue(board).score).toMatchObject({ agreeing: 20, present: 23 });
    const command = resetToArticleDefaults(board, counter('new'));
    expect(command).toMatchObject({ type: 'batch', label: "Reset to the article's defaults" });
    const reset = apply(board, command);
    expect(compareWithCatalogue(reset).score).toEqual({ agreeing: 25, present: 25, total: 25, percent: 100, keptDiffering: 0 });
  });

  it('gives the owner exactly R and A, takes R and A from the others, and keeps their C and I', () => {
    const reset = apply(messyBoard(), resetToArticleDefaults(messyBoard(), counter('new')));
    expect(cellText(reset, 'Timeline and schedule', 'Project manager')).toBe('R/A');
    expect(cellText(reset, 'Timeline and schedule', 'Product manager')).toBe('I');
    expect(cellText(reset, 'Milestones', 'Product manager')).toBe('');
    expect(cellText(reset, 'Product vision', 'Product manager')).toBe('R/A');
  });

  it('withdraws "Keep mine" and leaves tasks outside the catalogue untouched', () => {
    const board = messyBoard();
    const reset = apply(board, resetToArticleDefaults(board, counter('new')));
    expect(taskFor(reset, 'budget').keepMine).toBeUndefined();
    expect(reset.tasks.find((t) => t.id === 'extra')).toEqual(board.tasks.find((t) => t.id === 'extra'));
    expect(reset.cells.filter((c) => c.taskId === 'extra')).toEqual(board.cells.filter((c) => c.taskId === 'extra'));
  });

  it('adds lanes for the article roles a board lacks, then gives them their activities', () => {
    const board = buildBoard({
      roles: ['Engineering'],
      tasks: [
        ['Budget', { Engineering: 'R/A' }],
        ['Vision', { Engineering: 'C' }],
        ['Code review', { Engineering: 'R/A' }],
      ],
    });
    const reset = apply(board, resetToArticleDefaults(board, counter('new')));
    expect(roleNames(reset)).toEqual(['Engineering', 'Product manager', 'Project manager']);
    expect(compareWithCatalogue(reset).score).toMatchObject({ agreeing: 25, present: 25 });
    expect(cellText(reset, 'Budget', 'Engineering')).toBe('');
    expect(cellText(reset, 'Vision', 'Engineering')).toBe('C');
    expect(cellText(reset, 'Code review', 'Engineering')).toBe('R/A');
  });

  it('returns null when the board already is the article template', () => {
    expect(resetToArticleDefaults(articleBoard(), counter('new'))).toBeNull();
  });

  it('returns null for a template that only adds the suggested C and I', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const board = withCells(template, budget.id, [
      ...template.cells.filter((c) => c.taskId === budget.id),
      { taskId: budget.id, roleId: roleIdOf(template, 'Product manager'), letters: ['C'] },
    ]);
    expect(resetToArticleDefaults(board, counter('new'))).toBeNull();
  });
});

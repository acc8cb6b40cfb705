import { describe, expect, it } from 'vitest';
import { CATALOGUE_ACTIVITIES, type CatalogueQuestion } from '../../../../src/shared/catalogue/articleCatalogue';
import { compareWithCatalogue, type CatalogueComparison } from '../../../../src/shared/catalogue/compareWithCatalogue';
import type { Board, Cell } from '../../../../src/shared/domain/board';
import type { Command } from '../../../../src/shared/domain/command';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { buildBoard, roleIdOf } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { articleBoard, taskFor, withoutActivities } from './catalogueBoards';

function apply(board: Board, command: Command): Board {
  const result = applyCommand(board, command, 2000);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function rowOf(comparison: CatalogueComparison, activityId: string) {
  const row = comparison.rows.find((r) => r.activity.id === activityId);
  if (!row) throw new Error(`No row for ${activityId}`);
  return row;
}

function withCells(board: Board, taskId: string, cells: readonly Cell[]): Board {
  return { ...board, cells: [...board.cells.filter((c) => c.taskId !== taskId), ...cells] };
}

const QUESTIONS: readonly CatalogueQuestion[] = ['What', 'Why', 'When', 'How'];

describe('compareWithCatalogue', () => {
  it('scores the article template 25 of 25, every row agreeing with its owner lane', () => {
    const board = deepFreeze(articleBoard());
    const comparison = compareWithCatalogue(board);
    expect(comparison.score).toEqual({ agreeing: 25, present: 25, total: 25, percent: 100, keptDiffering: 0 });
    expect(comparison.rows.map((r) => r.activity.id)).toEqual(CATALOGUE_ACTIVITIES.map((a) => a.id));
    for (const row of comparison.rows) {
      expect(row.status).toBe('agrees');
      expect(row.yourOwners).toEqual([row.articleOwnerRoleId]);
      expect(row.articleOwnerRoleId).toBe(roleIdOf(board, row.articleOwner === 'product-manager' ? 'Product manager' : 'Project manager'));
    }
    expect(comparison.extras).toEqual([]);
  });

  it('scores 24 of 25 with Budget differing when Budget moves to the Product manager', () => {
    const template = articleBoard();
    const productManager = roleIdOf(template, 'Product manager');
    const board = apply(template, { type: 'moveTask', taskId: taskFor(template, 'budget').id, toRoleId: productManager, toIndex: 0 });
    const comparison = compareWithCatalogue(board);
    expect(comparison.score).toMatchObject({ agreeing: 24, present: 25, total: 25, percent: 96 });
    const budget = rowOf(comparison, 'budget');
    expect(budget).toMatchObject({ status: 'differs', yourOwners: [productManager], articleOwner: 'project-manager' });
    expect(budget.articleOwnerRoleId).toBe(roleIdOf(template, 'Project manager'));
    expect(comparison.rows.filter((r) => r.status === 'differs').map((r) => r.activity.id)).toEqual(['budget']);
  });

  it('counts per question, and the questions add up to the whole score', () => {
    const template = articleBoard();
    const board = apply(template, {
      type: 'moveTask',
      taskId: taskFor(template, 'budget').id,
      toRoleId: roleIdOf(template, 'Product manager'),
      toIndex: 0,
    });
    const { byQuestion, score } = compareWithCatalogue(board);
    for (const question of QUESTIONS) {
      expect(byQuestion[question].total).toBe(CATALOGUE_ACTIVITIES.filter((a) => a.question === question).length);
    }
    const sum = (key: 'agreeing' | 'present' | 'total') => QUESTIONS.reduce((n, q) => n + byQuestion[q][key], 0);
    expect([sum('agreeing'), sum('present'), sum('total')]).toEqual([score.agreeing, score.present, score.total]);
    // Budget answers "How".
    expect(byQuestion.How.agreeing).toBe(byQuestion.How.total - 1);
    expect(byQuestion.What.agreeing).toBe(byQuestion.What.total);
  });

  it('scores a blank board as nothing present, with no percentage rather than NaN', () => {
    const board = buildBoard({ roles: ['Product manager', 'Project manager'], tasks: [] });
    const comparison = compareWithCatalogue(board);
    expect(comparison.score).toEqual({ agreeing: 0, present: 0, total: 25, percent: null, keptDiffering: 0 });
    expect(comparison.rows.every((r) => r.status === 'missing' && r.task === undefined && r.yourOwners.length === 0)).toBe(true);
    for (const question of QUESTIONS) expect(comparison.byQuestion[question]).toMatchObject({ agreeing: 0, present: 0 });
  });

  it('leaves missing activities out of the present count', () => {
    const board = withoutActivities(articleBoard(), ['vision', 'budget', 'milestones']);
    const comparison = compareWithCatalogue(board);
    expect(comparison.score).toMatchObject({ agreeing: 22, present: 22, total: 25, percent: 100 });
    expect(comparison.rows.filter((r) => r.status === 'missing').map((r) => r.activity.id)).toEqual(['vision', 'milestones', 'budget']);
  });

  it('scores a typed-up board by title and alias', () => {
    const board = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [
        ['Vision', { 'Product manager': 'R/A' }],
        ['Schedule', { 'Project manager': 'A', 'Product manager': 'R' }],
        ['Costs', { 'Product manager': 'R/A' }],
        ['Office party', { 'Project manager': 'R/A' }],
      ],
    });
    const comparison = compareWithCatalogue(board);
    expect(comparison.score).toMatchObject({ agreeing: 2, present: 3, percent: 67 });
    expect(rowOf(comparison, 'budget').status).toBe('differs');
    expect(comparison.extras.map((t) => t.title)).toEqual(['Office party']);
  });

  it('counts a task nobody owns as present but differing', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const board = withCells(template, budget.id, [{ taskId: budget.id, roleId: roleIdOf(template, 'Project manager'), letters: ['R'] }]);
    const comparison = compareWithCatalogue(board);
    expect(rowOf(comparison, 'budget')).toMatchObject({ status: 'differs', yourOwners: [] });
    expect(comparison.score).toMatchObject({ agreeing: 24, present: 25 });
  });

  it('counts a task with two accountable lanes as differing, even when one is the article owner', () => {
    const template = articleBoard();
    const budget = taskFor(template, 'budget');
    const product = roleIdOf(template, 'Product manager');
    const project = roleIdOf(template, 'Project manager');
    const board = withCells(template, budget.id, [
      { taskId: budget.id, roleId: project, letters: ['R', 'A'] },
      { taskId: budget.id, roleId: product, letters: ['A'] },
    ]);
    const row = rowOf(compareWithCatalogue(board), 'budget');
    expect(row.status).toBe('differs');
    // In lane order, not cell order.
    expect(row.yourOwners).toEqual([product, project]);
  });

  it('counts every task as differing when the board has no lane for the article owner', () => {
    const board = buildBoard({
      roles: ['Engineering', 'Operations'],
      tasks: [
        ['Budget', { Operations: 'R/A' }],
        ['Vision', { Engineering: 'R/A' }],
      ],
    });
    const comparison = compareWithCatalogue(board);
    expect(rowOf(comparison, 'budget').articleOwnerRoleId).toBeUndefined();
    expect(comparison.score).toMatchObject({ agreeing: 0, present: 2, percent: 0 });
  });

  it('reads lanes named by a role alias as the article roles', () => {
    const board = buildBoard({
      roles: ['Product owner', 'Delivery lead'],
      tasks: [['Budget', { 'Delivery lead': 'R/A' }]],
    });
    const row = rowOf(compareWithCatalogue(board), 'budget');
    expect(row).toMatchObject({ status: 'agrees', articleOwnerRoleId: roleIdOf(board, 'Delivery lead') });
  });

  it('reports a kept owner and its note without counting it as agreeing', () => {
    const template = articleBoard();
    const moved = apply(template, {
      type: 'moveTask',
      taskId: taskFor(template, 'budget').id,
      toRoleId: roleIdOf(template, 'Product manager'),
      toIndex: 0,
    });
    const board = {
      ...moved,
      tasks: moved.tasks.map((t) => (t.catalogueId === 'budget' ? { ...t, keepMine: { note: '  Finance sits with product here.  ' } } : t)),
    };
    const comparison = compareWithCatalogue(board);
    expect(rowOf(comparison, 'budget')).toMatchObject({ status: 'differs', kept: true, note: 'Finance sits with product here.' });
    expect(rowOf(comparison, 'vision')).toMatchObject({ kept: false });
    expect(rowOf(comparison, 'vision').note).toBeUndefined();
    expect(comparison.score).toMatchObject({ agreeing: 24, keptDiffering: 1 });
  });

  it('gives no note when the kept owner has an empty one', () => {
    const template = articleBoard();
    const board = { ...template, tasks: template.tasks.map((t) => (t.catalogueId === 'budget' ? { ...t, keepMine: { note: ' ' } } : t)) };
    const row = rowOf(compareWithCatalogue(board), 'budget');
    expect(row.kept).toBe(true);
    expect(row.note).toBeUndefined();
  });

  it('maps the suggested C and I to board lanes, labelled as suggestions, and never scores them', () => {
    const template = articleBoard();
    const product = roleIdOf(template, 'Product manager');
    const budget = taskFor(template, 'budget');
    const before = compareWithCatalogue(template);
    expect(rowOf(before, 'budget').suggestions).toEqual([
      { kind: 'suggestion', catalogueRoleId: 'product-manager', roleId: product, letter: 'C', held: false },
    ]);

    const board = withCells(template, budget.id, [
      ...template.cells.filter((c) => c.taskId === budget.id),
      { taskId: budget.id, roleId: product, letters: ['C'] },
    ]);
    const after = compareWithCatalogue(board);
    expect(rowOf(after, 'budget').suggestions[0]?.held).toBe(true);
    expect(after.score).toEqual(before.score);
  });

  it('leaves a suggestion without a lane when the board lacks that role', () => {
    const board = buildBoard({ roles: ['Project manager'], tasks: [['Budget', { 'Project manager': 'R/A' }]] });
    const [suggestion] = rowOf(compareWithCatalogue(board), 'budget').suggestions;
    expect(suggestion).toMatchObject({ kind: 'suggestion', catalogueRoleId: 'product-manager', held: false });
    expect(suggestion?.roleId).toBeUndefined();
  });

  it('never changes the board it reads', () => {
    const board = deepFreeze(withoutActivities(articleBoard(), ['budget']));
    expect(() => compareWithCatalogue(board)).not.toThrow();
  });
});

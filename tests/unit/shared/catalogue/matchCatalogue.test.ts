import { describe, expect, it } from 'vitest';
import { CATALOGUE_ACTIVITIES } from '../../../../src/shared/catalogue/articleCatalogue';
import { boardRoleFor, matchCatalogue, type CatalogueMatch } from '../../../../src/shared/catalogue/matchCatalogue';
import type { Board } from '../../../../src/shared/domain/board';
import { buildBoard, roleIdOf, taskIdOf } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';
import { articleBoard, taskFor } from './catalogueBoards';

/** Activity id -> the title of the task that stands for it (absent when none). */
function matchedTitles(match: CatalogueMatch): Record<string, string> {
  return Object.fromEntries(match.activities.flatMap((m) => (m.task ? [[m.activity.id, m.task.title]] : [])));
}

function matchOf(match: CatalogueMatch, activityId: string) {
  const found = match.activities.find((m) => m.activity.id === activityId);
  if (!found) throw new Error(`No row for ${activityId}`);
  return found;
}

function withTitle(board: Board, catalogueId: string, title: string): Board {
  const task = taskFor(board, catalogueId);
  return { ...board, tasks: board.tasks.map((t) => (t === task ? { ...t, title } : t)) };
}

describe('matchCatalogue', () => {
  it('matches every activity of the article template by its catalogue id, with no extras', () => {
    const board = deepFreeze(articleBoard());
    const match = matchCatalogue(board);
    expect(match.activities.map((m) => m.activity.id)).toEqual(CATALOGUE_ACTIVITIES.map((a) => a.id));
    for (const m of match.activities) {
      expect(m.matchedBy).toBe('catalogueId');
      expect(m.task?.catalogueId).toBe(m.activity.id);
    }
    expect(match.extras).toEqual([]);
  });

  it('keeps matching by catalogue id when the task was renamed to anything', () => {
    const board = withTitle(articleBoard(), 'budget', 'Money matters (Q3)');
    const budget = matchOf(matchCatalogue(board), 'budget');
    expect(budget.task?.title).toBe('Money matters (Q3)');
    expect(budget.matchedBy).toBe('catalogueId');
  });

  it('matches tasks typed on a blank board by title, whatever their case, spacing, punctuation and accents', () => {
    const board = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [['  BUDGET '], ['milestones'], ['Customer driven trade offs'], ['Prodüct vísion'], ['Align with marketing & sales']],
    });
    const match = matchCatalogue(board);
    expect(matchedTitles(match)).toEqual({
      vision: 'Prodüct vísion',
      'customer-tradeoffs': 'Customer driven trade offs',
      'sales-alignment': 'Align with marketing & sales',
      milestones: 'milestones',
      budget: '  BUDGET ',
    });
    expect(match.activities.filter((m) => m.task).every((m) => m.matchedBy === 'title')).toBe(true);
  });

  it('finds renamed tasks by the aliases a user would expect', () => {
    const board = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [['Pitch to stakeholders'], ['Investor pitch deck'], ['Schedule'], ['Vision'], ['Costs'], ['Marketing']],
    });
    const match = matchCatalogue(board);
    expect(matchedTitles(match)).toEqual({
      'stakeholder-pitch': 'Pitch to stakeholders',
      timeline: 'Schedule',
      vision: 'Vision',
      budget: 'Costs',
      marketing: 'Marketing',
    });
    expect(matchOf(match, 'timeline').matchedBy).toBe('alias');
    // Not an alias: only whole names match, so this one is the team's own task.
    expect(match.extras.map((t) => t.title)).toEqual(['Investor pitch deck']);
  });

  it('lists tasks the catalogue does not cover as extras, in board order', () => {
    const board = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [['Hire a designer'], ['Budget'], ['Legal review']],
    });
    expect(matchCatalogue(board).extras.map((t) => t.title)).toEqual(['Hire a designer', 'Legal review']);
  });

  it('leaves an activity without a task when the board has deleted it', () => {
    const full = articleBoard();
    const budgetId = taskFor(full, 'budget').id;
    const board = { ...full, tasks: full.tasks.filter((t) => t.id !== budgetId) };
    const match = matchCatalogue(board);
    expect(matchOf(match, 'budget').task).toBeUndefined();
    expect(matchOf(match, 'budget').matchedBy).toBeUndefined();
    expect(match.activities.filter((m) => m.task)).toHaveLength(24);
  });

  it('gives each activity one task: a copy of a catalogue card becomes an extra', () => {
    const full = articleBoard();
    const budget = taskFor(full, 'budget');
    const copy = { ...budget, id: 'copy', order: 99_999 };
    const board = { ...full, tasks: [...full.tasks, copy] };
    const match = matchCatalogue(board);
    expect(matchOf(match, 'budget').task?.id).toBe(budget.id);
    expect(match.extras.map((t) => t.id)).toEqual(['copy']);
  });

  it('prefers a catalogue id over a title, and a title over an alias, whatever the board order', () => {
    const typed = buildBoard({
      roles: ['Product manager', 'Project manager'],
      tasks: [['Schedule'], ['Timeline and schedule'], ['Budget'], ['Costs']],
    });
    const costsId = taskIdOf(typed, 'Costs');
    // "Costs" came from the catalogue's budget row and was renamed: it keeps that row.
    const board = { ...typed, tasks: typed.tasks.map((t) => (t.id === costsId ? { ...t, catalogueId: 'budget' } : t)) };
    const match = matchCatalogue(board);
    expect(matchOf(match, 'timeline').task?.title).toBe('Timeline and schedule');
    expect(matchOf(match, 'budget').task?.title).toBe('Costs');
    expect(match.extras.map((t) => t.title)).toEqual(['Schedule', 'Budget']);
  });

  it('gives a tie to the task earliest on the board', () => {
    const board = buildBoard({ roles: [], tasks: [['Costs'], ['Budgeting'], ['budget'], ['BUDGET']] });
    const match = matchCatalogue(board);
    expect(matchOf(match, 'budget').task?.title).toBe('budget');
    expect(match.extras.map((t) => t.title)).toEqual(['Costs', 'Budgeting', 'BUDGET']);
  });

  it('treats an unknown catalogue id like no catalogue id', () => {
    const typed = buildBoard({ roles: [], tasks: [['Milestones']] });
    const board = { ...typed, tasks: typed.tasks.map((t) => ({ ...t, catalogueId: 'from-a-newer-catalogue' })) };
    expect(matchOf(matchCatalogue(board), 'milestones').matchedBy).toBe('title');
  });

  it('never matches a title that is only punctuation', () => {
    const board = buildBoard({ roles: [], tasks: [['--'], ['?']] });
    expect(matchCatalogue(board).extras).toHaveLength(2);
  });

  it('matches lanes to the catalogue roles by name, whatever the case and punctuation', () => {
    const board = buildBoard({ roles: ['Engineering', 'PROJECT-MANAGER', 'product  manager'], tasks: [] });
    const match = matchCatalogue(board);
    expect(boardRoleFor(match, 'product-manager')).toBe(roleIdOf(board, 'product  manager'));
    expect(boardRoleFor(match, 'project-manager')).toBe(roleIdOf(board, 'PROJECT-MANAGER'));
    expect(match.roles.map((r) => r.matchedBy)).toEqual(['name', 'name']);
  });

  it('matches lanes by the role aliases when no lane has the role name', () => {
    const board = buildBoard({ roles: ['Product owner', 'Delivery lead'], tasks: [] });
    const match = matchCatalogue(board);
    expect(boardRoleFor(match, 'product-manager')).toBe(roleIdOf(board, 'Product owner'));
    expect(boardRoleFor(match, 'project-manager')).toBe(roleIdOf(board, 'Delivery lead'));
    expect(match.roles.map((r) => r.matchedBy)).toEqual(['alias', 'alias']);
  });

  it('prefers the lane with the role name over an earlier alias', () => {
    const board = buildBoard({ roles: ['Product owner', 'Product manager'], tasks: [] });
    expect(boardRoleFor(matchCatalogue(board), 'product-manager')).toBe(roleIdOf(board, 'Product manager'));
  });

  it('matches no lane for a role the board does not have, nor for the ambiguous "PM"', () => {
    const board = buildBoard({ roles: ['PM', 'Engineering'], tasks: [] });
    const match = matchCatalogue(board);
    expect(boardRoleFor(match, 'product-manager')).toBeUndefined();
    expect(boardRoleFor(match, 'project-manager')).toBeUndefined();
    expect(match.roles.every((r) => r.role === undefined)).toBe(true);
  });
});

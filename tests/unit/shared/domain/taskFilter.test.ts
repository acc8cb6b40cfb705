import { describe, expect, it } from 'vitest';
import { EMPTY_TASK_FILTER, filterTasks, foldForSearch, isFilterActive } from '../../../../src/shared/domain/taskFilter';
import { checkBoard } from '../../../../src/shared/domain/rules/checkBoard';
import { buildBoard, roleIdOf, taskIdOf } from './boardBuilder';

const board = buildBoard({
  roles: ['Product manager', 'Project manager', 'Designer'],
  tasks: [
    ['Budget', { 'Project manager': 'R/A', 'Product manager': 'C' }],
    ['Événement de lancement', { 'Product manager': 'R/A', Designer: 'I' }],
    ['Marketing budget', { 'Product manager': 'A', Designer: 'R' }],
    ['Orphan', { Designer: 'C' }],
  ],
});
const titles = (ids: ReadonlySet<string> | null) => (ids === null ? null : board.tasks.filter((t) => ids.has(t.id)).map((t) => t.title));
const none = checkBoard(board).findings;

describe('filterTasks', () => {
  it('returns null when no part of the filter is set', () => {
    expect(filterTasks(board, EMPTY_TASK_FILTER, none)).toBeNull();
    expect(isFilterActive({ ...EMPTY_TASK_FILTER, query: '   ' })).toBe(false);
  });

  it('finds tasks by title ignoring case and accents', () => {
    expect(titles(filterTasks(board, { ...EMPTY_TASK_FILTER, query: 'BUDGET' }, none))).toEqual(['Budget', 'Marketing budget']);
    expect(titles(filterTasks(board, { ...EMPTY_TASK_FILTER, query: 'evenement' }, none))).toEqual(['Événement de lancement']);
  });

  it('keeps tasks where the chosen role holds any letter when only a role is set', () => {
    const filter = { ...EMPTY_TASK_FILTER, roleId: roleIdOf(board, 'Designer') };
    expect(titles(filterTasks(board, filter, none))).toEqual(['Événement de lancement', 'Marketing budget', 'Orphan']);
  });

  it('keeps tasks where the chosen role holds the chosen letter when both are set', () => {
    const filter = { ...EMPTY_TASK_FILTER, roleId: roleIdOf(board, 'Product manager'), letter: 'A' as const };
    expect(titles(filterTasks(board, filter, none))).toEqual(['Événement de lancement', 'Marketing budget']);
  });

  it('keeps tasks where any role holds the letter when only a letter is set', () => {
    expect(titles(filterTasks(board, { ...EMPTY_TASK_FILTER, letter: 'C' }, none))).toEqual(['Budget', 'Orphan']);
  });

  it('keeps tasks with a finding of the chosen rule', () => {
    const findings = checkBoard(board).findings;
    expect(titles(filterTasks(board, { ...EMPTY_TASK_FILTER, ruleId: 'no-accountable' }, findings))).toEqual(['Orphan']);
    expect(titles(filterTasks(board, { ...EMPTY_TASK_FILTER, ruleId: 'no-responsible' }, findings))).toEqual(['Orphan']);
  });

  it('combines every part that is set', () => {
    const filter = { ...EMPTY_TASK_FILTER, query: 'budget', letter: 'R' as const, roleId: roleIdOf(board, 'Designer') };
    expect(titles(filterTasks(board, filter, none))).toEqual(['Marketing budget']);
    expect(filterTasks(board, { ...filter, query: 'nothing like this' }, none)?.size).toBe(0);
    expect(taskIdOf(board, 'Budget')).toBeDefined();
  });
});

describe('foldForSearch', () => {
  it('folds case, accents and runs of spaces when comparing', () => {
    expect(foldForSearch('  Ça   Marche ')).toBe('ca marche');
    expect(foldForSearch('価格')).toBe('価格');
  });
});

import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { checkBoardInvariants } from '../../../../src/shared/domain/checkBoardInvariants';
import { buildBoard } from './boardBuilder';

const good = buildBoard({
  roles: ['Product manager', 'Project manager'],
  tasks: [['Budget', { 'Project manager': 'R/A' }], ['Vision', { 'Product manager': 'R/A', 'Project manager': 'I' }]],
});

function problemsWith(change: Partial<Board>): string[] {
  return checkBoardInvariants({ ...good, ...change });
}

describe('checkBoardInvariants', () => {
  it('finds nothing wrong with a sound board', () => {
    expect(checkBoardInvariants(good)).toEqual([]);
  });

  it('accepts two A on a task, which the rule check reports instead', () => {
    expect(problemsWith({ cells: [...good.cells, { taskId: 'task-1', roleId: 'role-1', letters: ['A'] }] })).toEqual([]);
  });

  it('reports a cell for a task or lane that does not exist', () => {
    const problems = problemsWith({
      cells: [...good.cells, { taskId: 'ghost', roleId: 'role-1', letters: ['R'] }, { taskId: 'task-1', roleId: 'ghost', letters: ['C'] }],
    });
    expect(problems).toEqual([
      'The cell for task "ghost" and lane "Product manager" refers to a task that does not exist.',
      'The cell for task "Budget" and lane "ghost" refers to a lane that does not exist.',
    ]);
  });

  it('reports empty, unnormalised and repeated cells', () => {
    const problems = problemsWith({
      cells: [
        { taskId: 'task-1', roleId: 'role-1', letters: [] },
        { taskId: 'task-2', roleId: 'role-1', letters: ['A', 'R'] },
        { taskId: 'task-2', roleId: 'role-2', letters: ['I'] },
        { taskId: 'task-2', roleId: 'role-2', letters: ['C'] },
      ],
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('has no letters');
    expect(problems[1]).toContain('not a set of R, A, C, I');
    expect(problems[2]).toContain('more than once');
  });

  it('reports duplicate ids and lists out of order', () => {
    const [first, second] = good.tasks;
    if (!first || !second) throw new Error('fixture');
    expect(problemsWith({ tasks: [second, first] })).toEqual(['Tasks are not in order.']);
    // Vision's cells now point at an id no task has, which is reported too.
    expect(problemsWith({ tasks: [first, { ...second, id: first.id }] })).toContain('Task "Vision" has the same id as another task.');
  });

  it('reports positions that are not numbers', () => {
    const problems = problemsWith({ roles: good.roles.map((r, i) => (i === 0 ? { ...r, order: Number.NaN } : r)) });
    expect(problems).toEqual(['Lane "Product manager" has no valid position.']);
  });

  it('reports invalid names, colours and missing groups', () => {
    const problems = problemsWith({
      name: '  ',
      roles: good.roles.map((r, i) => (i === 0 ? { ...r, colour: 'purple' } : r)),
      tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, title: 'x'.repeat(501), groupId: 'nowhere' } : t)),
    });
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe('The board: A board needs a name.');
    expect(problems.some((p) => p.includes('invalid colour "purple"'))).toBe(true);
    expect(problems.some((p) => p.includes('at most 500 characters'))).toBe(true);
    expect(problems.some((p) => p.includes('group that does not exist'))).toBe(true);
  });

  it('reports a name that was never trimmed', () => {
    expect(problemsWith({ name: ' Launch ' })).toEqual(['The board has a name that is not trimmed and normalised.']);
  });

  it('accepts a "Keep mine" mark, a catalogue link and a collapsed group', () => {
    expect(
      problemsWith({
        groups: [{ id: 'g', name: 'Discovery', order: 0, collapsed: true }],
        tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, groupId: 'g', catalogueId: 'budget', keepMine: { note: 'Finance decides here.' } } : t)),
      }),
    ).toEqual([]);
  });

  it('reports "Keep mine" notes that are missing, too long or untrimmed', () => {
    const withNote = (keepMine: unknown) => problemsWith({ tasks: good.tasks.map((t, i) => (i === 0 ? ({ ...t, keepMine } as typeof t) : t)) });
    expect(withNote({})).toEqual(['Task "Budget" has a "Keep mine" mark without a note text.']);
    expect(withNote(null)).toEqual(['Task "Budget" has a "Keep mine" mark without a note text.']);
    expect(withNote({ note: 'x'.repeat(501) })).toEqual(['Task "Budget": A "Keep mine" note can be at most 500 characters.']);
    expect(withNote({ note: ' why ' })).toEqual(['Task "Budget" has a "Keep mine" note that is not trimmed and normalised.']);
  });

  it('reports an empty catalogue link and a collapsed state that is not a yes or no', () => {
    const problems = problemsWith({
      groups: [{ id: 'g', name: 'Discovery', order: 0, collapsed: 'yes' as unknown as boolean }],
      tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, catalogueId: '' } : t)),
    });
    expect(problems).toEqual(['Task "Budget" has an invalid link to the article\'s activities.', 'Group "Discovery" has an invalid collapsed state.']);
  });
});

import { describe, expect, it } from 'vitest';
import { createCsvPreviewBuilder } from '../../../../src/shared/codecs/csvPreviewBuilder';

const limits = { maxTasks: 3, maxRoles: 2, maxProblems: 10 };

describe('createCsvPreviewBuilder', () => {
  it('gives one task per title and group, and says when a task was met before, when merging', () => {
    const builder = createCsvPreviewBuilder(limits);
    expect(builder.task(2, ' Budget ', 'Plan', 'merge')).toEqual({ status: 'ok', index: 0, isNew: true, firstLine: 2 });
    expect(builder.task(3, 'Budget', 'plan', 'merge')).toEqual({ status: 'ok', index: 0, isNew: false, firstLine: 2 });
    expect(builder.task(4, 'Budget', '', 'merge')).toEqual({ status: 'ok', index: 1, isNew: true, firstLine: 4 });
    expect(builder.task(5, '  ', 'Plan', 'merge')).toEqual({ status: 'blank' });
    expect(builder.finish().tasks).toEqual([{ title: 'Budget', group: 'Plan' }, { title: 'Budget' }]);
    expect(builder.finish().groups).toEqual(['Plan']);
  });

  it('gives a new task for every row, and the line of the first with the same title, when keeping rows separate', () => {
    const builder = createCsvPreviewBuilder(limits);
    expect(builder.task(2, 'Budget', 'Plan', 'separate')).toEqual({ status: 'ok', index: 0, isNew: true, firstLine: 2 });
    expect(builder.task(3, 'Budget', 'plan', 'separate')).toEqual({ status: 'ok', index: 1, isNew: true, firstLine: 3, sameTitleLine: 2 });
    expect(builder.task(4, 'Budget', 'Plan', 'separate')).toEqual({ status: 'ok', index: 2, isNew: true, firstLine: 4, sameTitleLine: 2 });
    expect(builder.finish().tasks).toEqual([
      { title: 'Budget', group: 'Plan' },
      { title: 'Budget', group: 'Plan' },
      { title: 'Budget', group: 'Plan' },
    ]);
  });

  it('keeps a task\'s "Keep mine" note and reports a second, different one', () => {
    const builder = createCsvPreviewBuilder(limits);
    builder.task(2, 'Budget', '', 'merge');
    builder.task(3, 'Vision', '', 'merge');
    builder.keepMine(2, 0, 'We fund it');
    builder.keepMine(4, 0, 'We fund it');
    builder.keepMine(5, 0, 'Something else');
    builder.keepMine(3, 1, '');
    const { tasks, problems } = builder.finish();
    expect(tasks).toStrictEqual([
      { title: 'Budget', keepMine: { note: 'We fund it' } },
      { title: 'Vision', keepMine: { note: '' } },
    ]);
    expect(problems).toEqual([{ line: 5, severity: 'warning', message: 'The task "Budget" already has a different "Keep mine" note on line 2; the one on this line was ignored.' }]);
  });

  it('shortens an over-long title and says so', () => {
    const builder = createCsvPreviewBuilder(limits);
    builder.task(2, 'x'.repeat(600), '', 'merge');
    const { tasks, problems } = builder.finish();
    expect([...(tasks[0]?.title ?? '')]).toHaveLength(500);
    expect(problems[0]?.message).toMatch(/longer than 500 characters; it was shortened/);
  });

  it('stops at the task and role limits with one error each', () => {
    const builder = createCsvPreviewBuilder(limits);
    for (let i = 0; i < 6; i += 1) builder.task(i + 2, `T${i}`, '', 'merge');
    for (let i = 0; i < 4; i += 1) builder.role(1, `R${i}`);
    const { tasks, roles, problems } = builder.finish();
    expect(tasks).toHaveLength(3);
    expect(roles).toEqual(['R0', 'R1']);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [5, 'error'],
      [1, 'error'],
    ]);
  });

  it('merges letters per task and role and flags a second accountable role once', () => {
    const builder = createCsvPreviewBuilder(limits);
    const task = builder.task(2, 'Budget', '', 'merge');
    const pm = builder.role(1, 'PM') as number;
    const eng = builder.role(1, 'Eng') as number;
    if (task.status !== 'ok') throw new Error('task');
    builder.assign(2, task.index, pm, ['A']);
    builder.assign(3, task.index, pm, ['R', 'A']);
    builder.assign(4, task.index, eng, ['A']);
    builder.assign(5, task.index, eng, ['A']);
    const { assignments, problems } = builder.finish();
    expect(assignments).toEqual([
      { task: 0, role: 0, letters: ['R', 'A'] },
      { task: 0, role: 1, letters: ['A'] },
    ]);
    expect(problems).toEqual([{ line: 4, severity: 'warning', message: expect.stringContaining('more than one accountable role ("PM" and "Eng")') }]);
  });

  it('keeps every error even past the listing limit', () => {
    const builder = createCsvPreviewBuilder({ ...limits, maxProblems: 1 });
    builder.problem(1, 'first');
    builder.problem(2, 'second');
    builder.problem(3, 'fatal', 'error');
    expect(builder.finish().problems.map((p) => p.message)).toEqual(['first', 'fatal', '1 more problem is not listed here.']);
  });
});

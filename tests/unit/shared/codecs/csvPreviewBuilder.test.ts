import { describe, expect, it } from 'vitest';
import { createCsvPreviewBuilder } from '../../../../src/shared/codecs/csvPreviewBuilder';

const limits = { maxTasks: 3, maxRoles: 2, maxProblems: 10 };

describe('createCsvPreviewBuilder', () => {
  it('gives one task per title and group, and says when a task was met before', () => {
    const builder = createCsvPreviewBuilder(limits);
    expect(builder.task(2, ' Budget ', 'Plan')).toEqual({ status: 'ok', index: 0, isNew: true, firstLine: 2 });
    expect(builder.task(3, 'Budget', 'plan')).toEqual({ status: 'ok', index: 0, isNew: false, firstLine: 2 });
    expect(builder.task(4, 'Budget', '')).toEqual({ status: 'ok', index: 1, isNew: true, firstLine: 4 });
    expect(builder.task(5, '  ', 'Plan')).toEqual({ status: 'blank' });
    expect(builder.finish().tasks).toEqual([{ title: 'Budget', group: 'Plan' }, { title: 'Budget' }]);
    expect(builder.finish().groups).toEqual(['Plan']);
  });

  it('shortens an over-long title and says so', () => {
    const builder = createCsvPreviewBuilder(limits);
    builder.task(2, 'x'.repeat(600), '');
    const { tasks, problems } = builder.finish();
    expect([...(tasks[0]?.title ?? '')]).toHaveLength(500);
    expect(problems[0]?.message).toMatch(/longer than 500 characters; it was shortened/);
  });

  it('stops at the task and role limits with one error each', () => {
    const builder = createCsvPreviewBuilder(limits);
    for (let i = 0; i < 6; i += 1) builder.task(i + 2, `T${i}`, '');
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
    const task = builder.task(2, 'Budget', '');
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

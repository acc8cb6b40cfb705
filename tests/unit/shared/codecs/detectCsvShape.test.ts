import { describe, expect, it } from 'vitest';
import { detectCsvShape, NO_TASK_COLUMN_MESSAGE } from '../../../../src/shared/codecs/detectCsvShape';

describe('detectCsvShape', () => {
  it('reads a task column followed by role columns as a matrix', () => {
    expect(detectCsvShape(['Task', 'Group', 'Product manager', 'Project manager'])).toEqual({
      ok: true,
      value: {
        shape: 'matrix',
        taskColumn: 0,
        groupColumn: 1,
        roleColumns: [
          { column: 2, name: 'Product manager' },
          { column: 3, name: 'Project manager' },
        ],
        ignoredColumns: [],
      },
    });
  });

  it('reads a matrix whose first heading is blank, using the first column for tasks', () => {
    const layout = detectCsvShape(['', 'PM', 'Eng']);
    expect(layout.ok && layout.value.shape === 'matrix' && layout.value.roleColumns.map((c) => c.name)).toEqual(['PM', 'Eng']);
    expect(layout.ok && layout.value.taskColumn).toBe(0);
  });

  it('reads letter headings as letter columns, in any order and wording', () => {
    const layout = detectCsvShape(['Informed', 'Activity', 'Accountable (A)', 'RESPONSIBLE', 'Consulted']);
    expect(layout).toEqual({
      ok: true,
      value: {
        shape: 'letter-columns',
        taskColumn: 1,
        letterColumns: [
          { column: 0, letter: 'I' },
          { column: 2, letter: 'A' },
          { column: 3, letter: 'R' },
          { column: 4, letter: 'C' },
        ],
        ignoredColumns: [],
      },
    });
  });

  it('takes a single letter heading as letter columns only when no other column could be a role', () => {
    expect(detectCsvShape(['Task', 'Accountable']).ok && detectCsvShape(['Task', 'Accountable'])).toMatchObject({ value: { shape: 'letter-columns' } });
    expect(detectCsvShape(['Task', 'Accountable', 'PM'])).toMatchObject({ value: { shape: 'matrix' } });
  });

  it('reads a role column and a letter column as one row per assignment', () => {
    expect(detectCsvShape(['Phase', 'Work item', 'Stakeholder', 'RACI', 'Comments'])).toEqual({
      ok: true,
      value: { shape: 'long', taskColumn: 1, groupColumn: 0, roleColumn: 2, letterColumn: 3, ignoredColumns: [{ column: 4, heading: 'Comments' }] },
    });
  });

  it('leaves a second task or group column and id or notes columns out of a matrix', () => {
    const layout = detectCsvShape(['Task', 'Phase', 'Stage', 'Title', 'Notes', '#', 'PM']);
    expect(layout).toMatchObject({ value: { shape: 'matrix', roleColumns: [{ column: 5, name: '#' }, { column: 6, name: 'PM' }] } });
    expect(layout.ok && layout.value.ignoredColumns.map((c) => c.heading)).toEqual(['Stage', 'Title', 'Notes']);
  });

  it('accepts a heading with only a task column, for a plain task list', () => {
    expect(detectCsvShape(['Tasks'])).toMatchObject({ ok: true, value: { shape: 'matrix', roleColumns: [] } });
  });

  it('reads every column after Task, Group and Keep mine as a role when the heading is the app\'s own export', () => {
    const headings = ['Task', 'Group', 'Keep mine', 'Notes', 'Phase', 'Responsible', 'Accountable', 'Owner', 'RACI', 'Task', "'=Sum", ''];
    expect(detectCsvShape(headings)).toEqual({
      ok: true,
      value: {
        shape: 'matrix',
        fromThisApp: true,
        taskColumn: 0,
        groupColumn: 1,
        keepMineColumn: 2,
        roleColumns: ['Notes', 'Phase', 'Responsible', 'Accountable', 'Owner', 'RACI', 'Task', '=Sum'].map((name, i) => ({ column: i + 3, name })),
        ignoredColumns: [],
      },
    });
  });

  it('reads a Keep mine column in any shape of file when the heading is another spreadsheet\'s', () => {
    expect(detectCsvShape(['Keep mine', 'Task', 'PM'])).toMatchObject({ value: { shape: 'matrix', keepMineColumn: 0, roleColumns: [{ column: 2, name: 'PM' }] } });
    expect(detectCsvShape(['Task', 'Role', 'RACI', 'Keep mine'])).toMatchObject({ value: { shape: 'long', keepMineColumn: 3 } });
    expect(detectCsvShape(['Task', 'Responsible', 'Accountable', 'Keep mine'])).toMatchObject({ value: { shape: 'letter-columns', keepMineColumn: 3 } });
  });

  it('reads a column whose cells hold only letters as a role whatever its heading says, except the task and group columns', () => {
    const layout = detectCsvShape(['Task', 'Group', 'Notes', 'Accountable', 'Owner', 'RACI'], new Set([0, 1, 2, 3, 4]));
    expect(layout).toMatchObject({
      value: {
        shape: 'matrix',
        taskColumn: 0,
        groupColumn: 1,
        roleColumns: ['Notes', 'Accountable', 'Owner', 'RACI'].map((name, i) => ({ column: i + 2, name })),
        ignoredColumns: [],
      },
    });
  });

  it('refuses headings with no task column', () => {
    expect(detectCsvShape(['Name', 'Age'])).toEqual({ ok: false, error: NO_TASK_COLUMN_MESSAGE });
    expect(detectCsvShape([])).toEqual({ ok: false, error: NO_TASK_COLUMN_MESSAGE });
    expect(detectCsvShape(['', ''])).toEqual({ ok: false, error: NO_TASK_COLUMN_MESSAGE });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Cell, Group, Letter, Role, Task } from '../../../../src/shared/domain/board';
import { boardMeta, diffBoards, isEmptyDiff, type BoardDiff } from '../../../../src/shared/domain/boardDiff';

const board: Board = {
  id: 'board-1',
  name: 'Launch',
  createdAt: 1_000,
  updatedAt: 2_000,
  schemaVersion: 1,
  roles: [
    { id: 'role-pm', name: 'Product manager', colour: '#3366cc', order: 1 },
    { id: 'role-proj', name: 'Project manager', colour: '#cc6633', order: 2 },
  ],
  tasks: [
    { id: 'task-1', title: 'Define the vision', order: 1, groupId: 'group-1' },
    { id: 'task-2', title: 'Run the schedule', notes: 'Weekly.', order: 2 },
  ],
  groups: [{ id: 'group-1', name: 'Plan', order: 1 }],
  cells: [
    { taskId: 'task-1', roleId: 'role-pm', letters: ['R', 'A'] },
    { taskId: 'task-2', roleId: 'role-proj', letters: ['A'] },
    { taskId: 'task-2', roleId: 'role-pm', letters: ['C'] },
  ],
};

/** An array that throws if anything iterates it: proves a shared list is never scanned. */
function untouchable<T>(items: readonly T[]): readonly T[] {
  const array = [...items];
  const fail = () => {
    throw new Error('a shared list was scanned');
  };
  for (const method of ['map', 'filter', 'forEach', 'some', 'every', 'find', 'reduce'] as const) {
    Object.defineProperty(array, method, { value: fail });
  }
  Object.defineProperty(array, Symbol.iterator, { value: fail });
  return array;
}

describe('diffBoards', () => {
  it('reports nothing when both sides are the same board', () => {
    expect(isEmptyDiff(diffBoards(board, board))).toBe(true);
  });

  it('puts every record and the board fields when there is no previous board', () => {
    const diff = diffBoards(null, board);

    expect(diff.board).toEqual(boardMeta(board));
    expect(diff.roles).toEqual({ put: board.roles, delete: [] });
    expect(diff.tasks).toEqual({ put: board.tasks, delete: [] });
    expect(diff.groups).toEqual({ put: board.groups, delete: [] });
    expect(diff.cells).toEqual({ put: board.cells, delete: [] });
  });

  it('lists only the renamed task and the new timestamp when one task is renamed', () => {
    const after: Board = { ...board, updatedAt: 3_000, tasks: board.tasks.map((task) => (task.id === 'task-2' ? { ...task, title: 'Own it' } : task)) };

    const diff = diffBoards(board, after);

    expect(diff).toEqual({
      boardId: 'board-1',
      board: { ...boardMeta(board), updatedAt: 3_000 },
      roles: { put: [], delete: [] },
      tasks: { put: [{ id: 'task-2', title: 'Own it', notes: 'Weekly.', order: 2 }], delete: [] },
      groups: { put: [], delete: [] },
      cells: { put: [], delete: [] },
    });
  });

  it('ignores records rebuilt with the same fields when the edit did not share them', () => {
    const rebuilt = structuredClone(board);

    expect(isEmptyDiff(diffBoards(board, rebuilt))).toBe(true);
  });

  it('treats an optional field set to undefined as absent when comparing', () => {
    const after: Board = { ...board, tasks: board.tasks.map((task) => (task.id === 'task-1' ? { ...task, notes: undefined } : task)) };

    expect(diffBoards(board, after).tasks).toEqual({ put: [], delete: [] });
  });

  it('reports a task when an optional field is added or removed', () => {
    const added: Board = { ...board, tasks: board.tasks.map((task) => (task.id === 'task-1' ? { ...task, catalogueId: 'vision' } : task)) };
    const removed: Board = { ...board, tasks: board.tasks.map((task) => (task.id === 'task-1' ? { id: task.id, title: task.title, order: task.order } : task)) };

    expect(diffBoards(board, added).tasks.put.map((task) => task.id)).toEqual(['task-1']);
    expect(diffBoards(board, removed).tasks.put.map((task) => task.id)).toEqual(['task-1']);
  });

  it('reports a cell when its letters change and not when they are copied unchanged', () => {
    const changed: Board = { ...board, cells: board.cells.map((cell) => (cell.taskId === 'task-1' ? { ...cell, letters: ['A'] } : cell)) };
    const copied: Board = { ...board, cells: board.cells.map((cell) => ({ ...cell, letters: [...cell.letters] })) };

    expect(diffBoards(board, changed).cells).toEqual({ put: [{ taskId: 'task-1', roleId: 'role-pm', letters: ['A'] }], delete: [] });
    expect(diffBoards(board, copied).cells).toEqual({ put: [], delete: [] });
  });

  it('reports a task when its keep-mine note is added, changed or removed, and not when it is copied', () => {
    const kept: Board = { ...board, tasks: board.tasks.map((task) => (task.id === 'task-1' ? { ...task, keepMine: { note: 'Ours.' } } : task)) };
    const changed: Board = { ...kept, tasks: kept.tasks.map((task) => (task.id === 'task-1' ? { ...task, keepMine: { note: 'Still ours.' } } : task)) };

    expect(diffBoards(board, kept).tasks.put.map((task) => task.id)).toEqual(['task-1']);
    expect(diffBoards(kept, changed).tasks.put.map((task) => task.keepMine)).toEqual([{ note: 'Still ours.' }]);
    expect(diffBoards(kept, board).tasks.put.map((task) => task.id)).toEqual(['task-1']);
    expect(isEmptyDiff(diffBoards(kept, structuredClone(kept)))).toBe(true);
  });

  it('reports a group when it is folded or unfolded', () => {
    const folded: Board = { ...board, groups: board.groups.map((group) => ({ ...group, collapsed: true })) };

    expect(diffBoards(board, folded).groups.put).toEqual([{ id: 'group-1', name: 'Plan', order: 1, collapsed: true }]);
    expect(diffBoards(folded, { ...folded, groups: folded.groups.map((group) => ({ ...group, collapsed: false })) }).groups.put).toHaveLength(1);
  });

  it('reports the board fields when the rule settings change by value, and not when they are copied', () => {
    const settings = { disabled: ['idle-role' as const], maxResponsible: 2, maxConsultedInformed: 5, overloadShare: 0.6, overloadMinTasks: 5, everyTaskMinTasks: 3 };
    const withSettings: Board = { ...board, ruleSettings: settings };
    const moreDisabled: Board = { ...board, ruleSettings: { ...settings, disabled: ['idle-role', 'overloaded-role'] } };

    expect(diffBoards(board, withSettings).board?.ruleSettings).toEqual(settings);
    expect(diffBoards(withSettings, moreDisabled).board?.ruleSettings?.disabled).toEqual(['idle-role', 'overloaded-role']);
    expect(diffBoards(withSettings, { ...board, ruleSettings: { ...settings, maxResponsible: 3 } }).board).not.toBeNull();
    expect(diffBoards(withSettings, board).board).toEqual(boardMeta(board));
    expect(isEmptyDiff(diffBoards(withSettings, structuredClone(withSettings)))).toBe(true);
  });

  it('lists the keys of removed records when a role and its cells are deleted', () => {
    const after: Board = {
      ...board,
      roles: board.roles.filter((role) => role.id !== 'role-pm'),
      cells: board.cells.filter((cell) => cell.roleId !== 'role-pm'),
    };

    const diff = diffBoards(board, after);

    expect(diff.roles).toEqual({ put: [], delete: ['role-pm'] });
    expect(diff.cells).toEqual({
      put: [],
      delete: [
        { taskId: 'task-1', roleId: 'role-pm' },
        { taskId: 'task-2', roleId: 'role-pm' },
      ],
    });
  });

  it('keys cells by task and role when ids contain characters a joined key would confuse', () => {
    const before: Board = { ...board, cells: [{ taskId: 'a', roleId: 'b:c', letters: ['R'] }] };
    const after: Board = { ...board, cells: [{ taskId: 'a:b', roleId: 'c', letters: ['R'] }] };

    const diff = diffBoards(before, after);

    expect(diff.cells).toEqual({ put: after.cells, delete: [{ taskId: 'a', roleId: 'b:c' }] });
  });

  it('does not scan a list when both boards share it', () => {
    const shared: Board = { ...board, roles: untouchable(board.roles), tasks: untouchable(board.tasks), groups: untouchable(board.groups) };
    const after: Board = { ...shared, name: 'Renamed', cells: [] };

    const diff = diffBoards(shared, after);

    expect(diff.board?.name).toBe('Renamed');
    expect(diff.cells.delete).toHaveLength(3);
  });

  it('throws when the two boards are different boards', () => {
    expect(() => diffBoards(board, { ...board, id: 'board-2' })).toThrow(/board-1.*board-2/);
  });
});

describe('isEmptyDiff', () => {
  const empty = diffBoards(board, board);

  it('is true when nothing changed', () => {
    expect(isEmptyDiff(empty)).toBe(true);
  });

  it('is false when only the board fields changed', () => {
    expect(isEmptyDiff({ ...empty, board: boardMeta(board) })).toBe(false);
  });

  it.each(['roles', 'tasks', 'groups', 'cells'] as const)('is false when only %s has a record to delete', (table) => {
    expect(isEmptyDiff({ ...empty, [table]: { put: [], delete: ['x'] } } as BoardDiff)).toBe(false);
  });
});

// ----- property: applying the diff to the rows of `before` gives the rows of `after` -----

const ids = (prefix: string) => fc.constantFrom(...['1', '2', '3', '4', '5'].map((n) => `${prefix}-${n}`));
const small = fc.integer({ min: 0, max: 3 });
const letters = fc.subarray<Letter>(['R', 'A', 'C', 'I'], { minLength: 1 });

const roleArb: fc.Arbitrary<Role> = fc.record({ id: ids('role'), name: fc.constantFrom('PM', 'Eng'), colour: fc.constantFrom('#000000', '#ffffff'), order: small });
const groupArb: fc.Arbitrary<Group> = fc.record(
  { id: ids('group'), name: fc.constantFrom('Plan', 'Run'), order: small, collapsed: fc.boolean() },
  { requiredKeys: ['id', 'name', 'order'] },
);
const taskArb: fc.Arbitrary<Task> = fc.record(
  {
    id: ids('task'),
    title: fc.constantFrom('Plan', 'Ship'),
    notes: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }),
    groupId: ids('group'),
    order: small,
    catalogueId: fc.constantFrom('vision', 'roadmap'),
    keepMine: fc.record({ note: fc.constantFrom('', 'Ours.') }),
  },
  { requiredKeys: ['id', 'title', 'order'] },
);
const cellArb: fc.Arbitrary<Cell> = fc.record({ taskId: ids('task'), roleId: ids('role'), letters });

const boardArb: fc.Arbitrary<Board> = fc.record({
  id: fc.constant('board-p'),
  name: fc.constantFrom('A', 'B'),
  createdAt: fc.constant(1),
  updatedAt: fc.integer({ min: 1, max: 3 }),
  schemaVersion: fc.constant(1),
  roles: fc.uniqueArray(roleArb, { selector: (role) => role.id, maxLength: 5 }),
  tasks: fc.uniqueArray(taskArb, { selector: (task) => task.id, maxLength: 5 }),
  groups: fc.uniqueArray(groupArb, { selector: (group) => group.id, maxLength: 5 }),
  cells: fc.uniqueArray(cellArb, { selector: (cell) => `${cell.taskId}/${cell.roleId}`, maxLength: 12 }),
  ruleSettings: fc.option(
    fc.record({
      disabled: fc.subarray(['idle-role', 'overloaded-role'] as const),
      maxResponsible: fc.constantFrom(1, 2),
      maxConsultedInformed: fc.constant(5),
      overloadShare: fc.constant(0.6),
      overloadMinTasks: fc.constant(5),
      everyTaskMinTasks: fc.constant(3),
    }),
    { nil: undefined },
  ),
});

/** How `after` reuses `before`: per record keep its own, share before's object, or copy it. */
type Reuse = 'own' | 'share' | 'copy';
const reuseArb = fc.array(fc.constantFrom<Reuse>('own', 'share', 'copy'), { minLength: 1, maxLength: 12 });

function mix<T>(before: readonly T[], after: readonly T[], key: (record: T) => string, reuse: readonly Reuse[], shareList: boolean): readonly T[] {
  if (shareList) {
    return before;
  }
  const byKey = new Map(before.map((record) => [key(record), record]));
  return after.map((record, index) => {
    const previous = byKey.get(key(record));
    const choice = reuse[index % reuse.length];
    if (previous === undefined || choice === 'own') return record;
    return choice === 'share' ? previous : structuredClone(previous);
  });
}

const cellKey = (cell: { taskId: string; roleId: string }) => JSON.stringify([cell.taskId, cell.roleId]);

type Rows = Record<'roles' | 'tasks' | 'groups' | 'cells', Map<string, unknown>>;

function rowsOf(b: Board): Rows {
  return {
    roles: new Map(b.roles.map((role) => [role.id, role])),
    tasks: new Map(b.tasks.map((task) => [task.id, task])),
    groups: new Map(b.groups.map((group) => [group.id, group])),
    cells: new Map(b.cells.map((cell) => [cellKey(cell), cell])),
  };
}

function applyDiff(rows: Rows, diff: BoardDiff): Rows {
  const apply = <T>(table: Map<string, unknown>, put: readonly T[], deleted: readonly string[], key: (record: T) => string) => {
    const next = new Map(table);
    for (const k of deleted) next.delete(k);
    for (const record of put) next.set(key(record), record);
    return next;
  };
  return {
    roles: apply(rows.roles, diff.roles.put, diff.roles.delete, (role) => role.id),
    tasks: apply(rows.tasks, diff.tasks.put, diff.tasks.delete, (task) => task.id),
    groups: apply(rows.groups, diff.groups.put, diff.groups.delete, (group) => group.id),
    cells: apply(rows.cells, diff.cells.put, diff.cells.delete.map(cellKey), cellKey),
  };
}

describe('diffBoards (property)', () => {
  it('turns the rows of before into the rows of after, writing only what differs, for any edit', () => {
    fc.assert(
      fc.property(
        boardArb,
        boardArb,
        reuseArb,
        fc.record({ roles: fc.boolean(), tasks: fc.boolean(), groups: fc.boolean(), cells: fc.boolean() }),
        fc.boolean(),
        (before, candidate, reuse, shareList, keepMeta) => {
          const after: Board = {
            ...(keepMeta ? boardMeta(before) : boardMeta(candidate)),
            roles: mix(before.roles, candidate.roles, (role) => role.id, reuse, shareList.roles),
            tasks: mix(before.tasks, candidate.tasks, (task) => task.id, reuse, shareList.tasks),
            groups: mix(before.groups, candidate.groups, (group) => group.id, reuse, shareList.groups),
            cells: mix(before.cells, candidate.cells, cellKey, reuse, shareList.cells),
          };

          expectSoundDiff(before, after);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is the same when after keeps runs of before at both ends of a list and edits the middle', () => {
    fc.assert(
      fc.property(boardArb, boardArb, fc.nat(), fc.nat(), (before, candidate, cut1, cut2) => {
        const splice = <T>(kept: readonly T[], middle: readonly T[], key: (record: T) => string): readonly T[] => {
          const start = kept.length === 0 ? 0 : cut1 % (kept.length + 1);
          const end = start + (kept.length === start ? 0 : cut2 % (kept.length - start + 1));
          const ends = [...kept.slice(0, start), ...kept.slice(end)];
          const endKeys = new Set(ends.map(key));
          return [...kept.slice(0, start), ...middle.filter((record) => !endKeys.has(key(record))), ...kept.slice(end)];
        };
        const after: Board = {
          ...boardMeta(before),
          roles: splice(before.roles, candidate.roles, (role) => role.id),
          tasks: splice(before.tasks, candidate.tasks, (task) => task.id),
          groups: splice(before.groups, candidate.groups, (group) => group.id),
          cells: splice(before.cells, candidate.cells, cellKey),
        };
        expectSoundDiff(before, after);
        // Nothing shared by reference, so no end can be skipped: the same rows must come out.
        expect(diffBoards(structuredClone(before), after)).toEqual(diffBoards(before, after));
      }),
      { numRuns: 300 },
    );
  });
});

/** The diff turns before's rows into after's rows, and writes nothing that was already there. */
function expectSoundDiff(before: Board, after: Board): void {
  const diff = diffBoards(before, after);
  const beforeRows = rowsOf(before);
  const afterRows = rowsOf(after);

  // Correct: the diff turns before's rows into after's rows.
  expect(applyDiff(beforeRows, diff)).toEqual(afterRows);
  expect(diff.board ?? boardMeta(before)).toEqual(boardMeta(after));

  // Minimal: nothing written that was already there, nothing deleted that is still wanted.
  for (const table of ['roles', 'tasks', 'groups', 'cells'] as const) {
    const key = table === 'cells' ? cellKey : (record: { id: string }) => record.id;
    for (const record of diff[table].put as readonly never[]) {
      expect(beforeRows[table].get(key(record))).not.toEqual(record);
    }
    const deleted = table === 'cells' ? diff.cells.delete.map(cellKey) : (diff[table].delete as readonly string[]);
    for (const k of deleted) {
      expect(beforeRows[table].has(k) && !afterRows[table].has(k)).toBe(true);
    }
  }
  expect(diff.board === null).toBe(JSON.stringify(boardMeta(before)) === JSON.stringify(boardMeta(after)));
  expect(isEmptyDiff(diff)).toBe(JSON.stringify(rowsAsJson(beforeRows)) === JSON.stringify(rowsAsJson(afterRows)) && diff.board === null);
}

function rowsAsJson(rows: Rows): Record<string, [string, unknown][]> {
  const sorted = (table: Map<string, unknown>) => [...table.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { roles: sorted(rows.roles), tasks: sorted(rows.tasks), groups: sorted(rows.groups), cells: sorted(rows.cells) };
}

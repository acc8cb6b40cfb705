import { describe, expect, it } from 'vitest';
import { CATALOGUE_ACTIVITIES, CATALOGUE_ROLES } from '../../../../src/shared/catalogue/articleCatalogue';
import { BOARD_SCHEMA_VERSION, type Board } from '../../../../src/shared/domain/board';
import { createBlankBoard, createBoardFromCatalogue, duplicateBoard } from '../../../../src/shared/domain/createBoard';
import { boardProblems } from './boardInvariants';
import { cellText, laneTitles } from './boardBuilder';
import { deepFreeze } from './deepFreeze';
import reference from '../catalogue/fixtures/articleDefaults.json';

function ids(prefix: string) {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

function value(result: ReturnType<typeof createBlankBoard>): Board {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('createBlankBoard', () => {
  it('creates the two default lanes and no tasks', () => {
    const board = value(createBlankBoard({ id: 'b1', name: ' Team plan ', now: 42, newId: ids('x') }));
    expect(board).toMatchObject({ id: 'b1', name: 'Team plan', createdAt: 42, updatedAt: 42, schemaVersion: BOARD_SCHEMA_VERSION });
    expect(board.roles.map((r) => [r.name, r.colour])).toEqual(CATALOGUE_ROLES.map((r) => [r.name, r.colour]));
    expect(board.tasks).toEqual([]);
    expect(board.cells).toEqual([]);
    expect(boardProblems(board)).toEqual([]);
  });

  it('takes lane ids from newId rather than the catalogue', () => {
    const board = value(createBlankBoard({ id: 'b1', name: 'Plan', now: 0, newId: ids('x') }));
    expect(board.roles.map((r) => r.id)).toEqual(['x-1', 'x-2']);
  });

  it('refuses an empty name', () => {
    const result = createBlankBoard({ id: 'b1', name: '  ', now: 0, newId: ids('x') });
    expect(result.ok ? 'created' : result.error.code).toBe('empty-name');
  });
});

describe('createBoardFromCatalogue', () => {
  const board = value(createBoardFromCatalogue({ id: 'b2', name: 'Article defaults', now: 7, newId: ids('y') }));

  it('holds the 25 activities in catalogue order', () => {
    expect(board.tasks).toHaveLength(25);
    expect(board.tasks.map((t) => t.title)).toEqual(CATALOGUE_ACTIVITIES.map((a) => a.title));
    expect(board.tasks.map((t) => t.catalogueId)).toEqual(CATALOGUE_ACTIVITIES.map((a) => a.id));
    expect(boardProblems(board)).toEqual([]);
  });

  it('gives each activity to the owner the article names, with A and R', () => {
    expect(cellText(board, 'Budget', 'Project manager')).toBe('R/A');
    expect(cellText(board, 'Budget', 'Product manager')).toBe('');
    expect(cellText(board, 'Marketing strategy', 'Product manager')).toBe('R/A');
    const productLane = CATALOGUE_ACTIVITIES.filter((a) => a.owner === 'product-manager').map((a) => a.title);
    const projectLane = CATALOGUE_ACTIVITIES.filter((a) => a.owner === 'project-manager').map((a) => a.title);
    expect(laneTitles(board, 'Product manager')).toEqual(productLane);
    expect(laneTitles(board, 'Project manager')).toEqual(projectLane);
    expect(laneTitles(board, null)).toEqual([]);
  });

  it('gives every activity the owner the reference names, with A and R, when read against the reference fixture', () => {
    const roleNames = new Map(Object.entries(reference.roles));
    const otherRole = (owner: string) => [...roleNames.entries()].find(([id]) => id !== owner)?.[1] ?? '';
    expect(board.tasks.map((task) => task.catalogueId)).toEqual(reference.activities.map((activity) => activity.id));
    for (const activity of reference.activities) {
      const task = board.tasks.find((t) => t.catalogueId === activity.id);
      const title = task?.title ?? activity.id;
      expect(cellText(board, title, roleNames.get(activity.owner) ?? ''), activity.id).toBe('R/A');
      expect(cellText(board, title, otherRole(activity.owner)), activity.id).toBe('');
    }
  });

  it('leaves out the suggested C and I', () => {
    expect(board.cells).toHaveLength(25);
    expect(board.cells.every((c) => c.letters.join('/') === 'R/A')).toBe(true);
  });

  it('uses fresh ids, never the catalogue\'s', () => {
    const all = [...board.roles.map((r) => r.id), ...board.tasks.map((t) => t.id)];
    expect(new Set(all).size).toBe(27);
    expect(all.every((id) => id.startsWith('y-'))).toBe(true);
  });
});

describe('duplicateBoard', () => {
  const original = deepFreeze<Board>({
    ...value(createBoardFromCatalogue({ id: 'b3', name: 'Original', now: 1, newId: ids('o') })),
    groups: [{ id: 'g-1', name: 'Discovery', order: 0 }],
  });
  const withGroupAndNotes: Board = deepFreeze({
    ...original,
    tasks: original.tasks.map((t, i) => (i === 0 ? { ...t, groupId: 'g-1', notes: 'First' } : t)),
    cells: [...original.cells, { taskId: original.tasks[1]?.id ?? '', roleId: original.roles[1]?.id ?? '', letters: ['C', 'I'] }],
  });
  const copy = duplicateBoard(withGroupAndNotes, { id: 'b4', name: 'Copy of Original', now: 99, newId: ids('c') });

  it('gives every role, task and group a fresh id', () => {
    const oldIds = new Set([...withGroupAndNotes.roles, ...withGroupAndNotes.tasks, ...withGroupAndNotes.groups].map((x) => x.id));
    const newIds = [...copy.roles, ...copy.tasks, ...copy.groups].map((x) => x.id);
    expect(newIds.some((id) => oldIds.has(id))).toBe(false);
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(copy.id).toBe('b4');
  });

  it('keeps the same content under the new ids', () => {
    const strip = (board: Board) => {
      const roleName = new Map(board.roles.map((r) => [r.id, r.name]));
      const taskTitle = new Map(board.tasks.map((t) => [t.id, t.title]));
      const groupName = new Map(board.groups.map((g) => [g.id, g.name]));
      return {
        roles: board.roles.map(({ id: _id, ...rest }) => rest),
        groups: board.groups.map(({ id: _id, ...rest }) => rest),
        tasks: board.tasks.map(({ id: _id, groupId, ...rest }) => ({ ...rest, group: groupId && groupName.get(groupId) })),
        cells: board.cells.map((c) => [taskTitle.get(c.taskId), roleName.get(c.roleId), c.letters.join('/')]),
      };
    };
    expect(strip(copy)).toEqual(strip(withGroupAndNotes));
    expect(copy.tasks[0]?.groupId).toBe(copy.groups[0]?.id);
    expect(boardProblems(copy)).toEqual([]);
  });

  it('takes the new name and timestamps', () => {
    expect(copy).toMatchObject({ name: 'Copy of Original', createdAt: 99, updatedAt: 99 });
  });

  it('falls back to a usable name when the requested one is not', () => {
    expect(duplicateBoard(original, { id: 'b5', name: ' ', now: 0, newId: ids('d') }).name).toBe('Original');
    expect(duplicateBoard(original, { id: 'b6', name: 'x'.repeat(200), now: 0, newId: ids('e') }).name).toBe('x'.repeat(120));
  });
});

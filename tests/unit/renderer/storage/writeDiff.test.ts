import { afterEach, describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { diffBoards } from '../../../../src/shared/domain/boardDiff';
import { createBoardRecord, loadBoard } from '../../../../src/renderer/src/storage/boardRepository';
import type { RaciDatabase } from '../../../../src/renderer/src/storage/raciDatabase';
import { tablesOfDiff, writeDiff } from '../../../../src/renderer/src/storage/writeDiff';
import { hiringBoard, launchBoard } from './fixtures/boards';
import { createTestDatabase } from './fixtures/testDatabase';

const openDatabases: RaciDatabase[] = [];

afterEach(() => {
  for (const db of openDatabases.splice(0)) {
    db.close();
  }
});

async function databaseWith(...boards: Board[]): Promise<RaciDatabase> {
  const db = createTestDatabase().open();
  openDatabases.push(db);
  for (const board of boards) {
    await createBoardRecord(db, board);
  }
  return db;
}

// Every table changes: a lane goes with its cells, a task is renamed, a group folds, a cell is added.
const edited: Board = {
  ...launchBoard,
  updatedAt: launchBoard.updatedAt + 1,
  roles: launchBoard.roles.filter((role) => role.id !== 'role-eng'),
  tasks: launchBoard.tasks.map((task) => (task.id === 'task-a' ? { ...task, title: 'Ship the release' } : task)),
  groups: launchBoard.groups.map((group) => (group.id === 'group-plan' ? { ...group, collapsed: true } : group)),
  cells: [...launchBoard.cells.filter((cell) => cell.roleId !== 'role-eng'), { taskId: 'task-a', roleId: 'role-proj', letters: ['R', 'A'] }],
};

describe('writeDiff', () => {
  it('puts and deletes the rows of every table so the board loads as the edited one', async () => {
    const db = await databaseWith(launchBoard, hiringBoard);
    const diff = diffBoards(launchBoard, edited);

    await db.transaction('rw', tablesOfDiff(db, diff), () => writeDiff(db, diff));

    const loaded = await loadBoard(db, launchBoard.id);
    expect(loaded?.roles).toStrictEqual(edited.roles);
    expect(loaded?.tasks).toStrictEqual(edited.tasks);
    expect(loaded?.groups).toStrictEqual(edited.groups);
    expect(loaded?.cells.map((cell) => `${cell.taskId}/${cell.roleId}=${cell.letters.join('/')}`)).toEqual([
      'task-a/role-pm=I',
      'task-a/role-proj=R/A',
      'task-b/role-proj=R/A',
      'task-c/role-pm=R/A',
      'task-d/role-pm=A',
      'task-d/role-proj=R/C',
    ]);
    expect(await loadBoard(db, hiringBoard.id)).toStrictEqual(hiringBoard);
  });
});

describe('tablesOfDiff', () => {
  it('lists the boards table and only the tables the diff changes', async () => {
    const db = await databaseWith();
    const renamed: Board = { ...launchBoard, tasks: edited.tasks };

    expect(tablesOfDiff(db, diffBoards(launchBoard, renamed)).map((table) => table.name)).toEqual(['boards', 'tasks']);
    expect(tablesOfDiff(db, diffBoards(launchBoard, edited)).map((table) => table.name)).toEqual(['boards', 'roles', 'tasks', 'groups', 'cells']);
  });
});

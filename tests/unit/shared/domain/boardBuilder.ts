/**
 * Small boards for tests, written the way a person reads them: lanes by name, tasks by title,
 * letters as "R/A". Ids are predictable ("role-1", "task-1") so expectations can name them.
 */
import type { Board, Cell, Group, GroupId, Role, RoleId, Task, TaskId } from '../../../../src/shared/domain/board';
import { BOARD_SCHEMA_VERSION } from '../../../../src/shared/domain/board';
import { laneContents } from '../../../../src/shared/domain/laneContents';
import { formatLetters, normalizeLetters, parseLetter } from '../../../../src/shared/domain/letterSet';
import { lettersOf } from '../../../../src/shared/domain/cellIndex';
import { matrixRows, type MatrixRowsOptions } from '../../../../src/shared/domain/matrixRows';

export interface BoardSpec {
  readonly name?: string;
  readonly roles: readonly string[];
  /** Groups (phases) by name, in order; ids are "group-1", "group-2"... */
  readonly groups?: readonly string[];
  /**
   * Title, then letters by lane name, then optionally the group's name, e.g.
   * ['Budget', { 'Project manager': 'R/A' }, 'Planning'].
   */
  readonly tasks: readonly (readonly [string, Readonly<Record<string, string>>?, string?])[];
}

const COLOURS = ['#6d4fd8', '#1f8a70', '#c2410c', '#0369a1', '#be185d'];

export function buildBoard(spec: BoardSpec): Board {
  const roles: Role[] = spec.roles.map((name, i) => ({
    id: `role-${i + 1}`,
    name,
    colour: COLOURS[i % COLOURS.length] as string,
    order: i * 1024,
  }));
  const groups: Group[] = (spec.groups ?? []).map((name, i) => ({ id: `group-${i + 1}`, name, order: i * 1024 }));
  const tasks: Task[] = [];
  const cells: Cell[] = [];
  spec.tasks.forEach(([title, letters, groupName], i) => {
    const group = groupName === undefined ? undefined : (groups.find((g) => g.name === groupName) ?? fail(`No group named ${groupName}`));
    const task: Task = { id: `task-${i + 1}`, title, order: i * 1024, ...(group ? { groupId: group.id } : {}) };
    tasks.push(task);
    for (const [roleName, text] of Object.entries(letters ?? {})) {
      const role = roles.find((r) => r.name === roleName);
      if (!role) throw new Error(`No lane named ${roleName}`);
      const set = normalizeLetters(text.split('/').map((l) => parseLetter(l) ?? fail(`Bad letter in ${text}`)));
      if (set.length > 0) cells.push({ taskId: task.id, roleId: role.id, letters: set });
    }
  });
  return {
    id: 'board-1',
    name: spec.name ?? 'Launch',
    createdAt: 1000,
    updatedAt: 1000,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks,
    groups,
    cells,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

export function roleIdOf(board: Board, name: string): RoleId {
  return board.roles.find((role) => role.name === name)?.id ?? fail(`No lane named ${name}`);
}

export function taskIdOf(board: Board, title: string): TaskId {
  return board.tasks.find((task) => task.title === title)?.id ?? fail(`No task titled ${title}`);
}

/** The letters a lane holds on a task, as the matrix shows them ("R/A", "" for none). */
export function cellText(board: Board, title: string, roleName: string): string {
  return formatLetters(lettersOf(board, taskIdOf(board, title), roleIdOf(board, roleName)));
}

/** The titles a lane shows, top to bottom; null is the Unassigned pool. */
export function laneTitles(board: Board, roleName: string | null): string[] {
  const lanes = laneContents(board);
  const lane = roleName === null ? lanes.unassigned : (lanes.byRole.get(roleIdOf(board, roleName)) ?? []);
  return lane.map((task) => task.title);
}

export function roleNames(board: Board): string[] {
  return board.roles.map((role) => role.name);
}

export function groupIdOf(board: Board, name: string): GroupId {
  return board.groups.find((group) => group.name === name)?.id ?? fail(`No group named ${name}`);
}

export function groupNames(board: Board): string[] {
  return board.groups.map((group) => group.name);
}

/** The matrix rows top to bottom: a group heading as "# Name", a task as its title. */
export function matrixText(board: Board, options?: MatrixRowsOptions): string[] {
  return matrixRows(board, options).map((row) => (row.kind === 'group' ? `# ${row.group.name}` : row.task.title));
}

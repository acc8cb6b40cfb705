/**
 * New boards: blank (the two default lanes), from the article's catalogue (those lanes and its 25
 * activities), or a copy of an existing board under fresh ids.
 */
import { CATALOGUE_ACTIVITIES, CATALOGUE_ROLES, type CatalogueRoleId } from '../catalogue/articleCatalogue';
import { BOARD_SCHEMA_VERSION, type Board, type BoardId, type Cell, type Group, type Role, type Task } from './board';
import type { CommandError } from './command';
import { ORDER_STEP } from './orderKey';
import { ok, type Result } from './result';
import { NAME_LIMITS, validateName } from './validateName';

export interface NewBoardArgs {
  readonly id: BoardId;
  readonly name: string;
  /** Milliseconds since the epoch; both timestamps start here. */
  readonly now: number;
  /** Supplies a fresh id for each role, task and group. */
  readonly newId: () => string;
}

/** A board with the default lanes, Product manager and Project manager, and no tasks. */
export function createBlankBoard(args: NewBoardArgs): Result<Board, CommandError> {
  const name = validateName(args.name, 'board');
  if (!name.ok) return name;
  const roles = defaultRoles(args.newId);
  return ok(emptyBoard(args, name.value, roles.map((r) => r.role)));
}

/**
 * The article's template: the default lanes and its 25 activities in the article's order, each
 * owned (A and R) by the role the article names. The catalogue's C and I are only suggestions,
 * so the board starts without them.
 */
export function createBoardFromCatalogue(args: NewBoardArgs): Result<Board, CommandError> {
  const name = validateName(args.name, 'board');
  if (!name.ok) return name;
  const roles = defaultRoles(args.newId);
  const roleIdFor = new Map(roles.map((r) => [r.catalogueId, r.role.id]));
  const tasks: Task[] = [];
  const cells: Cell[] = [];
  CATALOGUE_ACTIVITIES.forEach((activity, i) => {
    const task: Task = { id: args.newId(), title: activity.title, order: i * ORDER_STEP, catalogueId: activity.id };
    tasks.push(task);
    cells.push({ taskId: task.id, roleId: roleIdFor.get(activity.owner) as string, letters: ['R', 'A'] });
  });
  return ok({ ...emptyBoard(args, name.value, roles.map((r) => r.role)), tasks, cells });
}

/**
 * A copy with the same lanes, cards, groups and letters under fresh ids. The copy's name is
 * cleaned like any board name; if it is unusable the copy falls back to a usable form of it.
 */
export function duplicateBoard(board: Board, args: NewBoardArgs): Board {
  const roleIds = new Map<string, string>();
  const taskIds = new Map<string, string>();
  const groupIds = new Map<string, string>();
  const fresh = (ids: Map<string, string>, id: string): string => {
    let mapped = ids.get(id);
    if (mapped === undefined) {
      mapped = args.newId();
      ids.set(id, mapped);
    }
    return mapped;
  };

  const roles: Role[] = board.roles.map((role) => ({ ...role, id: fresh(roleIds, role.id) }));
  const groups: Group[] = board.groups.map((group) => ({ ...group, id: fresh(groupIds, group.id) }));
  const tasks: Task[] = board.tasks.map((task) => {
    const copy: Task = { ...task, id: fresh(taskIds, task.id) };
    if (task.groupId === undefined) return copy;
    const groupId = groupIds.get(task.groupId);
    if (groupId !== undefined) return { ...copy, groupId };
    // A group the board does not have cannot be copied; the card simply leaves it.
    const { groupId: _missing, ...ungrouped } = copy;
    return ungrouped;
  });
  const cells: Cell[] = [];
  for (const cell of board.cells) {
    const taskId = taskIds.get(cell.taskId);
    const roleId = roleIds.get(cell.roleId);
    if (taskId !== undefined && roleId !== undefined) cells.push({ taskId, roleId, letters: [...cell.letters] });
  }

  return {
    id: args.id,
    name: copyName(args.name, board.name),
    createdAt: args.now,
    updatedAt: args.now,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks,
    groups,
    cells,
  };
}

function copyName(requested: string, original: string): string {
  const name = validateName(requested, 'board');
  if (name.ok) return name.value;
  if (name.error.code === 'too-long') {
    return [...requested.normalize('NFC').trim()].slice(0, NAME_LIMITS.board).join('').trim();
  }
  return original.trim() !== '' ? original : 'Untitled board';
}

function defaultRoles(newId: () => string): { catalogueId: CatalogueRoleId; role: Role }[] {
  return CATALOGUE_ROLES.map((role, i) => ({
    catalogueId: role.id,
    role: { id: newId(), name: role.name, colour: role.colour, order: i * ORDER_STEP },
  }));
}

function emptyBoard(args: NewBoardArgs, name: string, roles: readonly Role[]): Board {
  return {
    id: args.id,
    name,
    createdAt: args.now,
    updatedAt: args.now,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks: [],
    groups: [],
    cells: [],
  };
}

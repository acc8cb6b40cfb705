/**
 * Applies one user edit to a board. Pure: the input is never mutated, unchanged roles, tasks,
 * groups and cells keep their object identity (storage writes only the rows whose objects
 * changed), and an edit that changes nothing returns the very same board so callers can skip the
 * write and the undo step. Every command is O(roles + tasks + groups + cells); a batch, that
 * times its length.
 */
import type { Board, Cell, Group, GroupId, Letter, LetterSet, Role, RoleId, Task, TaskId } from './board';
import type { Command, CommandError } from './command';
import { isLetter, normalizeLetters, NO_LETTERS, sameLetters } from './letterSet';
import { laneContents } from './laneContents';
import { matrixGroupOf, matrixSections } from './matrixRows';
import { fitsBetween, hasRoomBetween, orderBetween, renumber } from './orderKey';
import { ownerOf } from './ownerOf';
import { assertNever, err, ok, type Result } from './result';
import { roleColour } from './roleColour';
import { RULE_IDS } from './rules/finding';
import { normalizeRuleSettings, type RuleSettings } from './rules/ruleSettings';
import { shareUnchanged } from './shareUnchanged';
import { validateKeepMineNote } from './validateKeepMineNote';
import { validateName } from './validateName';
import { validateNotes } from './validateNotes';

type Outcome = Result<Board, CommandError>;

export function applyCommand(board: Board, command: Command, now: number): Outcome {
  const result = change(board, command);
  if (!result.ok || result.value === board) return result;
  return ok({ ...result.value, updatedAt: now });
}

function change(board: Board, command: Command): Outcome {
  switch (command.type) {
    case 'addTask':
      return addTask(board, command);
    case 'renameTask':
      return renameTask(board, command.taskId, command.title);
    case 'setTaskNotes':
      return setTaskNotes(board, command.taskId, command.notes);
    case 'deleteTask':
      return deleteTask(board, command.taskId);
    case 'addRole':
      return addRole(board, command.roleId, command.name, command.colour);
    case 'renameRole':
      return renameRole(board, command.roleId, command.name);
    case 'recolourRole':
      return recolourRole(board, command.roleId, command.colour);
    case 'moveRole':
      return moveRole(board, command.roleId, command.toIndex);
    case 'deleteRole':
      return deleteRole(board, command.roleId);
    case 'setLetters':
      return setLetters(board, command.taskId, command.roleId, command.letters);
    case 'moveTask':
      return moveTask(board, command.taskId, command.toRoleId, command.toIndex);
    case 'renameBoard':
      return renameBoard(board, command.name);
    case 'addGroup':
      return addGroup(board, command.groupId, command.name);
    case 'renameGroup':
      return renameGroup(board, command.groupId, command.name);
    case 'deleteGroup':
      return deleteGroup(board, command.groupId);
    case 'moveGroup':
      return moveGroup(board, command.groupId, command.toIndex);
    case 'setGroupCollapsed':
      return setGroupCollapsed(board, command.groupId, command.collapsed);
    case 'setTaskGroup':
      return setTaskGroup(board, command.taskId, command.groupId);
    case 'moveTaskRow':
      return moveTaskRow(board, command.taskId, command.toIndex, command.groupId);
    case 'setRuleSettings':
      return setRuleSettings(board, command.settings);
    case 'setKeepMine':
      return setKeepMine(board, command.taskId, command.keep, command.note);
    case 'batch':
      return batch(board, command.commands);
    default:
      return assertNever(command);
  }
}

// ---- Tasks ----

function addTask(board: Board, command: Extract<Command, { type: 'addTask' }>): Outcome {
  const { taskId, groupId, catalogueId } = command;
  const roleId = command.roleId ?? null;
  if (board.tasks.some((task) => task.id === taskId)) return duplicateId('task');
  const title = validateName(command.title, 'task');
  if (!title.ok) return title;
  if (roleId !== null && !hasRole(board, roleId)) return notFound('lane');
  if (groupId !== undefined && !findGroup(board, groupId)) return notFound('group');

  // Last on the board is also last in its lane and, with a group, last in that group.
  const last = board.tasks[board.tasks.length - 1];
  const task: Task = {
    id: taskId,
    title: title.value,
    order: orderBetween(last?.order, undefined),
    ...(groupId !== undefined ? { groupId } : {}),
    ...(catalogueId !== undefined && catalogueId !== '' ? { catalogueId } : {}),
  };
  const cells = roleId !== null ? [...board.cells, { taskId, roleId, letters: ['R', 'A'] as LetterSet }] : board.cells;
  return ok({ ...board, tasks: [...board.tasks, task], cells });
}

function renameTask(board: Board, taskId: TaskId, rawTitle: string): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  const title = validateName(rawTitle, 'task');
  if (!title.ok) return title;
  if (title.value === task.title) return ok(board);
  return ok({ ...board, tasks: replaceItem(board.tasks, task, { ...task, title: title.value }) });
}

function setTaskNotes(board: Board, taskId: TaskId, rawNotes: string): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  const notes = validateNotes(rawNotes);
  if (!notes.ok) return notes;
  if (notes.value === task.notes) return ok(board);
  const { notes: _previous, ...rest } = task;
  const updated: Task = notes.value === undefined ? rest : { ...rest, notes: notes.value };
  return ok({ ...board, tasks: replaceItem(board.tasks, task, updated) });
}

function deleteTask(board: Board, taskId: TaskId): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  return ok({
    ...board,
    tasks: board.tasks.filter((t) => t !== task),
    cells: keepCells(board.cells, (cell) => cell.taskId !== taskId),
  });
}

// ---- Roles (lanes) ----

function addRole(board: Board, roleId: RoleId, rawName: string, rawColour: string): Outcome {
  if (hasRole(board, roleId)) return duplicateId('lane');
  const name = validateName(rawName, 'role');
  if (!name.ok) return name;
  const clash = nameClash(board.roles, name.value, undefined, 'lane');
  if (clash) return clash;
  const colour = roleColour(rawColour);
  if (!colour.ok) return colour;
  const last = board.roles[board.roles.length - 1];
  const role: Role = { id: roleId, name: name.value, colour: colour.value, order: orderBetween(last?.order, undefined) };
  return ok({ ...board, roles: [...board.roles, role] });
}

function renameRole(board: Board, roleId: RoleId, rawName: string): Outcome {
  const role = findRole(board, roleId);
  if (!role) return notFound('lane');
  const name = validateName(rawName, 'role');
  if (!name.ok) return name;
  if (name.value === role.name) return ok(board);
  const clash = nameClash(board.roles, name.value, roleId, 'lane');
  if (clash) return clash;
  return ok({ ...board, roles: replaceItem(board.roles, role, { ...role, name: name.value }) });
}

function recolourRole(board: Board, roleId: RoleId, rawColour: string): Outcome {
  const role = findRole(board, roleId);
  if (!role) return notFound('lane');
  const colour = roleColour(rawColour);
  if (!colour.ok) return colour;
  if (colour.value === role.colour) return ok(board);
  return ok({ ...board, roles: replaceItem(board.roles, role, { ...role, colour: colour.value }) });
}

function moveRole(board: Board, roleId: RoleId, toIndex: number): Outcome {
  const role = findRole(board, roleId);
  if (!role) return notFound('lane');
  const others = board.roles.filter((r) => r !== role);
  const index = clampIndex(toIndex, others.length);
  if (board.roles.indexOf(role) === index) return ok(board);
  return ok({ ...board, roles: placeAmong(board.roles, role, others, index) });
}

function deleteRole(board: Board, roleId: RoleId): Outcome {
  const role = findRole(board, roleId);
  if (!role) return notFound('lane');
  // Tasks it owned lose their only A with the cells, which is what puts them in Unassigned.
  return ok({
    ...board,
    roles: board.roles.filter((r) => r !== role),
    cells: keepCells(board.cells, (cell) => cell.roleId !== roleId),
  });
}

// ---- Letters and ownership ----

function setLetters(board: Board, taskId: TaskId, roleId: RoleId, letters: LetterSet): Outcome {
  if (!findTask(board, taskId)) return notFound('task');
  if (!hasRole(board, roleId)) return notFound('lane');
  if (!Array.isArray(letters) || !letters.every(isLetter)) {
    return err({ code: 'invalid-letters', message: 'A cell can only hold the letters R, A, C and I.' });
  }
  const next = normalizeLetters(letters);
  const current = lettersByRole(board.cells, taskId);
  const changes = new CellChanges(current);
  changes.set(roleId, next);
  if (next.includes('A')) {
    // Editing never creates a second A: whoever held it gives it up.
    for (const [other, held] of current) {
      if (other !== roleId && held.includes('A')) changes.set(other, without(held, ['A']));
    }
  }
  if (changes.size === 0) return ok(board);
  return ok({ ...board, cells: changes.applyTo(board.cells, taskId) });
}

function moveTask(board: Board, taskId: TaskId, toRoleId: RoleId | null, toIndex: number): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  if (toRoleId !== null && !hasRole(board, toRoleId)) return notFound('lane');

  const from = ownerOf(board, taskId);
  const lanes = laneContents(board);
  const lane = (toRoleId === null ? lanes.unassigned : lanes.byRole.get(toRoleId)) ?? [];
  const neighbours = lane.filter((t) => t !== task);
  const index = clampIndex(toIndex, neighbours.length);
  if (from === toRoleId && lane.indexOf(task) === index) return ok(board);

  const cells = from === toRoleId ? board.cells : transferOwnership(board.cells, taskId, from, toRoleId);
  const tasks = placeAmong(board.tasks, task, neighbours, index);
  if (cells === board.cells && tasks === board.tasks) return ok(board);
  return ok({ ...board, cells, tasks });
}

/**
 * The ownership rules of a drop: the new owner gets A and gives up any C or I (an owner is not
 * also consulted); every other role loses A; R travels with A when the previous owner held both;
 * a card from the pool also brings R unless another role is already responsible.
 */
function transferOwnership(cells: readonly Cell[], taskId: TaskId, from: RoleId | null, to: RoleId | null): readonly Cell[] {
  const current = lettersByRole(cells, taskId);
  const fromLetters = from === null ? NO_LETTERS : (current.get(from) ?? NO_LETTERS);
  const responsibilityMoves = to !== null && fromLetters.includes('A') && fromLetters.includes('R');
  const changes = new CellChanges(current);

  for (const [roleId, held] of current) {
    if (roleId === to || !held.includes('A')) continue;
    changes.set(roleId, without(held, roleId === from && responsibilityMoves ? ['A', 'R'] : ['A']));
  }
  if (to !== null) {
    const mine = current.get(to) ?? NO_LETTERS;
    const otherResponsible = [...current].some(([roleId, held]) => roleId !== to && held.includes('R'));
    const getsR = mine.includes('R') || responsibilityMoves || (from === null && !otherResponsible);
    changes.set(to, getsR ? ['R', 'A'] : ['A']);
  }
  return changes.applyTo(cells, taskId);
}

// ---- Groups (phases) and matrix rows ----

function addGroup(board: Board, groupId: GroupId, rawName: string): Outcome {
  if (findGroup(board, groupId)) return duplicateId('group');
  const name = validateName(rawName, 'group');
  if (!name.ok) return name;
  const clash = nameClash(board.groups, name.value, undefined, 'group');
  if (clash) return clash;
  const last = board.groups[board.groups.length - 1];
  const group: Group = { id: groupId, name: name.value, order: orderBetween(last?.order, undefined) };
  return ok({ ...board, groups: [...board.groups, group] });
}

function renameGroup(board: Board, groupId: GroupId, rawName: string): Outcome {
  const group = findGroup(board, groupId);
  if (!group) return notFound('group');
  const name = validateName(rawName, 'group');
  if (!name.ok) return name;
  if (name.value === group.name) return ok(board);
  const clash = nameClash(board.groups, name.value, groupId, 'group');
  if (clash) return clash;
  return ok({ ...board, groups: replaceItem(board.groups, group, { ...group, name: name.value }) });
}

function deleteGroup(board: Board, groupId: GroupId): Outcome {
  const group = findGroup(board, groupId);
  if (!group) return notFound('group');
  // Its tasks keep their order, which puts them among the ungrouped rows in board order.
  const tasks = board.tasks.some((task) => task.groupId === groupId)
    ? board.tasks.map((task) => (task.groupId === groupId ? withGroup(task, null) : task))
    : board.tasks;
  return ok({ ...board, groups: board.groups.filter((g) => g !== group), tasks });
}

function moveGroup(board: Board, groupId: GroupId, toIndex: number): Outcome {
  const group = findGroup(board, groupId);
  if (!group) return notFound('group');
  const others = board.groups.filter((g) => g !== group);
  const index = clampIndex(toIndex, others.length);
  if (board.groups.indexOf(group) === index) return ok(board);
  return ok({ ...board, groups: placeAmong(board.groups, group, others, index) });
}

function setGroupCollapsed(board: Board, groupId: GroupId, collapsed: boolean): Outcome {
  const group = findGroup(board, groupId);
  if (!group) return notFound('group');
  if ((group.collapsed === true) === (collapsed === true)) return ok(board);
  // Expanded is the default, stored as no field at all.
  const { collapsed: _previous, ...rest } = group;
  const updated: Group = collapsed === true ? { ...rest, collapsed: true } : rest;
  return ok({ ...board, groups: replaceItem(board.groups, group, updated) });
}

function setTaskGroup(board: Board, taskId: TaskId, groupId: GroupId | null): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  if (groupId !== null && !findGroup(board, groupId)) return notFound('group');
  if ((task.groupId ?? null) === groupId) return ok(board);
  const neighbours = (matrixSections(board).get(groupId) ?? []).filter((t) => t !== task);
  return ok({ ...board, tasks: placeAmong(board.tasks, task, neighbours, neighbours.length, withGroup(task, groupId)) });
}

function moveTaskRow(board: Board, taskId: TaskId, toIndex: number, groupId: GroupId | null | undefined): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  const sections = matrixSections(board);
  const target = groupId === undefined ? matrixGroupOf(sections, task) : groupId;
  if (target !== null && !findGroup(board, target)) return notFound('group');
  const neighbours = (sections.get(target) ?? []).filter((t) => t !== task);
  const index = clampIndex(toIndex, neighbours.length);
  const updated = (task.groupId ?? null) === target ? task : withGroup(task, target);
  const tasks = placeAmong(board.tasks, task, neighbours, index, updated);
  return tasks === board.tasks ? ok(board) : ok({ ...board, tasks });
}

function withGroup(task: Task, groupId: GroupId | null): Task {
  if (groupId !== null) return { ...task, groupId };
  const { groupId: _previous, ...ungrouped } = task;
  return ungrouped;
}

// ---- Board ----

function renameBoard(board: Board, rawName: string): Outcome {
  const name = validateName(rawName, 'board');
  if (!name.ok) return name;
  if (name.value === board.name) return ok(board);
  return ok({ ...board, name: name.value });
}

function setRuleSettings(board: Board, settings: RuleSettings): Outcome {
  const next = canonicalRuleSettings(settings);
  // Absent settings mean the defaults, so setting the defaults on such a board changes nothing.
  if (JSON.stringify(next) === JSON.stringify(canonicalRuleSettings(board.ruleSettings))) return ok(board);
  return ok({ ...board, ruleSettings: next });
}

/** Normalised, with switched-off rules in rule order so equal settings are stored alike. */
function canonicalRuleSettings(settings: unknown): RuleSettings {
  const normalized = normalizeRuleSettings(settings);
  const disabled = RULE_IDS.filter((id) => normalized.disabled.includes(id));
  return { ...normalized, disabled };
}

function setKeepMine(board: Board, taskId: TaskId, keep: boolean, rawNote: string | undefined): Outcome {
  const task = findTask(board, taskId);
  if (!task) return notFound('task');
  if (keep !== true) {
    if (task.keepMine === undefined) return ok(board);
    const { keepMine: _previous, ...rest } = task;
    return ok({ ...board, tasks: replaceItem(board.tasks, task, rest) });
  }
  let note = task.keepMine?.note ?? '';
  if (rawNote !== undefined) {
    const checked = validateKeepMineNote(rawNote);
    if (!checked.ok) return checked;
    note = checked.value;
  }
  if (task.keepMine?.note === note) return ok(board);
  return ok({ ...board, tasks: replaceItem(board.tasks, task, { ...task, keepMine: { note } }) });
}

/** All or nothing: the first refusal is the batch's, and the board it was given stays as it was. */
function batch(board: Board, commands: readonly Command[]): Outcome {
  let current = board;
  for (const command of commands) {
    const result = change(current, command);
    if (!result.ok) return result;
    current = result.value;
  }
  return ok(commands.length > 1 ? shareUnchanged(board, current) : current);
}

// ---- Helpers ----

/** Letter changes for one task's cells, recorded only when they differ from what is held. */
class CellChanges {
  private readonly changes = new Map<RoleId, LetterSet>();

  constructor(private readonly current: ReadonlyMap<RoleId, LetterSet>) {}

  get size(): number {
    return this.changes.size;
  }

  set(roleId: RoleId, letters: LetterSet): void {
    if (sameLetters(letters, this.current.get(roleId) ?? NO_LETTERS)) this.changes.delete(roleId);
    else this.changes.set(roleId, letters);
  }

  /** Rewrites only the changed cells; empty letters remove the cell, new cells go at the end. */
  applyTo(cells: readonly Cell[], taskId: TaskId): readonly Cell[] {
    if (this.changes.size === 0) return cells;
    const written = new Set<RoleId>();
    const out: Cell[] = [];
    for (const cell of cells) {
      const letters = cell.taskId === taskId ? this.changes.get(cell.roleId) : undefined;
      if (letters === undefined) {
        out.push(cell);
      } else if (!written.has(cell.roleId)) {
        written.add(cell.roleId);
        if (letters.length > 0) out.push({ ...cell, letters });
      }
    }
    for (const [roleId, letters] of this.changes) {
      if (!written.has(roleId) && letters.length > 0) out.push({ taskId, roleId, letters });
    }
    return out;
  }
}

function lettersByRole(cells: readonly Cell[], taskId: TaskId): Map<RoleId, LetterSet> {
  const held = new Map<RoleId, LetterSet>();
  for (const cell of cells) {
    if (cell.taskId === taskId && !held.has(cell.roleId)) held.set(cell.roleId, cell.letters);
  }
  return held;
}

function without(letters: LetterSet, drop: readonly Letter[]): LetterSet {
  return letters.filter((letter) => !drop.includes(letter));
}

/**
 * Moves `item` so that it sits at `index` among `neighbours` (the items of its lane or group, in
 * order, without it), and puts `replacement` (the item with other fields changed, by default the
 * item itself) in its place. Only the item's order changes: it gets a number between the rows
 * directly around its new spot in the whole list, so no other row moves and no order is shared.
 * When those rows are too close to split, the whole list is renumbered, keeping everything else
 * in sequence. Returns `all` itself when nothing changes.
 */
function placeAmong<T extends { readonly order: number }>(
  all: readonly T[],
  item: T,
  neighbours: readonly T[],
  index: number,
  replacement: T = item,
): readonly T[] {
  const previous = neighbours[index - 1];
  const next = neighbours[index];
  if (fitsBetween(item.order, previous?.order, next?.order)) return replacement === item ? all : replaceItem(all, item, replacement);
  const rest = all.filter((x) => x !== item);
  // Neighbours are never both absent here: with no neighbours any order fits.
  const at = previous ? rest.indexOf(previous) + 1 : rest.indexOf(next as T);
  const below = rest[at - 1]?.order;
  const above = rest[at]?.order;
  if (hasRoomBetween(below, above)) {
    const order = orderBetween(below, above);
    // At the far ends of the number line adding a step can round back onto a neighbour.
    if (fitsBetween(order, below, above)) return [...rest.slice(0, at), { ...replacement, order }, ...rest.slice(at)];
  }
  return renumber([...rest.slice(0, at), replacement, ...rest.slice(at)]);
}

function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

function replaceItem<T>(items: readonly T[], old: T, updated: T): readonly T[] {
  return items.map((item) => (item === old ? updated : item));
}

function keepCells(cells: readonly Cell[], keep: (cell: Cell) => boolean): readonly Cell[] {
  const kept = cells.filter(keep);
  return kept.length === cells.length ? cells : kept;
}

function findTask(board: Board, taskId: TaskId): Task | undefined {
  return board.tasks.find((task) => task.id === taskId);
}

function findRole(board: Board, roleId: RoleId): Role | undefined {
  return board.roles.find((role) => role.id === roleId);
}

function findGroup(board: Board, groupId: GroupId): Group | undefined {
  return board.groups.find((group) => group.id === groupId);
}

function hasRole(board: Board, roleId: RoleId): boolean {
  return board.roles.some((role) => role.id === roleId);
}

/** Two lanes (or two groups) may not share a name, whatever its case: the board would be ambiguous to read. */
function nameClash(items: readonly { readonly id: string; readonly name: string }[], name: string, exceptId: string | undefined, thing: 'lane' | 'group'): Outcome | undefined {
  const folded = name.toLowerCase();
  const clash = items.some((item) => item.id !== exceptId && item.name.toLowerCase() === folded);
  return clash ? err({ code: 'duplicate-name', message: `A ${thing} named "${name}" already exists.` }) : undefined;
}

type Thing = 'task' | 'lane' | 'group';

function notFound(thing: Thing): Outcome {
  return err({ code: 'not-found', message: `That ${thing} no longer exists.` });
}

function duplicateId(thing: Thing): Outcome {
  return err({ code: 'duplicate-id', message: `That ${thing} already exists.` });
}

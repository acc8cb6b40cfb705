/**
 * Turns board data of the current file format (already parsed and migrated) into a valid board.
 * Each part is checked on its own with zod, so one broken lane or cell costs only itself: what can
 * be repaired is repaired (names trimmed, over-long titles shortened, colours and positions reset,
 * letters normalised, duplicate ids and cells merged or renumbered), what cannot is left out, and
 * every change is reported in words. Only data that is not a board at all is refused.
 *
 * Valid data passes through unchanged, ids included, so exporting a board and restoring the file
 * gives back the identical board.
 */
import { z } from 'zod';
import { BOARD_SCHEMA_VERSION, type Board, type Cell, type Group, type Letter, type Role, type Task } from '../domain/board';
import { cellKey } from '../domain/cellIndex';
import { checkBoardInvariants } from '../domain/checkBoardInvariants';
import { normalizeLetters, parseLetter } from '../domain/letterSet';
import { renumber } from '../domain/orderKey';
import { err, ok, type Result } from '../domain/result';
import { roleColour } from '../domain/roleColour';
import { normalizeRuleSettings, type RuleSettings } from '../domain/rules/ruleSettings';
import { KEEP_MINE_NOTE_LIMIT, validateKeepMineNote } from '../domain/validateKeepMineNote';
import { NOTES_LIMIT, validateNotes } from '../domain/validateNotes';
import { NAME_LIMITS } from '../domain/validateName';
import { defaultRoleColour } from './defaultRoleColour';
import { repairName } from './repairName';
import { createWarningList, ordinal, quoted, type WarningList } from './warningList';

export interface RepairOptions {
  /** Supplies ids for items whose id is missing, unusable or taken, and for every item when `freshIds` is set. */
  readonly newId: () => string;
  /** Milliseconds since the epoch; stands in for timestamps the file lacks. */
  readonly now: number;
  /** Give the board and everything on it new ids (importing a copy next to the board it came from). */
  readonly freshIds?: boolean;
}

export interface RepairedBoard {
  readonly board: Board;
  /** What was changed or left out, in words; empty when the data was already a valid board. */
  readonly warnings: string[];
}

/** The name a board gets when its file gives none that can be used. */
export const FALLBACK_BOARD_NAME = 'Imported board';

const MAX_ID_LENGTH = 200;

const idSchema = z.union([z.string(), z.number().transform(String)]).pipe(z.string().min(1).max(MAX_ID_LENGTH));
const textSchema = z.union([z.string(), z.number().transform(String)]);
const finiteSchema = z.number().refine(Number.isFinite);
const stringSchema = z.string();
const listSchema = z.array(z.unknown());
const flagSchema = z.boolean();

// Objects are read into these shapes first: z.object keeps only the listed keys and builds a fresh
// object, so nothing else in the file (odd keys included) travels any further. Each field is then
// read on its own, so a bad one is repaired without losing the rest.
const field = z.unknown().optional();
const boardShape = z.object({
  id: field,
  name: field,
  createdAt: field,
  updatedAt: field,
  roles: field,
  tasks: field,
  groups: field,
  cells: field,
  ruleSettings: field,
});
const roleShape = z.object({ id: field, name: field, colour: field, order: field });
const groupShape = z.object({ id: field, name: field, order: field, collapsed: field });
const taskShape = z.object({
  id: field,
  title: field,
  notes: field,
  groupId: field,
  order: field,
  catalogueId: field,
  keepMine: field,
});
const keepMineShape = z.object({ note: field });
const cellShape = z.object({ taskId: field, roleId: field, letters: field });

type Field<T> = { readonly state: 'absent' } | { readonly state: 'invalid' } | { readonly state: 'valid'; readonly value: T };

const ABSENT = { state: 'absent' } as const;
const INVALID = { state: 'invalid' } as const;

/** Reads one field: absent (undefined or null), invalid, or valid with its parsed value. */
function readField<T>(schema: z.ZodType<T>, value: unknown): Field<T> {
  if (value === undefined || value === null) return ABSENT;
  const parsed = schema.safeParse(value);
  return parsed.success ? { state: 'valid', value: parsed.data } : INVALID;
}

function valueOf<T>(field: Field<T>): T | undefined {
  return field.state === 'valid' ? field.value : undefined;
}

export function repairBoard(data: unknown, options: RepairOptions): Result<RepairedBoard, string> {
  const parsed = boardShape.safeParse(data);
  if (!parsed.success) return err('This file has no board in it: where the board should be, there is something else.');
  const raw = parsed.data;
  if (!Array.isArray(raw.roles) && !Array.isArray(raw.tasks)) {
    return err('The board in this file has neither lanes nor tasks, so there is nothing to open.');
  }

  const warnings = createWarningList();
  const groupIds = createIdKeeper(options);
  const roleIds = createIdKeeper(options);
  const taskIds = createIdKeeper(options);

  const groups = repairGroups(readList(raw.groups, 'groups', warnings), groupIds, warnings);
  const roles = repairRoles(readList(raw.roles, 'lanes', warnings), roleIds, warnings);
  const tasks = repairTasks(readList(raw.tasks, 'tasks', warnings), taskIds, groupIds, warnings);
  const cells = repairCells(readList(raw.cells, 'cells', warnings), { roles, tasks, roleIds, taskIds }, warnings);

  const name = repairBoardName(raw.name, warnings);
  const id = options.freshIds ? freshId(options.newId, new Set()) : (valueOf(readField(idSchema, raw.id)) ?? freshId(options.newId, new Set()));
  const createdAt = readTime(raw.createdAt, options.now, 'creation', warnings);
  const updatedAt = readTime(raw.updatedAt, options.now, 'last change', warnings);
  const ruleSettings = repairRuleSettings(raw.ruleSettings, warnings);

  const board: Board = {
    id,
    name,
    createdAt,
    updatedAt,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks,
    groups,
    cells,
    ...(ruleSettings === undefined ? {} : { ruleSettings }),
  };
  // Every step above promises a sound board; this only guards against a mistake in them.
  const problems = checkBoardInvariants(board);
  if (problems.length > 0) return err(`The board in this file could not be repaired: ${problems[0] as string}`);
  return ok({ board, warnings: warnings.toArray() });
}

function readList(value: unknown, plural: string, warnings: WarningList): readonly unknown[] {
  if (value === undefined || value === null) return [];
  const list = listSchema.safeParse(value);
  if (list.success) return list.data;
  warnings.add(`The board's ${plural} could not be read and were left out.`);
  return [];
}

function repairBoardName(value: unknown, warnings: WarningList): string {
  const text = valueOf(readField(textSchema, value));
  const repaired = text === undefined ? undefined : repairName(text, 'board');
  if (repaired === undefined) {
    warnings.add(`The board had no usable name; it is called "${FALLBACK_BOARD_NAME}".`);
    return FALLBACK_BOARD_NAME;
  }
  if (repaired.shortened) warnings.add(`The board's name was longer than ${NAME_LIMITS.board} characters; it was shortened.`);
  return repaired.name;
}

function readTime(value: unknown, now: number, what: string, warnings: WarningList): number {
  const time = valueOf(readField(finiteSchema, value));
  if (time !== undefined) return time;
  warnings.add(`The board's ${what} time could not be read; it was set to now.`);
  return now;
}

function repairRuleSettings(value: unknown, warnings: WarningList): RuleSettings | undefined {
  if (value === undefined || value === null) return undefined;
  const settings = normalizeRuleSettings(value);
  const source: Readonly<Record<string, unknown>> = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  // A setting the file leaves out simply takes its default; only one that was there and unusable is reported.
  const changed =
    source === value
      ? (Object.keys(settings) as (keyof RuleSettings)[]).some((key) => source[key] !== undefined && !sameSetting(source[key], settings[key]))
      : true;
  if (changed) warnings.add('Some rule settings could not be read; those were set back to their defaults.');
  return settings;
}

/** Settings are numbers or a flat list of rule ids, so a shallow comparison is exact. */
function sameSetting(given: unknown, used: RuleSettings[keyof RuleSettings]): boolean {
  if (!Array.isArray(used)) return given === used;
  return Array.isArray(given) && given.length === used.length && given.every((item, i) => item === used[i]);
}

/* ----------------------------------------------------------------------------------------------
 * Ids: kept when usable and unique (so a round trip is exact), otherwise replaced. The keeper
 * remembers which id each file id became, so cells and groups can still be followed.
 * --------------------------------------------------------------------------------------------*/

interface IdKeeper {
  /** The board id for an item whose file id is `fileId`; `duplicate` when another item already had it. */
  assign(fileId: string | undefined): { readonly id: string; readonly duplicate: boolean };
  /** The board id the item with this file id received, if there was one. */
  lookup(fileId: string): string | undefined;
}

function createIdKeeper(options: RepairOptions): IdKeeper {
  const used = new Set<string>();
  const byFileId = new Map<string, string>();
  return {
    assign(fileId) {
      if (fileId === undefined) return { id: freshId(options.newId, used), duplicate: false };
      if (byFileId.has(fileId)) return { id: freshId(options.newId, used), duplicate: true };
      const id = options.freshIds || used.has(fileId) ? freshId(options.newId, used) : fileId;
      used.add(id);
      byFileId.set(fileId, id);
      return { id, duplicate: false };
    },
    lookup(fileId) {
      return byFileId.get(fileId);
    },
  };
}

const FRESH_ID_ATTEMPTS = 100;

/** A new id not in `used` (and now added to it), even if the supplied generator repeats itself. */
function freshId(newId: () => string, used: Set<string>): string {
  for (let attempt = 0; attempt < FRESH_ID_ATTEMPTS; attempt += 1) {
    const candidate = newId();
    if (typeof candidate === 'string' && candidate !== '' && !used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
  let n = used.size;
  while (used.has(`imported-${n}`)) n += 1;
  used.add(`imported-${n}`);
  return `imported-${n}`;
}

/* ----------------------------------------------------------------------------------------------
 * Lists
 * --------------------------------------------------------------------------------------------*/

/** Sorts by position, or when any position is unusable, keeps the file's order and renumbers. */
function inOrder<T extends { readonly order: number }>(items: T[], plural: string, warnings: WarningList): T[] {
  if (items.some((item) => !Number.isFinite(item.order))) {
    warnings.add(`Some ${plural} had no valid position; they were put in the order the file lists them.`);
    return renumber(items);
  }
  for (let i = 1; i < items.length; i += 1) {
    if ((items[i] as T).order < (items[i - 1] as T).order) return [...items].sort((a, b) => a.order - b.order);
  }
  return items;
}

function repairGroups(list: readonly unknown[], ids: IdKeeper, warnings: WarningList): Group[] {
  const groups: Group[] = [];
  list.forEach((item, i) => {
    const parsed = groupShape.safeParse(item);
    if (!parsed.success) {
      warnings.add(`The ${ordinal(i + 1)} group could not be read and was left out.`);
      return;
    }
    const raw = parsed.data;
    const text = valueOf(readField(textSchema, raw.name));
    const name = text === undefined ? undefined : repairName(text, 'group');
    if (name === undefined) {
      warnings.add(`The ${ordinal(i + 1)} group has no name and was left out; its tasks are no longer grouped.`);
      return;
    }
    if (name.shortened) warnings.add(`Group ${quoted(name.name)} had a name longer than ${NAME_LIMITS.group} characters; it was shortened.`);
    const assigned = ids.assign(valueOf(readField(idSchema, raw.id)));
    if (assigned.duplicate) warnings.add(`Group ${quoted(name.name)} had the same id as another group; it was given a new one.`);
    const group: Group = { id: assigned.id, name: name.name, order: valueOf(readField(finiteSchema, raw.order)) ?? Number.NaN };
    const collapsed = valueOf(readField(flagSchema, raw.collapsed));
    groups.push(collapsed === undefined ? group : { ...group, collapsed });
  });
  return inOrder(groups, 'groups', warnings);
}

function repairRoles(list: readonly unknown[], ids: IdKeeper, warnings: WarningList): Role[] {
  const roles: Role[] = [];
  const takenNames = new Set<string>();
  list.forEach((item, i) => {
    const parsed = roleShape.safeParse(item);
    if (!parsed.success) {
      warnings.add(`The ${ordinal(i + 1)} lane could not be read and was left out.`);
      return;
    }
    const raw = parsed.data;
    const text = valueOf(readField(textSchema, raw.name));
    const repaired = text === undefined ? undefined : repairName(text, 'role');
    if (repaired === undefined) {
      warnings.add(`The ${ordinal(i + 1)} lane has no name and was left out, with its letters.`);
      return;
    }
    if (repaired.shortened) warnings.add(`Lane ${quoted(repaired.name)} had a name longer than ${NAME_LIMITS.role} characters; it was shortened.`);
    const name = distinctRoleName(repaired.name, takenNames);
    if (name !== repaired.name) warnings.add(`Two lanes were named ${quoted(repaired.name)}; the second is now called ${quoted(name)}.`);

    const assigned = ids.assign(valueOf(readField(idSchema, raw.id)));
    if (assigned.duplicate) warnings.add(`Lane ${quoted(name)} had the same id as another lane; it was given a new one.`);

    const colourText = valueOf(readField(stringSchema, raw.colour));
    const colour = colourText === undefined ? undefined : roleColour(colourText);
    let finalColour: string;
    if (colour?.ok) finalColour = colour.value;
    else {
      finalColour = defaultRoleColour(roles.length);
      warnings.add(`Lane ${quoted(name)} had no valid colour; it was given ${finalColour}.`);
    }
    roles.push({ id: assigned.id, name, colour: finalColour, order: valueOf(readField(finiteSchema, raw.order)) ?? Number.NaN });
  });
  return inOrder(roles, 'lanes', warnings);
}

/** Lanes may not share a name whatever its case; a repeat becomes "Name (2)", "Name (3)"... */
function distinctRoleName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    const room = NAME_LIMITS.role - suffix.length;
    const base = [...name].slice(0, room).join('').trim();
    candidate = `${base}${suffix}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

function repairTasks(list: readonly unknown[], ids: IdKeeper, groupIds: IdKeeper, warnings: WarningList): Task[] {
  const tasks: Task[] = [];
  list.forEach((item, i) => {
    const parsed = taskShape.safeParse(item);
    if (!parsed.success) {
      warnings.add(`The ${ordinal(i + 1)} task could not be read and was left out.`);
      return;
    }
    const raw = parsed.data;
    const text = valueOf(readField(textSchema, raw.title));
    const title = text === undefined ? undefined : repairName(text, 'task');
    if (title === undefined) {
      warnings.add(`The ${ordinal(i + 1)} task has no title and was left out, with its letters.`);
      return;
    }
    const label = `Task ${quoted(title.name)}`;
    if (title.shortened) warnings.add(`${label} had a title longer than ${NAME_LIMITS.task} characters; it was shortened.`);

    const assigned = ids.assign(valueOf(readField(idSchema, raw.id)));
    if (assigned.duplicate) warnings.add(`${label} had the same id as another task; it was given a new one.`);

    let task: Task = { id: assigned.id, title: title.name, order: valueOf(readField(finiteSchema, raw.order)) ?? Number.NaN };

    const notes = repairNotes(raw.notes, label, warnings);
    if (notes !== undefined) task = { ...task, notes };

    const groupField = readField(idSchema, raw.groupId);
    if (groupField.state !== 'absent') {
      const groupId = groupField.state === 'valid' ? groupIds.lookup(groupField.value) : undefined;
      if (groupId === undefined) warnings.add(`${label} was in a group that is not on the board; it is no longer grouped.`);
      else task = { ...task, groupId };
    }

    const catalogueField = readField(idSchema, raw.catalogueId);
    if (catalogueField.state === 'valid') task = { ...task, catalogueId: catalogueField.value };
    else if (catalogueField.state === 'invalid') warnings.add(`${label} had an unreadable link to the article's defaults; the link was removed.`);

    const keepMine = repairKeepMine(raw.keepMine, label, warnings);
    if (keepMine !== undefined) task = { ...task, keepMine };

    tasks.push(task);
  });
  return inOrder(tasks, 'tasks', warnings);
}

function repairNotes(value: unknown, label: string, warnings: WarningList): string | undefined {
  const field = readField(textSchema, value);
  if (field.state === 'absent') return undefined;
  if (field.state === 'invalid') {
    warnings.add(`${label} had notes that could not be read; they were left out.`);
    return undefined;
  }
  const checked = validateNotes(field.value);
  if (checked.ok) return checked.value;
  warnings.add(`${label} had notes longer than ${NOTES_LIMIT} characters; they were shortened.`);
  return clip(field.value.normalize('NFC').trim(), NOTES_LIMIT).trim();
}

function repairKeepMine(value: unknown, label: string, warnings: WarningList): { readonly note: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const parsed = keepMineShape.safeParse(value);
  if (!parsed.success) {
    warnings.add(`${label} had an unreadable "keep mine" choice; it was removed.`);
    return undefined;
  }
  // The mark alone says enough, so a missing note is an empty one.
  const note = valueOf(readField(textSchema, parsed.data.note)) ?? '';
  const checked = validateKeepMineNote(note);
  if (checked.ok) return { note: checked.value };
  warnings.add(`${label} had a "keep mine" note longer than ${KEEP_MINE_NOTE_LIMIT} characters; it was shortened.`);
  const clipped = validateKeepMineNote(clip(note.normalize('NFC').trim(), KEEP_MINE_NOTE_LIMIT));
  return { note: clipped.ok ? clipped.value : '' };
}

function clip(text: string, limit: number): string {
  return [...text].slice(0, limit).join('');
}

interface CellContext {
  readonly roles: readonly Role[];
  readonly tasks: readonly Task[];
  readonly roleIds: IdKeeper;
  readonly taskIds: IdKeeper;
}

function repairCells(list: readonly unknown[], context: CellContext, warnings: WarningList): Cell[] {
  const roleNames = new Map(context.roles.map((role) => [role.id, role.name]));
  const taskTitles = new Map(context.tasks.map((task) => [task.id, task.title]));
  const merged: { taskId: string; roleId: string; letters: Letter[] }[] = [];
  const at = new Map<string, number>();

  list.forEach((item, i) => {
    const parsed = cellShape.safeParse(item);
    if (!parsed.success) {
      warnings.add(`The ${ordinal(i + 1)} cell could not be read and was left out.`);
      return;
    }
    const raw = parsed.data;
    const fileTaskId = valueOf(readField(idSchema, raw.taskId));
    const fileRoleId = valueOf(readField(idSchema, raw.roleId));
    const taskId = fileTaskId === undefined ? undefined : context.taskIds.lookup(fileTaskId);
    const roleId = fileRoleId === undefined ? undefined : context.roleIds.lookup(fileRoleId);
    const taskTitle = taskId === undefined ? undefined : taskTitles.get(taskId);
    const roleName = roleId === undefined ? undefined : roleNames.get(roleId);
    const where = describeCell(taskTitle, roleName, i);

    if (taskTitle === undefined || roleName === undefined || taskId === undefined || roleId === undefined) {
      const missing = taskTitle === undefined ? 'a task' : 'a lane';
      warnings.add(`${where} pointed at ${missing} that is not on the board; it was left out.`);
      return;
    }

    const letters: Letter[] = [];
    const unknown: string[] = [];
    const listed = listSchema.safeParse(raw.letters);
    if (!listed.success) {
      warnings.add(`${where} had letters that could not be read; it was left out.`);
      return;
    }
    for (const value of listed.data) {
      const letter = typeof value === 'string' ? parseLetter(value) : undefined;
      if (letter === undefined) unknown.push(describeValue(value));
      else letters.push(letter);
    }
    if (unknown.length > 0) {
      warnings.add(`${where} held ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a RACI letter' : 'are not RACI letters'}; ${unknown.length === 1 ? 'it was' : 'they were'} left out.`);
    }
    if (letters.length === 0) return;

    const key = cellKey(taskId, roleId);
    const index = at.get(key);
    if (index === undefined) {
      at.set(key, merged.length);
      merged.push({ taskId, roleId, letters });
    } else {
      warnings.add(`${where} appeared more than once; the letters were combined.`);
      (merged[index] as { letters: Letter[] }).letters.push(...letters);
    }
  });

  return merged.map((cell) => ({ taskId: cell.taskId, roleId: cell.roleId, letters: normalizeLetters(cell.letters) }));
}

function describeCell(taskTitle: string | undefined, roleName: string | undefined, index: number): string {
  if (taskTitle !== undefined && roleName !== undefined) return `The cell for task ${quoted(taskTitle)} and lane ${quoted(roleName)}`;
  if (taskTitle !== undefined) return `A cell of task ${quoted(taskTitle)}`;
  if (roleName !== undefined) return `A cell in lane ${quoted(roleName)}`;
  return `The ${ordinal(index + 1)} cell`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'an empty value' : 'an object';
}

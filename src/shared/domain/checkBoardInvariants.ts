/**
 * Checks that a board is well formed: what every command guarantees and what an imported or
 * restored board must satisfy before the app works with it. Returns the problems in words (empty
 * when the board is sound). Two roles holding A on one task is not a problem here: an imported
 * board may legitimately arrive that way, and the rule check offers the fix.
 */
import type { Board } from './board';
import { isNormalizedLetters } from './letterSet';
import { roleColour } from './roleColour';
import { validateKeepMineNote } from './validateKeepMineNote';
import { validateName, type NamedThing } from './validateName';

interface Ordered {
  readonly id: string;
  readonly order: number;
}

export function checkBoardInvariants(board: Board): string[] {
  const problems: string[] = [];

  checkName(problems, board.name, 'board', 'The board');
  if (!Number.isFinite(board.createdAt)) problems.push('The board has no valid creation time.');
  if (!Number.isFinite(board.updatedAt)) problems.push('The board has no valid update time.');

  const roleIds = checkList(problems, board.roles, 'Lane', (role) => role.name);
  const taskIds = checkList(problems, board.tasks, 'Task', (task) => task.title);
  const roleNames = new Map(board.roles.map((role) => [role.id, role.name]));
  const taskTitles = new Map(board.tasks.map((task) => [task.id, task.title]));
  const groupIds = checkList(problems, board.groups, 'Group', (group) => group.name);

  for (const role of board.roles) {
    checkName(problems, role.name, 'role', `Lane "${role.name}"`);
    if (!roleColour(role.colour).ok) problems.push(`Lane "${role.name}" has an invalid colour "${role.colour}".`);
  }
  for (const task of board.tasks) {
    checkName(problems, task.title, 'task', `Task "${task.title}"`);
    if (task.groupId !== undefined && !groupIds.has(task.groupId)) {
      problems.push(`Task "${task.title}" belongs to a group that does not exist.`);
    }
    if (task.catalogueId !== undefined && (typeof task.catalogueId !== 'string' || task.catalogueId === '')) {
      problems.push(`Task "${task.title}" has an invalid link to the article's activities.`);
    }
    if (task.keepMine !== undefined) checkKeepMine(problems, task.keepMine, `Task "${task.title}"`);
  }
  for (const group of board.groups) {
    checkName(problems, group.name, 'group', `Group "${group.name}"`);
    if (group.collapsed !== undefined && typeof group.collapsed !== 'boolean') {
      problems.push(`Group "${group.name}" has an invalid collapsed state.`);
    }
  }

  // Per task, the roles it has a cell for: no key string per cell (a board may have 10,000).
  const seenCells = new Map<string, Set<string>>();
  for (const cell of board.cells) {
    // Worded only for a cell with a problem: a sound board of 10,000 cells builds no sentence.
    const where = () => `The cell for task "${taskTitles.get(cell.taskId) ?? cell.taskId}" and lane "${roleNames.get(cell.roleId) ?? cell.roleId}"`;
    if (!taskIds.has(cell.taskId)) problems.push(`${where()} refers to a task that does not exist.`);
    if (!roleIds.has(cell.roleId)) problems.push(`${where()} refers to a lane that does not exist.`);
    if (!Array.isArray(cell.letters) || cell.letters.length === 0) problems.push(`${where()} has no letters.`);
    else if (!isNormalizedLetters(cell.letters)) {
      problems.push(`${where()} has letters that are not a set of R, A, C, I in that order.`);
    }
    let rolesOfTask = seenCells.get(cell.taskId);
    if (rolesOfTask === undefined) seenCells.set(cell.taskId, (rolesOfTask = new Set()));
    if (rolesOfTask.has(cell.roleId)) problems.push(`${where()} appears more than once.`);
    rolesOfTask.add(cell.roleId);
  }

  return problems;
}

/** Ids unique, orders finite and ascending. Returns the set of ids for reference checks. */
function checkList<T extends Ordered>(problems: string[], items: readonly T[], kind: string, label: (item: T) => string): Set<string> {
  const ids = new Set<string>();
  let previous = -Infinity;
  let sorted = true;
  for (const item of items) {
    if (typeof item.id !== 'string' || item.id === '') problems.push(`${kind} "${label(item)}" has no id.`);
    else if (ids.has(item.id)) problems.push(`${kind} "${label(item)}" has the same id as another ${kind.toLowerCase()}.`);
    ids.add(item.id);
    if (!Number.isFinite(item.order)) {
      problems.push(`${kind} "${label(item)}" has no valid position.`);
      continue;
    }
    if (item.order < previous) sorted = false;
    previous = item.order;
  }
  if (!sorted) problems.push(`${kind}s are not in order.`);
  return ids;
}

function checkKeepMine(problems: string[], keepMine: unknown, subject: string): void {
  const note = typeof keepMine === 'object' && keepMine !== null ? (keepMine as { note?: unknown }).note : undefined;
  if (typeof note !== 'string') {
    problems.push(`${subject} has a "Keep mine" mark without a note text.`);
    return;
  }
  const checked = validateKeepMineNote(note);
  if (!checked.ok) problems.push(`${subject}: ${checked.error.message}`);
  else if (checked.value !== note) problems.push(`${subject} has a "Keep mine" note that is not trimmed and normalised.`);
}

function checkName(problems: string[], name: unknown, what: NamedThing, subject: string): void {
  if (typeof name !== 'string') {
    problems.push(`${subject} has no name.`);
    return;
  }
  const checked = validateName(name, what);
  if (!checked.ok) problems.push(`${subject}: ${checked.error.message}`);
  else if (checked.value !== name) problems.push(`${subject} has a name that is not trimmed and normalised.`);
}

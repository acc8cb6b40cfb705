/**
 * What the compare view offers to do about a difference, as commands (plain data) so that each
 * action goes through the same apply, history and undo as any edit. Builders return null when
 * there is nothing to do, so the view can disable the action instead of recording an empty step.
 */
import type { Board, Letter, LetterSet, RoleId, TaskId } from '../domain/board';
import { lettersOf } from '../domain/cellIndex';
import type { Command } from '../domain/command';
import { laneContents } from '../domain/laneContents';
import { NO_LETTERS, sameLetters } from '../domain/letterSet';
import { ownerOf } from '../domain/ownerOf';
import { CATALOGUE_ROLES, type CatalogueRoleId } from './articleCatalogue';
import { compareWithCatalogue, type ComparisonRow } from './compareWithCatalogue';
import { boardRoleFor } from './matchCatalogue';

const OWNER_LETTERS: LetterSet = ['R', 'A'];

/**
 * Gives the activity's task to the lane standing for the article's owner, as one drop onto that
 * lane (the end of it): the lane gets A, and R moves with A as on any drop. Null when the board has
 * no such task or lane, or the task already agrees. When the task has two A and the article's
 * owner is the one shown as owner, a drop would change nothing, so the owner's letters are set
 * again instead, which takes A from the other lane.
 */
export function articleOwnerCommand(board: Board, activityId: string): Command | null {
  const row = compareWithCatalogue(board).rows.find((r) => r.activity.id === activityId);
  if (!row?.task || row.articleOwnerRoleId === undefined || row.status === 'agrees') return null;
  const taskId = row.task.id;
  const toRoleId = row.articleOwnerRoleId;
  if (ownerOf(board, taskId) === toRoleId) {
    return { type: 'setLetters', taskId, roleId: toRoleId, letters: lettersOf(board, taskId, toRoleId) };
  }
  const lane = laneContents(board).byRole.get(toRoleId) ?? [];
  return { type: 'moveTask', taskId, toRoleId, toIndex: lane.filter((task) => task.id !== taskId).length };
}

/** Records that the team keeps its own owner for a task, with an optional reason. */
export function keepMine(taskId: TaskId, note: string): Command {
  return { type: 'setKeepMine', taskId, keep: true, note };
}

/** Withdraws "Keep mine": the task is compared with the article like any other again. */
export function stopKeepingMine(taskId: TaskId): Command {
  return { type: 'setKeepMine', taskId, keep: false };
}

/**
 * Adds a task for every activity the board lacks, in catalogue order at the end of the board, each
 * owned (A and R) by the lane standing for the article's owner, or left Unassigned when the board
 * has no such lane. One step, so one undo removes them all. Null when nothing is missing.
 */
export function addMissingActivities(board: Board, newId: () => string): Command | null {
  const { rows, match } = compareWithCatalogue(board);
  const commands = missingTasks(rows, (owner) => boardRoleFor(match, owner) ?? null, newId);
  if (commands.length === 0) return null;
  const label = commands.length === 1 ? 'Added 1 missing activity' : `Added ${commands.length} missing activities`;
  return { type: 'batch', label, commands };
}

/**
 * Makes the board agree with the article, as one undoable step:
 * - a lane is added for each catalogue role the board has no lane for (named and coloured as in
 *   the template), since without it nothing could be owned as the article says;
 * - on every activity's task, the article's owner holds exactly A and R and no other lane holds A
 *   or R; C and I held by other lanes stay, because the article says nothing about them;
 * - "Keep mine" is withdrawn on those tasks: resetting is choosing the article over them;
 * - missing activities are added, owned by the article's owner;
 * - tasks the catalogue does not cover are left exactly as they are.
 * Null when the board already matches in every one of these ways.
 */
export function resetToArticleDefaults(board: Board, newId: () => string): Command | null {
  const { rows, match } = compareWithCatalogue(board);
  const commands: Command[] = [];
  const lanes = new Map<CatalogueRoleId, RoleId>();
  for (const role of CATALOGUE_ROLES) {
    let roleId = boardRoleFor(match, role.id);
    if (roleId === undefined) {
      roleId = newId();
      commands.push({ type: 'addRole', roleId, name: role.name, colour: role.colour });
    }
    lanes.set(role.id, roleId);
  }
  const laneOf = (owner: CatalogueRoleId): RoleId => lanes.get(owner) as RoleId;

  for (const row of rows) {
    if (!row.task) continue;
    const taskId = row.task.id;
    const ownerRoleId = laneOf(row.articleOwner);
    // Others first: each of these only removes letters, so none of them is a no-op once applied.
    for (const role of board.roles) {
      if (role.id === ownerRoleId) continue;
      const held = lettersOf(board, taskId, role.id);
      const kept = without(held, OWNER_LETTERS);
      if (kept.length !== held.length) commands.push({ type: 'setLetters', taskId, roleId: role.id, letters: kept });
    }
    // A lane added by this reset holds nothing yet, whatever stray cells an imported board carries.
    const ownerHeld = board.roles.some((role) => role.id === ownerRoleId) ? lettersOf(board, taskId, ownerRoleId) : NO_LETTERS;
    if (!sameLetters(ownerHeld, OWNER_LETTERS)) commands.push({ type: 'setLetters', taskId, roleId: ownerRoleId, letters: OWNER_LETTERS });
    if (row.task.keepMine !== undefined) commands.push({ type: 'setKeepMine', taskId, keep: false });
  }
  commands.push(...missingTasks(rows, laneOf, newId));

  if (commands.length === 0) return null;
  return { type: 'batch', label: "Reset to the article's defaults", commands };
}

function missingTasks(rows: readonly ComparisonRow[], laneOf: (owner: CatalogueRoleId) => RoleId | null, newId: () => string): Command[] {
  return rows
    .filter((row) => row.status === 'missing')
    .map((row) => ({
      type: 'addTask' as const,
      taskId: newId(),
      title: row.activity.title,
      roleId: laneOf(row.articleOwner),
      catalogueId: row.activity.id,
    }));
}

function without(letters: LetterSet, drop: readonly Letter[]): LetterSet {
  return letters.filter((letter) => !drop.includes(letter));
}

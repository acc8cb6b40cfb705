/**
 * The words an undo or redo step shows ("Moved Budget to Product manager"). Tasks, lanes and
 * groups are named as they were before the command ran; ids never reach the user.
 */
import type { Board, GroupId, RoleId, TaskId } from './board';
import type { Command } from './command';
import { formatLetters, isLetter, normalizeLetters } from './letterSet';
import { ownerOf } from './ownerOf';
import { assertNever } from './result';

const UNASSIGNED = 'Unassigned';

export function describeCommand(before: Board, command: Command): string {
  switch (command.type) {
    case 'addTask':
      return `Added task ${clean(command.title)}`;
    case 'renameTask':
      return `Renamed ${taskName(before, command.taskId)} to ${clean(command.title)}`;
    case 'setTaskNotes':
      return `Edited notes of ${taskName(before, command.taskId)}`;
    case 'deleteTask':
      return `Deleted task ${taskName(before, command.taskId)}`;
    case 'addRole':
      return `Added lane ${clean(command.name)}`;
    case 'renameRole':
      return `Renamed lane ${roleName(before, command.roleId)} to ${clean(command.name)}`;
    case 'recolourRole':
      return `Recoloured lane ${roleName(before, command.roleId)}`;
    case 'moveRole':
      return `Moved lane ${roleName(before, command.roleId)}`;
    case 'deleteRole':
      return `Deleted lane ${roleName(before, command.roleId)}`;
    case 'setLetters': {
      const where = `${taskName(before, command.taskId)} / ${roleName(before, command.roleId)}`;
      const letters = normalizeLetters(command.letters.filter(isLetter));
      return letters.length === 0 ? `Cleared ${where}` : `Set ${where} to ${formatLetters(letters)}`;
    }
    case 'moveTask': {
      const task = taskName(before, command.taskId);
      const lane = command.toRoleId === null ? UNASSIGNED : roleName(before, command.toRoleId);
      return ownerOf(before, command.taskId) === command.toRoleId ? `Reordered ${task} in ${lane}` : `Moved ${task} to ${lane}`;
    }
    case 'renameBoard':
      return `Renamed board to ${clean(command.name)}`;
    case 'addGroup':
      return `Added group ${clean(command.name)}`;
    case 'renameGroup':
      return `Renamed group ${groupName(before, command.groupId)} to ${clean(command.name)}`;
    case 'deleteGroup':
      return `Deleted group ${groupName(before, command.groupId)}`;
    case 'moveGroup':
      return `Moved group ${groupName(before, command.groupId)}`;
    case 'setGroupCollapsed':
      return `${command.collapsed ? 'Collapsed' : 'Expanded'} group ${groupName(before, command.groupId)}`;
    case 'setTaskGroup':
      return regrouped(before, command.taskId, command.groupId);
    case 'moveTaskRow': {
      const current = currentGroupId(before, command.taskId);
      if (command.groupId !== undefined && command.groupId !== current) return regrouped(before, command.taskId, command.groupId);
      const task = taskName(before, command.taskId);
      return current === null ? `Reordered ${task}` : `Reordered ${task} in ${groupName(before, current)}`;
    }
    case 'setRuleSettings':
      return 'Changed rule settings';
    case 'setKeepMine': {
      const task = taskName(before, command.taskId);
      if (!command.keep) return `Removed "Keep mine" from ${task}`;
      const kept = before.tasks.find((t) => t.id === command.taskId)?.keepMine !== undefined;
      return kept ? `Edited the "Keep mine" note of ${task}` : `Marked ${task} "Keep mine"`;
    }
    case 'batch': {
      // Labels come from the app (a fix, "Add missing activities"); an empty one still needs words.
      const label = clean(command.label);
      return label === '' ? 'Edited the board' : label;
    }
    default:
      return assertNever(command);
  }
}

function clean(name: string): string {
  return name.normalize('NFC').trim();
}

function taskName(board: Board, taskId: TaskId): string {
  return board.tasks.find((task) => task.id === taskId)?.title ?? 'a task';
}

function roleName(board: Board, roleId: RoleId): string {
  return board.roles.find((role) => role.id === roleId)?.name ?? 'a lane';
}

function groupName(board: Board, groupId: GroupId): string {
  return board.groups.find((group) => group.id === groupId)?.name ?? 'a group';
}

/** The task's group as stored, if the board has that group; null when ungrouped. */
function currentGroupId(board: Board, taskId: TaskId): GroupId | null {
  const groupId = board.tasks.find((task) => task.id === taskId)?.groupId;
  return groupId !== undefined && board.groups.some((group) => group.id === groupId) ? groupId : null;
}

function regrouped(board: Board, taskId: TaskId, groupId: GroupId | null): string {
  const task = taskName(board, taskId);
  if (groupId !== null) return `Moved ${task} to group ${groupName(board, groupId)}`;
  const current = currentGroupId(board, taskId);
  return current === null ? `Ungrouped ${task}` : `Removed ${task} from group ${groupName(board, current)}`;
}

/**
 * The words an undo or redo step shows ("Moved Budget to Product manager"). Tasks and lanes are
 * named as they were before the command ran; ids never reach the user.
 */
import type { Board, RoleId, TaskId } from './board';
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

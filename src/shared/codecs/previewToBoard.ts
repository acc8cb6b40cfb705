/**
 * Builds the board a CSV preview describes: roles in the order first seen, with default colours;
 * groups in the order first seen; tasks in file order, with their "Keep mine" marks; letters as read. The preview is checked
 * again on the way, since the screen showing it may have let the user change it.
 */
import { BOARD_SCHEMA_VERSION, type Board, type BoardId, type Cell, type Group, type Role, type Task } from '../domain/board';
import { checkBoardInvariants } from '../domain/checkBoardInvariants';
import { isLetter, isNormalizedLetters, normalizeLetters } from '../domain/letterSet';
import { ORDER_STEP } from '../domain/orderKey';
import { err, ok, type Result } from '../domain/result';
import { validateKeepMineNote } from '../domain/validateKeepMineNote';
import { validateName } from '../domain/validateName';
import type { CsvImportPreview } from './parseCsvImport';
import { defaultRoleColour } from './defaultRoleColour';
import { quoted } from './warningList';

export interface PreviewToBoardArgs {
  readonly id: BoardId;
  readonly name: string;
  /** Milliseconds since the epoch; both timestamps start here. */
  readonly now: number;
  /** Supplies a fresh id for each role, task and group. */
  readonly newId: () => string;
}

type PreviewPart = Pick<CsvImportPreview, 'tasks' | 'roles' | 'assignments' | 'groups' | 'problems'>;

export function previewToBoard(preview: PreviewPart, args: PreviewToBoardArgs): Result<Board, string> {
  const blocking = preview.problems.find((problem) => problem.severity === 'error');
  if (blocking !== undefined) return err(`This file cannot be imported: ${blocking.message} (line ${blocking.line})`);

  const boardName = validateName(args.name, 'board');
  if (!boardName.ok) return err(boardName.error.message);

  const groups: Group[] = [];
  const groupIdByName = new Map<string, string>();
  for (const raw of preview.groups) {
    const name = validateName(raw, 'group');
    if (!name.ok) return err(`Group ${quoted(raw)}: ${name.error.message}`);
    const key = name.value.toLowerCase();
    if (groupIdByName.has(key)) continue;
    const group: Group = { id: args.newId(), name: name.value, order: groups.length * ORDER_STEP };
    groupIdByName.set(key, group.id);
    groups.push(group);
  }

  const roles: Role[] = [];
  const seenRoles = new Set<string>();
  for (const raw of preview.roles) {
    const name = validateName(raw, 'role');
    if (!name.ok) return err(`Role ${quoted(raw)}: ${name.error.message}`);
    const key = name.value.toLowerCase();
    if (seenRoles.has(key)) return err(`Two roles are named ${quoted(name.value)}; a board's lanes need different names.`);
    seenRoles.add(key);
    roles.push({ id: args.newId(), name: name.value, colour: defaultRoleColour(roles.length), order: roles.length * ORDER_STEP });
  }

  const tasks: Task[] = [];
  for (const raw of preview.tasks) {
    const title = validateName(raw.title, 'task');
    if (!title.ok) return err(`Task ${quoted(raw.title)}: ${title.error.message}`);
    let task: Task = { id: args.newId(), title: title.value, order: tasks.length * ORDER_STEP };
    if (raw.keepMine !== undefined) {
      const note = validateKeepMineNote(raw.keepMine.note);
      if (!note.ok) return err(`Task ${quoted(title.value)}: ${note.error.message}`);
      task = { ...task, keepMine: { note: note.value } };
    }
    if (raw.group === undefined) {
      tasks.push(task);
      continue;
    }
    const groupId = groupIdByName.get(raw.group.normalize('NFC').trim().toLowerCase());
    if (groupId === undefined) return err(`Task ${quoted(title.value)} is in group ${quoted(raw.group)}, which the file does not list.`);
    tasks.push({ ...task, groupId });
  }

  const cells: Cell[] = [];
  // Keyed by task and role position: every (task, role) pair has its own number.
  const cellAt = new Map<number, number>();
  for (const assignment of preview.assignments) {
    const task = tasks[assignment.task];
    const role = roles[assignment.role];
    if (task === undefined || role === undefined) return err('A letter in the preview belongs to a task or role that is not in it.');
    const letters = isNormalizedLetters(assignment.letters) ? [...assignment.letters] : normalizeLetters(assignment.letters.filter(isLetter));
    if (letters.length === 0) continue;
    const key = assignment.task * roles.length + assignment.role;
    const at = cellAt.get(key);
    if (at === undefined) {
      cellAt.set(key, cells.length);
      cells.push({ taskId: task.id, roleId: role.id, letters });
    } else {
      const earlier = cells[at] as Cell;
      cells[at] = { ...earlier, letters: normalizeLetters([...earlier.letters, ...letters]) };
    }
  }

  const board: Board = {
    id: args.id,
    name: boardName.value,
    createdAt: args.now,
    updatedAt: args.now,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks,
    groups,
    cells,
  };
  const problems = checkBoardInvariants(board);
  if (problems.length > 0) return err(`The imported board is not sound: ${problems[0] as string}`);
  return ok(board);
}

/**
 * One pass over a board that every rule reads from, so that checking a board costs
 * O(tasks + roles + cells) however many rules run: no rule ever scans the cells again.
 *
 * The index is forgiving about boards that arrive from an import: cells naming an unknown task or
 * role are ignored, duplicate cells for one (task, role) are merged, and letters are deduped into
 * R, A, C, I order with anything else dropped.
 */
import type { Board, Letter, LetterSet, Role, RoleId, Task, TaskId } from '../board';
import { mergeLetters } from '../letterSet';

/** One role's letters on one task. */
export interface Holding {
  readonly role: Role;
  readonly letters: LetterSet;
}

export interface TaskEntry {
  readonly task: Task;
  /** Roles holding at least one letter on this task, in lane order. */
  readonly holdings: readonly Holding[];
  /** Roles holding each letter, in lane order. */
  readonly holders: Readonly<Record<Letter, readonly Role[]>>;
  /** The same holdings, looked up by role id. */
  readonly lettersByRole: ReadonlyMap<RoleId, LetterSet>;
}

export interface RoleEntry {
  readonly role: Role;
  /** How many tasks this role holds any letter on. */
  readonly taskCount: number;
  /** How many tasks this role is accountable for. */
  readonly accountableCount: number;
}

export interface BoardIndex {
  readonly board: Board;
  /** In task order. */
  readonly tasks: readonly TaskEntry[];
  /** In lane order. */
  readonly roles: readonly RoleEntry[];
}

/** One task's entry from its letters by role (roles not in `roles` are ignored). */
export function taskEntryOf(task: Task, letters: ReadonlyMap<RoleId, LetterSet>, roles: readonly Role[]): TaskEntry {
  const holdings: Holding[] = [];
  const holders: Record<Letter, Role[]> = { R: [], A: [], C: [], I: [] };
  const lettersByRole = new Map<RoleId, LetterSet>();
  if (letters.size > 0) {
    for (const role of roles) {
      const held = letters.get(role.id);
      if (held === undefined) continue;
      holdings.push({ role, letters: held });
      lettersByRole.set(role.id, held);
      for (const letter of held) holders[letter].push(role);
    }
  }
  return { task, holdings, holders, lettersByRole };
}

/** How many tasks each role holds a letter on, and is accountable for, in lane order. */
export function roleEntriesOf(roles: readonly Role[], tasks: Iterable<TaskEntry>): RoleEntry[] {
  const counts = new Map<RoleId, { taskCount: number; accountableCount: number }>();
  for (const role of roles) counts.set(role.id, { taskCount: 0, accountableCount: 0 });
  for (const entry of tasks) {
    for (const { role, letters } of entry.holdings) {
      const count = counts.get(role.id);
      if (count === undefined) continue;
      count.taskCount += 1;
      if (letters.includes('A')) count.accountableCount += 1;
    }
  }
  return roles.map((role) => ({ role, taskCount: counts.get(role.id)?.taskCount ?? 0, accountableCount: counts.get(role.id)?.accountableCount ?? 0 }));
}

export function indexBoard(board: Board): BoardIndex {
  const knownRoles = new Set(board.roles.map((role) => role.id));
  // Keyed by id: a malformed board listing one id twice is indexed once, where the id first
  // appears, with the record listed last.
  const tasksById = new Map<TaskId, Task>();
  const lettersByTask = new Map<TaskId, Map<RoleId, LetterSet>>();
  for (const task of board.tasks) {
    tasksById.set(task.id, task);
    lettersByTask.set(task.id, new Map());
  }
  for (const cell of board.cells) {
    const letters = lettersByTask.get(cell.taskId);
    if (letters === undefined || !knownRoles.has(cell.roleId)) continue;
    const merged = mergeLetters(letters.get(cell.roleId), cell.letters);
    if (merged.length > 0) letters.set(cell.roleId, merged);
  }
  const tasks: TaskEntry[] = [];
  for (const [id, task] of tasksById) tasks.push(taskEntryOf(task, lettersByTask.get(id) ?? new Map(), board.roles));
  return { board, tasks, roles: roleEntriesOf(board.roles, tasks) };
}

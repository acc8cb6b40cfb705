/**
 * One pass over a board that every rule reads from, so that checking a board costs
 * O(tasks + roles + cells) however many rules run: no rule ever scans the cells again.
 *
 * The index is forgiving about boards that arrive from an import: cells naming an unknown task or
 * role are ignored, duplicate cells for one (task, role) are merged, and letters are deduped into
 * R, A, C, I order with anything else dropped.
 */
import type { Board, Cell, Letter, LetterSet, Role, RoleId, Task } from '../board';
import { isLetter, isNormalizedLetters, normalizeLetters } from '../letterSet';

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

interface MutableTaskEntry {
  readonly task: Task;
  readonly holdings: Holding[];
  readonly holders: Record<Letter, Role[]>;
  readonly lettersByRole: Map<RoleId, LetterSet>;
}

function cleanLetters(letters: readonly unknown[]): LetterSet {
  // Stored and restored boards already hold normalised sets: taken as they are, a board of ten
  // thousand cells is indexed without ten thousand new arrays.
  if (isNormalizedLetters(letters)) return letters as LetterSet;
  return normalizeLetters(letters.filter(isLetter));
}

export function indexBoard(board: Board): BoardIndex {
  const taskEntries = new Map<string, MutableTaskEntry>();
  for (const task of board.tasks) {
    taskEntries.set(task.id, { task, holdings: [], holders: { R: [], A: [], C: [], I: [] }, lettersByRole: new Map() });
  }

  // Group cells by role first, then walk roles in lane order: every task's holdings come out in
  // lane order without a sort, and a role's duplicate cells for one task land next to each other.
  const cellsByRole = new Map<RoleId, Cell[]>();
  for (const role of board.roles) cellsByRole.set(role.id, []);
  for (const cell of board.cells) {
    if (taskEntries.has(cell.taskId)) cellsByRole.get(cell.roleId)?.push(cell);
  }

  const roleEntries: RoleEntry[] = [];
  for (const role of board.roles) {
    let taskCount = 0;
    let accountableCount = 0;
    for (const cell of cellsByRole.get(role.id) ?? []) {
      const entry = taskEntries.get(cell.taskId);
      const letters = cleanLetters(Array.isArray(cell.letters) ? cell.letters : []);
      if (entry === undefined || letters.length === 0) continue;
      const last = entry.holdings.at(-1);
      if (last !== undefined && last.role === role) {
        const merged = cleanLetters([...last.letters, ...letters]);
        for (const letter of merged) {
          if (!last.letters.includes(letter)) {
            entry.holders[letter].push(role);
            if (letter === 'A') accountableCount += 1;
          }
        }
        entry.holdings[entry.holdings.length - 1] = { role, letters: merged };
        entry.lettersByRole.set(role.id, merged);
        continue;
      }
      entry.holdings.push({ role, letters });
      entry.lettersByRole.set(role.id, letters);
      for (const letter of letters) entry.holders[letter].push(role);
      taskCount += 1;
      if (letters.includes('A')) accountableCount += 1;
    }
    roleEntries.push({ role, taskCount, accountableCount });
  }

  return { board, tasks: [...taskEntries.values()], roles: roleEntries };
}

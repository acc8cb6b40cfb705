/**
 * Accumulates what a CSV import found, row by row, whatever the file's shape: tasks (one per row,
 * or one per group and title where one task spans rows), roles (one per name, whatever its case),
 * groups, letters, "Keep mine" marks, and the problems met on the way. Every step is a map lookup,
 * so reading a file stays linear in its size.
 */
import type { Letter, LetterSet } from '../domain/board';
import { isNormalizedLetters, normalizeLetters } from '../domain/letterSet';
import { NAME_LIMITS } from '../domain/validateName';
import { repairName, type RepairedName } from './repairName';
import { quoted } from './warningList';

export type CsvProblemSeverity = 'error' | 'warning';

export interface CsvProblem {
  /** 1-based line of the file, as a text editor numbers it. */
  readonly line: number;
  readonly message: string;
  /** An error stops the import; a warning says what was repaired or left out. */
  readonly severity: CsvProblemSeverity;
}

export interface CsvPreviewTask {
  readonly title: string;
  /** The name of the task's group, exactly as listed in `groups`. */
  readonly group?: string;
  /** The team kept its own owner against the article's, with a note (possibly empty) saying why. */
  readonly keepMine?: { readonly note: string };
}

export interface CsvAssignment {
  /** Index into the preview's `tasks` (titles may repeat across groups, so tasks are named by position). */
  readonly task: number;
  /** Index into the preview's `roles`. */
  readonly role: number;
  readonly letters: LetterSet;
}

export interface CsvPreviewLimits {
  readonly maxTasks: number;
  readonly maxRoles: number;
  /** Problems listed one by one before the rest are only counted. */
  readonly maxProblems: number;
}

export interface CsvPreviewContent {
  readonly tasks: readonly CsvPreviewTask[];
  readonly roles: readonly string[];
  readonly assignments: readonly CsvAssignment[];
  readonly groups: readonly string[];
  readonly problems: readonly CsvProblem[];
}

export interface CsvPreviewBuilder {
  /**
   * The task titled `title` in group `group` (either may be raw text); 'blank' when the title is,
   * 'full' when the task limit is reached. With 'merge' a title met before in the same group is
   * the same task (a file with one row per assignment); with 'separate' every call is a new task
   * (a file with one row per task, where two rows are two tasks even when their titles match).
   */
  task(line: number, title: string, group: string, mode: TaskMode): TaskLookup;
  /** Marks a task "Keep mine" with a note; a second, different mark for it is reported and dropped. */
  keepMine(line: number, task: number, note: string): void;
  /** The role named `name` (case is ignored), created when new; undefined when blank or over the limit. */
  role(line: number, name: string, options?: { readonly warnDuplicate?: boolean }): number | undefined;
  /** Adds letters to a task's cell for a role, merging with letters already there. */
  assign(line: number, task: number, role: number, letters: LetterSet): void;
  problem(line: number, message: string, severity?: CsvProblemSeverity): void;
  finish(): CsvPreviewContent;
}

export type TaskMode = 'merge' | 'separate';

export type TaskLookup =
  | { readonly status: 'blank' }
  | { readonly status: 'full' }
  /**
   * `isNew` is false for a task met before, first on `firstLine`. `sameTitleLine` is set on a new
   * task ('separate') when an earlier task in the same group has the same title: the line of the
   * first such task.
   */
  | { readonly status: 'ok'; readonly index: number; readonly isNew: boolean; readonly firstLine: number; readonly sameTitleLine?: number };

interface TaskEntry {
  readonly title: string;
  readonly group?: string;
  readonly firstLine: number;
  keepMine?: { readonly note: string; readonly line: number };
}

export function createCsvPreviewBuilder(limits: CsvPreviewLimits): CsvPreviewBuilder {
  const tasks: TaskEntry[] = [];
  const taskByKey = new Map<string, number>();
  const roles: string[] = [];
  const roleByKey = new Map<string, number>();
  const groups: string[] = [];
  const groupByKey = new Map<string, number>();
  const assignments: { task: number; role: number; letters: Letter[] }[] = [];
  /** Per task, per role, the index of its assignment. */
  const assignmentByTask = new Map<number, Map<number, number>>();
  // A file names the same role on every row and the same task on several, and each repair
  // normalises the text: each distinct text is repaired once.
  const repairedNames = { task: new Map<string, RepairedName | undefined>(), role: new Map<string, RepairedName | undefined>(), group: new Map<string, RepairedName | undefined>() };
  /** Per task, the first role seen holding A; a second one is reported once. */
  const accountable = new Map<number, number>();
  const reportedDoubleA = new Set<number>();
  const problems: CsvProblem[] = [];
  let unlisted: { line: number; count: number } | undefined;
  let tasksFull = false;
  let rolesFull = false;

  function problem(line: number, message: string, severity: CsvProblemSeverity = 'warning'): void {
    // Errors are always listed: they are what stops the import.
    if (problems.length < limits.maxProblems || severity === 'error') problems.push({ line, message, severity });
    else if (unlisted === undefined) unlisted = { line, count: 1 };
    else unlisted.count += 1;
  }

  function repairedName(raw: string, what: keyof typeof repairedNames): RepairedName | undefined {
    const known = repairedNames[what];
    if (known.has(raw)) return known.get(raw);
    const name = repairName(raw, what);
    known.set(raw, name);
    return name;
  }

  function groupName(line: number, raw: string): string | undefined {
    const repaired = repairedName(raw, 'group');
    if (repaired === undefined) return undefined;
    const key = repaired.name.toLowerCase();
    const known = groupByKey.get(key);
    if (known !== undefined) return groups[known];
    if (repaired.shortened) problem(line, `The group ${quoted(repaired.name)} had a name longer than ${NAME_LIMITS.group} characters; it was shortened.`);
    groupByKey.set(key, groups.length);
    groups.push(repaired.name);
    return repaired.name;
  }

  return {
    task(line, rawTitle, rawGroup, mode) {
      const title = repairedName(rawTitle, 'task');
      if (title === undefined) return { status: 'blank' };
      const group = groupName(line, rawGroup);
      const key = `${group === undefined ? '' : group.toLowerCase()}\u0000${title.name}`;
      const known = taskByKey.get(key);
      if (known !== undefined && mode === 'merge') return { status: 'ok', index: known, isNew: false, firstLine: (tasks[known] as TaskEntry).firstLine };
      if (tasks.length >= limits.maxTasks) {
        if (!tasksFull) {
          tasksFull = true;
          problem(line, `The file has more than ${limits.maxTasks.toLocaleString('en')} tasks, more than a board can hold; split it into several files.`, 'error');
        }
        return { status: 'full' };
      }
      if (title.shortened) problem(line, `The task ${quoted(title.name)} had a title longer than ${NAME_LIMITS.task} characters; it was shortened.`);
      // The first task with a title stays the one later 'merge' rows join.
      if (known === undefined) taskByKey.set(key, tasks.length);
      tasks.push(group === undefined ? { title: title.name, firstLine: line } : { title: title.name, group, firstLine: line });
      const created = { status: 'ok', index: tasks.length - 1, isNew: true, firstLine: line } as const;
      return known === undefined ? created : { ...created, sameTitleLine: (tasks[known] as TaskEntry).firstLine };
    },

    keepMine(line, task, note) {
      const entry = tasks[task] as TaskEntry;
      if (entry.keepMine === undefined) entry.keepMine = { note, line };
      else if (entry.keepMine.note !== note) {
        problem(line, `The task ${quoted(entry.title)} already has a different "Keep mine" note on line ${entry.keepMine.line}; the one on this line was ignored.`);
      }
    },

    role(line, rawName, options = {}) {
      const name = repairedName(rawName, 'role');
      if (name === undefined) return undefined;
      const key = name.name.toLowerCase();
      const known = roleByKey.get(key);
      if (known !== undefined) {
        const first = roles[known] as string;
        if (options.warnDuplicate) problem(line, `The role ${quoted(name.name)} appears more than once; its letters were combined.`);
        else if (first !== name.name) problem(line, `${quoted(name.name)} was read as the same role as ${quoted(first)}.`);
        return known;
      }
      if (roles.length >= limits.maxRoles) {
        if (!rolesFull) {
          rolesFull = true;
          problem(line, `The file has more than ${limits.maxRoles} roles, more than a board can hold.`, 'error');
        }
        return undefined;
      }
      if (name.shortened) problem(line, `The role ${quoted(name.name)} had a name longer than ${NAME_LIMITS.role} characters; it was shortened.`);
      roleByKey.set(key, roles.length);
      roles.push(name.name);
      return roles.length - 1;
    },

    assign(line, task, role, letters) {
      if (letters.length === 0) return;
      let byRole = assignmentByTask.get(task);
      if (byRole === undefined) assignmentByTask.set(task, (byRole = new Map()));
      const known = byRole.get(role);
      if (known === undefined) {
        byRole.set(role, assignments.length);
        assignments.push({ task, role, letters: [...letters] });
      } else (assignments[known] as { letters: Letter[] }).letters.push(...letters);

      if (!letters.includes('A')) return;
      const holder = accountable.get(task);
      if (holder === undefined) accountable.set(task, role);
      else if (holder !== role && !reportedDoubleA.has(task)) {
        reportedDoubleA.add(task);
        const title = (tasks[task] as TaskEntry).title;
        problem(
          line,
          `Task ${quoted(title)} has more than one accountable role (${quoted(roles[holder] as string)} and ${quoted(roles[role] as string)}); both were kept, and the rule check will offer a fix.`,
        );
      }
    },

    problem,

    finish() {
      const listed = unlisted === undefined ? problems : [...problems, { line: unlisted.line, message: `${unlisted.count} more ${unlisted.count === 1 ? 'problem is' : 'problems are'} not listed here.`, severity: 'warning' as const }];
      return {
        tasks: tasks.map(({ title, group, keepMine }) => ({
          title,
          ...(group !== undefined && { group }),
          ...(keepMine !== undefined && { keepMine: { note: keepMine.note } }),
        })),
        roles: [...roles],
        // Letters arrive as sets; only a cell given twice needs sorting again.
        assignments: assignments.map(({ task, role, letters }) => ({ task, role, letters: isNormalizedLetters(letters) ? [...letters] : normalizeLetters(letters) })),
        groups: [...groups],
        problems: listed,
      };
    },
  };
}

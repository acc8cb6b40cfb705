/**
 * Search and filter: which tasks the lanes and the matrix show. A filter narrows by title, by role,
 * by letter (on that role when one is chosen, on any role otherwise) and by rule finding; every part
 * that is set must match.
 */
import type { Board, Letter, RoleId, TaskId } from './board';
import type { Finding, RuleId } from './rules/finding';

export interface TaskFilter {
  readonly query: string;
  readonly roleId: RoleId | null;
  readonly letter: Letter | null;
  readonly ruleId: RuleId | null;
}

export const EMPTY_TASK_FILTER: TaskFilter = { query: '', roleId: null, letter: null, ruleId: null };

export function isFilterActive(filter: TaskFilter): boolean {
  return filter.query.trim() !== '' || filter.roleId !== null || filter.letter !== null || filter.ruleId !== null;
}

/** Lower case, without accents or repeated spaces, so "Événement" finds "evenement". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ids of the tasks that match, or null when the filter is empty (everything shows). */
export function filterTasks(board: Board, filter: TaskFilter, findings: readonly Finding[]): ReadonlySet<TaskId> | null {
  if (!isFilterActive(filter)) return null;
  const query = foldForSearch(filter.query);
  let withFinding: Set<TaskId> | null = null;
  if (filter.ruleId !== null) {
    withFinding = new Set();
    for (const finding of findings) {
      if (finding.ruleId !== filter.ruleId) continue;
      if (finding.taskId !== undefined) withFinding.add(finding.taskId);
    }
    // A finding about a role (idle, overloaded...) selects the tasks that role is accountable for.
    const rolesFound = new Set(findings.filter((f) => f.ruleId === filter.ruleId && f.taskId === undefined && f.roleId).map((f) => f.roleId));
    if (rolesFound.size > 0) for (const cell of board.cells) if (rolesFound.has(cell.roleId) && cell.letters.includes('A')) withFinding.add(cell.taskId);
  }
  let withLetters: Set<TaskId> | null = null;
  if (filter.roleId !== null || filter.letter !== null) {
    withLetters = new Set();
    for (const cell of board.cells) {
      if (filter.roleId !== null && cell.roleId !== filter.roleId) continue;
      if (filter.letter !== null ? cell.letters.includes(filter.letter) : cell.letters.length > 0) withLetters.add(cell.taskId);
    }
  }
  const matches = new Set<TaskId>();
  for (const task of board.tasks) {
    if (query !== '' && !foldForSearch(task.title).includes(query)) continue;
    if (withLetters && !withLetters.has(task.id)) continue;
    if (withFinding && !withFinding.has(task.id)) continue;
    matches.add(task.id);
  }
  return matches;
}

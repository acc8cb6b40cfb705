/**
 * Checks an edited board again from the check of the board before the edit, in time proportional
 * to what the edit changed rather than to the board: an edit on a 1,000-task board (a drop, a
 * letter) touches one task, and indexing every task again took the larger part of the edit's
 * render. The result is always what checkBoard would report for the new board; when the edit
 * changed the lanes, the rule settings or many tasks at once, it simply checks the whole board.
 */
import type { Board, TaskId } from '../board';
import { sameJsonValue } from '../boardDiff';
import { editScope, lettersAfterEdit } from '../editScope';
import { assemble, checkedBoard, NO_FINDINGS, taskFindingsOf, type CheckedBoard, type CheckedTask } from './checkBoard';
import { roleEntriesOf, taskEntryOf, type TaskEntry } from './indexBoard';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './ruleSettings';

export function recheckBoard(previous: CheckedBoard | null, board: Board, settings: RuleSettings = DEFAULT_RULE_SETTINGS): CheckedBoard {
  if (previous === null || previous.board.id !== board.id || !sameJsonValue(previous.settings, settings)) return checkedBoard(board, settings);
  if (previous.board === board) return previous;
  const { narrow, touchedTasks: touched, cellChanges } = editScope(previous.board, board);
  if (!narrow) return checkedBoard(board, settings);

  // Every task in the new board's order: an untouched one keeps its entry (and, below, its findings).
  const entries = new Map<TaskId, TaskEntry>();
  const rebuilt: TaskEntry[] = [];
  for (const task of board.tasks) {
    // Only a malformed board (a task id listed twice, a task that appeared without the diff
    // seeing it) lacks an entry to keep or lists one twice; the whole check settles it.
    if (entries.has(task.id)) return checkedBoard(board, settings);
    if (touched.has(task.id)) {
      const before = previous.tasks.get(task.id)?.entry;
      const entry = taskEntryOf(task, lettersAfterEdit(before?.lettersByRole, cellChanges.get(task.id)), board.roles);
      entries.set(task.id, entry);
      rebuilt.push(entry);
      continue;
    }
    const kept = previous.tasks.get(task.id);
    if (kept === undefined) return checkedBoard(board, settings);
    entries.set(task.id, kept.entry);
  }
  const roles = roleEntriesOf(board.roles, entries.values());

  const found = taskFindingsOf({ board, tasks: rebuilt, roles }, settings);
  const tasks = new Map<TaskId, CheckedTask>();
  for (const [taskId, entry] of entries) {
    const kept = previous.tasks.get(taskId);
    tasks.set(taskId, touched.has(taskId) || kept === undefined ? { entry, findings: found.get(taskId) ?? NO_FINDINGS } : kept);
  }
  return assemble(board, settings, tasks, roles);
}

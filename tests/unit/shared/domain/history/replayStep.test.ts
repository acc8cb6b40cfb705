import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Task } from '../../../../../src/shared/domain/board';
import { diffBoards, isEmptyDiff } from '../../../../../src/shared/domain/boardDiff';
import { checkBoardInvariants } from '../../../../../src/shared/domain/checkBoardInvariants';
import { historyStep } from '../../../../../src/shared/domain/history/historyStep';
import { replayStep } from '../../../../../src/shared/domain/history/replayStep';
import { deepFreeze } from '../deepFreeze';
import { boardArb, boardPairArb, editArb } from './boardArbitrary';

const NOW = 9_000;

const board: Board = deepFreeze({
  id: 'board-1',
  name: 'Launch',
  createdAt: 1_000,
  updatedAt: 2_000,
  schemaVersion: 1,
  roles: [
    { id: 'role-pm', name: 'Product manager', colour: '#3366cc', order: 1 },
    { id: 'role-proj', name: 'Project manager', colour: '#cc6633', order: 2 },
  ],
  tasks: [
    { id: 'task-1', title: 'Budget', order: 1, groupId: 'group-1' },
    { id: 'task-2', title: 'Vision', notes: 'Yearly.', order: 2 },
  ],
  groups: [{ id: 'group-1', name: 'Plan', order: 1 }],
  cells: [
    { taskId: 'task-1', roleId: 'role-proj', letters: ['R', 'A'] },
    { taskId: 'task-2', roleId: 'role-pm', letters: ['A'] },
  ],
});

function editTask(b: Board, taskId: string, change: Partial<Task>, at: number): Board {
  return { ...b, updatedAt: at, tasks: b.tasks.map((task) => (task.id === taskId ? { ...task, ...change } : task)) };
}

function deleteTask(b: Board, taskId: string, at: number): Board {
  return { ...b, updatedAt: at, tasks: b.tasks.filter((task) => task.id !== taskId), cells: b.cells.filter((cell) => cell.taskId !== taskId) };
}

/** Budget moved from the project manager to the product manager. */
const moved: Board = deepFreeze({ ...board, updatedAt: 3_000, cells: [{ taskId: 'task-1', roleId: 'role-pm', letters: ['R', 'A'] }, board.cells[1]!] });
const moveStep = historyStep(board, moved, 'Moved Budget to Product manager', 3_000);

describe('replayStep', () => {
  it('gives back the board before the edit, dated now, when undoing onto the board the edit left', () => {
    expect(replayStep(moved, moveStep, 'undo', NOW)).toStrictEqual({ ...board, updatedAt: NOW });
  });

  it('gives back the board after the edit, dated now, when redoing onto the board before it', () => {
    const undone = replayStep(moved, moveStep, 'undo', NOW);

    expect(replayStep(undone, moveStep, 'redo', NOW + 1)).toStrictEqual({ ...moved, updatedAt: NOW + 1 });
  });

  it('never dates the result earlier than the board it replaces when the clock is behind', () => {
    expect(replayStep(moved, moveStep, 'undo', 10).updatedAt).toBe(moved.updatedAt + 1);
  });

  it('returns the current board itself when everything the step changed is already set back', () => {
    const current: Board = { ...board, updatedAt: 4_000 };

    expect(replayStep(current, moveStep, 'undo', NOW)).toBe(current);
  });

  it('keeps a board name set elsewhere when undoing a change that did not touch the name', () => {
    const renamedElsewhere: Board = { ...moved, name: 'Launch 2026', updatedAt: 4_000 };

    const undone = replayStep(renamedElsewhere, moveStep, 'undo', NOW);

    expect(undone.name).toBe('Launch 2026');
    expect(undone.cells).toStrictEqual(board.cells);
  });

  it('sets back only the task fields the step changed when another field changed since', () => {
    const renamed = editTask(board, 'task-2', { title: 'Product vision' }, 3_000);
    const step = historyStep(board, renamed, 'Renamed Vision to Product vision', 3_000);
    const notesChangedElsewhere = editTask(renamed, 'task-2', { notes: 'Every quarter.' }, 4_000);

    const undone = replayStep(notesChangedElsewhere, step, 'undo', NOW);

    expect(undone.tasks.find((task) => task.id === 'task-2')).toStrictEqual({ id: 'task-2', title: 'Vision', notes: 'Every quarter.', order: 2 });
  });

  it('removes a field the step added, such as a keep-mine note, when undoing', () => {
    const kept = editTask(board, 'task-1', { keepMine: { note: 'Finance owns budgets here.' } }, 3_000);
    const step = historyStep(board, kept, 'Kept my owner for Budget', 3_000);

    const undone = replayStep(kept, step, 'undo', NOW);

    expect('keepMine' in (undone.tasks[0] as object)).toBe(false);
    expect(replayStep(undone, step, 'redo', NOW + 1).tasks[0]?.keepMine).toEqual({ note: 'Finance owns budgets here.' });
  });

  it('restores and removes rule settings and a folded group when undoing and redoing', () => {
    const settings = { disabled: ['idle-role' as const], maxResponsible: 3, maxConsultedInformed: 5, overloadShare: 0.6, overloadMinTasks: 5, everyTaskMinTasks: 3 };
    const after: Board = { ...board, updatedAt: 3_000, ruleSettings: settings, groups: [{ ...board.groups[0]!, collapsed: true }] };
    const step = historyStep(board, after, 'Changed rule settings', 3_000);

    const undone = replayStep(after, step, 'undo', NOW);

    expect(undone).toStrictEqual({ ...board, updatedAt: NOW });
    expect(replayStep(undone, step, 'redo', NOW + 1)).toStrictEqual({ ...after, updatedAt: NOW + 1 });
  });

  it('does not bring back a task deleted elsewhere when undoing an edit that only changed it', () => {
    const step = historyStep(board, editTask(board, 'task-1', { title: 'Yearly budget' }, 3_000), 'Renamed Budget to Yearly budget', 3_000);
    const deletedElsewhere = deleteTask(editTask(board, 'task-1', { title: 'Yearly budget' }, 3_000), 'task-1', 4_000);

    const undone = replayStep(deletedElsewhere, step, 'undo', NOW);

    expect(undone).toBe(deletedElsewhere);
  });

  it('drops the cells it restores for a task deleted elsewhere, so no cell points at a missing task', () => {
    const deletedElsewhere = deleteTask(moved, 'task-1', 4_000);

    const undone = replayStep(deletedElsewhere, moveStep, 'undo', NOW);

    expect(undone.cells).toStrictEqual(deletedElsewhere.cells);
    expect(checkBoardInvariants(undone)).toEqual([]);
  });

  it('brings back a deleted task with its cells when undoing the deletion', () => {
    const deleted = deleteTask(board, 'task-1', 3_000);
    const step = historyStep(board, deleted, 'Deleted task Budget', 3_000);

    expect(replayStep(deleted, step, 'undo', NOW)).toStrictEqual({ ...board, updatedAt: NOW });
  });

  it('removes an added task together with the letters another window gave it when undoing the add', () => {
    const added: Board = { ...board, updatedAt: 3_000, tasks: [...board.tasks, { id: 'task-3', title: 'Hiring', order: 3 }] };
    const step = historyStep(board, added, 'Added task Hiring', 3_000);
    const lettersElsewhere: Board = { ...added, updatedAt: 4_000, cells: [...added.cells, { taskId: 'task-3', roleId: 'role-pm', letters: ['C'] }] };

    const undone = replayStep(lettersElsewhere, step, 'undo', NOW);

    expect(undone).toStrictEqual({ ...board, updatedAt: NOW });
  });

  it('takes a restored task out of a group that was deleted elsewhere', () => {
    const deleted = deleteTask(board, 'task-1', 3_000);
    const step = historyStep(board, deleted, 'Deleted task Budget', 3_000);
    const groupGone: Board = { ...deleted, updatedAt: 4_000, groups: [] };

    const undone = replayStep(groupGone, step, 'undo', NOW);

    expect(undone.tasks.find((task) => task.id === 'task-1')).toStrictEqual({ id: 'task-1', title: 'Budget', order: 1 });
    expect(checkBoardInvariants(undone)).toEqual([]);
  });

  it('never modifies the current board or the step', () => {
    const step = deepFreeze(historyStep(board, moved, 'Moved Budget to Product manager', 3_000));

    expect(() => replayStep(moved, step, 'undo', NOW)).not.toThrow();
  });

  it('throws when the step belongs to another board', () => {
    expect(() => replayStep({ ...board, id: 'board-2' }, moveStep, 'undo', NOW)).toThrow(/board-1.*board-2/);
  });
});

describe('replayStep (property)', () => {
  it('undoes to exactly the board before and redoes to exactly the board after when nothing else changed', () => {
    fc.assert(
      fc.property(boardPairArb, ([before, after]) => {
        const step = deepFreeze(historyStep(before, after, 'Edit', 3_000));
        const onlyTimeDiffers = isEmptyDiff(diffBoards(after, { ...before, updatedAt: after.updatedAt }));

        const undone = replayStep(deepFreeze(after), step, 'undo', NOW);
        expect(undone).toStrictEqual(onlyTimeDiffers ? after : { ...before, updatedAt: Math.max(NOW, after.updatedAt + 1) });

        const redone = replayStep(deepFreeze(before), step, 'redo', NOW);
        expect(redone).toStrictEqual(onlyTimeDiffers ? before : { ...after, updatedAt: Math.max(NOW, before.updatedAt + 1) });
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a sound board, dated no earlier than the current one, whatever changed since the step', () => {
    const scenario = boardPairArb.chain(([before, after]) => editArb(after).map((current) => ({ before, after, current })));
    fc.assert(
      fc.property(scenario, fc.constantFrom('undo' as const, 'redo' as const), ({ before, after, current }, direction) => {
        const step = historyStep(before, after, 'Edit', 3_000);

        const replayed = replayStep(deepFreeze(current), step, direction, NOW);

        expect(checkBoardInvariants(replayed)).toEqual([]);
        expect(replayed.updatedAt).toBeGreaterThanOrEqual(current.updatedAt);
        // A board field the step did not change keeps whatever value the board has now.
        if (before.name === after.name) expect(replayed.name).toBe(current.name);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a sound board when replayed onto an unrelated board with the same id', () => {
    fc.assert(
      fc.property(boardPairArb, boardArb, ([before, after], current) => {
        expect(checkBoardInvariants(replayStep(current, historyStep(before, after, 'Edit', 3_000), 'undo', NOW))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

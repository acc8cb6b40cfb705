import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { applyCommand } from '../../../../src/shared/domain/commands';
import type { Command } from '../../../../src/shared/domain/command';
import { editScope, lettersAfterEdit } from '../../../../src/shared/domain/editScope';
import { healthyBoard, PRODUCT, PROJECT } from './rules/fixtures/boards';
import { roleIdOf, taskIdOf } from './rules/fixtures/buildBoard';

function edited(command: Command): Board {
  const outcome = applyCommand(healthyBoard, command, 2_000);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value;
}

describe('editScope', () => {
  it('names only the task whose letters changed when one cell is edited', () => {
    const vision = taskIdOf(healthyBoard, 'Vision');
    const scope = editScope(healthyBoard, edited({ type: 'setLetters', taskId: vision, roleId: roleIdOf(healthyBoard, PROJECT), letters: ['C'] }));
    expect([...scope.touchedTasks]).toEqual([vision]);
    expect(scope.sameLanes).toBe(true);
    expect(scope.cellChanges).toEqual(new Map([[vision, new Map([[roleIdOf(healthyBoard, PROJECT), ['C']]])]]));
  });

  it('names a removed task and a renamed one', () => {
    const budget = taskIdOf(healthyBoard, 'Budget');
    expect([...editScope(healthyBoard, edited({ type: 'deleteTask', taskId: budget })).touchedTasks]).toEqual([budget]);
    expect([...editScope(healthyBoard, edited({ type: 'renameTask', taskId: budget, title: 'Costs' })).touchedTasks]).toEqual([budget]);
  });

  it('is narrow for one task edited, and not once more than a quarter of the tasks or the lanes change', () => {
    const vision = taskIdOf(healthyBoard, 'Vision');
    expect(editScope(healthyBoard, edited({ type: 'renameTask', taskId: vision, title: 'North star' })).narrow).toBe(true);
    const renamedAll = { ...healthyBoard, tasks: healthyBoard.tasks.map((task) => ({ ...task, title: `${task.title}!` })) };
    expect(healthyBoard.tasks.length).toBeGreaterThan(3);
    expect(editScope(healthyBoard, renamedAll).narrow).toBe(false);
    expect(editScope(healthyBoard, edited({ type: 'renameRole', roleId: roleIdOf(healthyBoard, PRODUCT), name: 'Product lead' })).narrow).toBe(false);
  });

  it('says the lanes changed when a lane is renamed or moved', () => {
    const product = roleIdOf(healthyBoard, PRODUCT);
    expect(editScope(healthyBoard, edited({ type: 'renameRole', roleId: product, name: 'Owner' })).sameLanes).toBe(false);
    expect(editScope(healthyBoard, edited({ type: 'moveRole', roleId: product, toIndex: 1 })).sameLanes).toBe(false);
  });

  it('touches nothing when the board is the same', () => {
    expect(editScope(healthyBoard, healthyBoard)).toMatchObject({ sameLanes: true, touchedTasks: new Set() });
  });
});

describe('lettersAfterEdit', () => {
  it('applies a task\'s cell changes: new letters set, a removed cell and an emptied one left out', () => {
    const before = new Map([['pm', ['R', 'A']], ['pj', ['C']], ['qa', ['I']]] as const);
    const changes = new Map([['pm', null], ['pj', []], ['ux', ['I', 'R']]] as const);
    expect(lettersAfterEdit(before, changes)).toEqual(new Map([['qa', ['I']], ['ux', ['R', 'I']]]));
    expect(before.get('pm')).toEqual(['R', 'A']);
  });

  it('copies the letters as they were when the task has no cell changes', () => {
    const before = new Map([['pm', ['A']]] as const);
    expect(lettersAfterEdit(before, undefined)).toEqual(before);
    expect(lettersAfterEdit(before, undefined)).not.toBe(before);
  });
});

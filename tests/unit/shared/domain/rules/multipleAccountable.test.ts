import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { multipleAccountable } from '../../../../../src/shared/domain/rules/multipleAccountable';
import { accountableErrors, applyFix } from './fixtures/applyFix';
import { healthyBoard, PRODUCT, PROJECT, threeOwners, twoOwners } from './fixtures/boards';
import { roleIdOf, taskIdOf } from './fixtures/buildBoard';

describe('multipleAccountable', () => {
  it('reports nothing when each task has at most one accountable role', () => {
    expect(multipleAccountable(indexBoard(healthyBoard))).toEqual([]);
  });

  it('names the task and both roles when two roles are accountable', () => {
    const findings = multipleAccountable(indexBoard(twoOwners));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'multiple-accountable',
      severity: 'error',
      message: 'Product manager and Project manager are both accountable for Budget; only one role should be.',
      taskId: taskIdOf(twoOwners, 'Budget'),
    });
  });

  it('lists all the roles when three are accountable', () => {
    const [finding] = multipleAccountable(indexBoard(threeOwners));
    expect(finding?.message).toBe('Product manager, Project manager and Designer are all accountable for Launch; only one role should be.');
    expect(finding?.fixes).toHaveLength(3);
  });

  it('offers to keep each holder with its own letters', () => {
    const [finding] = multipleAccountable(indexBoard(twoOwners));
    const taskId = taskIdOf(twoOwners, 'Budget');
    expect(finding?.fixes).toEqual([
      { label: 'Keep Product manager as the only accountable', command: { type: 'setLetters', taskId, roleId: roleIdOf(twoOwners, PRODUCT), letters: ['R', 'A'] } },
      { label: 'Keep Project manager as the only accountable', command: { type: 'setLetters', taskId, roleId: roleIdOf(twoOwners, PROJECT), letters: ['A'] } },
    ]);
  });

  it.each([
    ['two holders', twoOwners],
    ['three holders', threeOwners],
  ])('leaves exactly the kept role accountable when a fix is applied (%s)', (_, board) => {
    const [finding] = multipleAccountable(indexBoard(board));
    for (const fix of finding?.fixes ?? []) {
      const fixed = applyFix(board, fix);
      expect(multipleAccountable(indexBoard(fixed))).toEqual([]);
      expect(accountableErrors(fixed, finding?.taskId ?? '')).toEqual([]);
      const [entry] = indexBoard(fixed).tasks;
      expect(entry?.holders.A.map((role) => role.id)).toEqual([fix.command.type === 'setLetters' ? fix.command.roleId : '']);
    }
  });

  it('keeps the other roles\' other letters when a fix takes their A', () => {
    const [finding] = multipleAccountable(indexBoard(twoOwners));
    const keepProject = finding?.fixes[1];
    if (keepProject === undefined) throw new Error('expected a fix');
    const [entry] = indexBoard(applyFix(twoOwners, keepProject)).tasks;
    expect(entry?.lettersByRole.get(roleIdOf(twoOwners, PRODUCT))).toEqual(['R']);
  });
});

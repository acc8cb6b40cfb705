import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { noAccountable } from '../../../../../src/shared/domain/rules/noAccountable';
import { accountableErrors, applyFix, findingsOf } from './fixtures/applyFix';
import { DESIGNER, emptyTask, healthyBoard, oneDoerNoOwner, PRODUCT, PROJECT, twoDoersNoOwner } from './fixtures/boards';
import { roleIdOf, taskIdOf } from './fixtures/buildBoard';

describe('noAccountable', () => {
  it('reports nothing when every task has an accountable role', () => {
    expect(noAccountable(indexBoard(healthyBoard))).toEqual([]);
  });

  it('names the task in an error when nobody is accountable for it', () => {
    const [finding, ...rest] = noAccountable(indexBoard(oneDoerNoOwner));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'no-accountable',
      severity: 'error',
      message: 'Nobody is accountable for Budget.',
      taskId: taskIdOf(oneDoerNoOwner, 'Budget'),
    });
  });

  it('offers only the responsible role when exactly one role is responsible', () => {
    const [finding] = noAccountable(indexBoard(oneDoerNoOwner));
    expect(finding?.fixes).toEqual([
      {
        label: 'Make Project manager accountable',
        command: { type: 'setLetters', taskId: taskIdOf(oneDoerNoOwner, 'Budget'), roleId: roleIdOf(oneDoerNoOwner, PROJECT), letters: ['R', 'A'] },
      },
    ]);
  });

  it('offers every lane, responsible roles first, when several roles are responsible', () => {
    const [finding] = noAccountable(indexBoard(twoDoersNoOwner));
    expect(finding?.fixes.map((fix) => fix.label)).toEqual([
      'Make Product manager accountable',
      'Make Designer accountable',
      'Make Project manager accountable',
    ]);
    const designerFix = finding?.fixes[1];
    expect(designerFix?.command).toEqual({
      type: 'setLetters',
      taskId: taskIdOf(twoDoersNoOwner, 'Launch'),
      roleId: roleIdOf(twoDoersNoOwner, DESIGNER),
      letters: ['R', 'A', 'I'],
    });
  });

  it('offers every lane with just A when the task holds no letters', () => {
    const [finding] = noAccountable(indexBoard(emptyTask));
    expect(finding?.fixes.map((fix) => [fix.label, fix.command])).toEqual([
      ['Make Product manager accountable', { type: 'setLetters', taskId: 'task-1', roleId: roleIdOf(emptyTask, PRODUCT), letters: ['A'] }],
      ['Make Project manager accountable', { type: 'setLetters', taskId: 'task-1', roleId: roleIdOf(emptyTask, PROJECT), letters: ['A'] }],
    ]);
  });

  it.each([
    ['one responsible role', oneDoerNoOwner],
    ['two responsible roles', twoDoersNoOwner],
    ['no letters', emptyTask],
  ])('clears the error without a second accountable when any fix is applied (%s)', (_, board) => {
    const [finding] = noAccountable(indexBoard(board));
    expect(finding?.fixes.length).toBeGreaterThan(0);
    for (const fix of finding?.fixes ?? []) {
      const fixed = applyFix(board, fix);
      expect(findingsOf(fixed, 'no-accountable')).toEqual([]);
      expect(accountableErrors(fixed, finding?.taskId ?? '')).toEqual([]);
    }
  });
});

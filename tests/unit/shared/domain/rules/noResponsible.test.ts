import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { noResponsible } from '../../../../../src/shared/domain/rules/noResponsible';
import { accountableErrors, applyFix, findingsOf } from './fixtures/applyFix';
import { emptyTask, healthyBoard, ownerWithoutDoer, PROJECT, twoOwnersWithoutDoer } from './fixtures/boards';
import { roleIdOf, taskIdOf } from './fixtures/buildBoard';

describe('noResponsible', () => {
  it('reports nothing when every task has a responsible role', () => {
    expect(noResponsible(indexBoard(healthyBoard))).toEqual([]);
  });

  it('offers the accountable role to do the work when nobody is responsible', () => {
    const findings = noResponsible(indexBoard(ownerWithoutDoer));
    expect(findings).toEqual([
      {
        ruleId: 'no-responsible',
        severity: 'error',
        message: 'Nobody is responsible for doing the work on Budget.',
        taskId: taskIdOf(ownerWithoutDoer, 'Budget'),
        fixes: [
          {
            label: 'Project manager also does the work',
            command: { type: 'setLetters', taskId: taskIdOf(ownerWithoutDoer, 'Budget'), roleId: roleIdOf(ownerWithoutDoer, PROJECT), letters: ['R', 'A', 'I'] },
          },
        ],
      },
    ]);
  });

  it('clears the error and keeps one accountable when the fix is applied', () => {
    const [finding] = noResponsible(indexBoard(ownerWithoutDoer));
    const [fix] = finding?.fixes ?? [];
    if (fix === undefined) throw new Error('expected a fix');
    const fixed = applyFix(ownerWithoutDoer, fix);
    expect(findingsOf(fixed, 'no-responsible')).toEqual([]);
    expect(accountableErrors(fixed, finding?.taskId ?? '')).toEqual([]);
  });

  it('offers no fix when nobody is accountable', () => {
    const [finding] = noResponsible(indexBoard(emptyTask));
    expect(finding?.ruleId).toBe('no-responsible');
    expect(finding?.fixes).toEqual([]);
  });

  it('offers no fix when several roles are accountable, so a click never takes A from anyone', () => {
    const [finding] = noResponsible(indexBoard(twoOwnersWithoutDoer));
    expect(finding?.ruleId).toBe('no-responsible');
    expect(finding?.fixes).toEqual([]);
  });
});

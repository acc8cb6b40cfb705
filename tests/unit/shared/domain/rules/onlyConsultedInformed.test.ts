import { describe, expect, it } from 'vitest';
import { checkBoard } from '../../../../../src/shared/domain/rules/checkBoard';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { onlyConsultedInformed } from '../../../../../src/shared/domain/rules/onlyConsultedInformed';
import { emptyTask, healthyBoard, onlySidelines, ownerWithoutDoer, oneDoerNoOwner } from './fixtures/boards';
import { taskIdOf } from './fixtures/buildBoard';

describe('onlyConsultedInformed', () => {
  it('warns when a task has only consulted and informed roles', () => {
    expect(onlyConsultedInformed(indexBoard(onlySidelines))).toEqual([
      {
        ruleId: 'only-consulted-informed',
        severity: 'warning',
        message: 'Pricing only has roles consulted or informed (3 roles); nobody does it or answers for it.',
        taskId: taskIdOf(onlySidelines, 'Pricing'),
        fixes: [],
      },
    ]);
  });

  it.each([
    ['every task has an owner', healthyBoard],
    ['the task holds no letters', emptyTask],
    ['a role is accountable', ownerWithoutDoer],
    ['a role is responsible', oneDoerNoOwner],
  ])('reports nothing when %s', (_, board) => {
    expect(onlyConsultedInformed(indexBoard(board))).toEqual([]);
  });

  it('fires alongside no-accountable and no-responsible, each with its own message', () => {
    const findings = checkBoard(onlySidelines).findings.filter((f) => f.taskId === taskIdOf(onlySidelines, 'Pricing'));
    expect(findings.map((f) => f.ruleId)).toEqual(['no-accountable', 'no-responsible', 'only-consulted-informed']);
    expect(new Set(findings.map((f) => f.message)).size).toBe(3);
  });
});

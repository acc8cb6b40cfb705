import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { roleOnEveryTask } from '../../../../../src/shared/domain/rules/roleOnEveryTask';
import { DEFAULT_RULE_SETTINGS } from '../../../../../src/shared/domain/rules/ruleSettings';
import { healthyBoard, PRODUCT, productEverywhere, productOnBothOfTwo, twoRolesEverywhere } from './fixtures/boards';
import { roleIdOf } from './fixtures/buildBoard';

describe('roleOnEveryTask', () => {
  it('warns about a role holding a letter on every task', () => {
    expect(roleOnEveryTask(indexBoard(productEverywhere), DEFAULT_RULE_SETTINGS)).toEqual([
      {
        ruleId: 'role-on-every-task',
        severity: 'warning',
        message: 'Product manager holds a letter on every task (all 3); check it needs to be on each.',
        roleId: roleIdOf(productEverywhere, PRODUCT),
        fixes: [],
      },
    ]);
  });

  it.each([
    ['no role is on every task', healthyBoard],
    ['the board has fewer tasks than the minimum', productOnBothOfTwo],
    ['the board has only two lanes', twoRolesEverywhere],
  ])('reports nothing when %s', (_, board) => {
    expect(roleOnEveryTask(indexBoard(board), DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it('follows the minimum board size in the settings', () => {
    expect(roleOnEveryTask(indexBoard(productOnBothOfTwo), { ...DEFAULT_RULE_SETTINGS, everyTaskMinTasks: 2 })).toHaveLength(1);
    expect(roleOnEveryTask(indexBoard(productEverywhere), { ...DEFAULT_RULE_SETTINGS, everyTaskMinTasks: 4 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { overloadedRole } from '../../../../../src/shared/domain/rules/overloadedRole';
import { DEFAULT_RULE_SETTINGS } from '../../../../../src/shared/domain/rules/ruleSettings';
import { healthyBoard, PRODUCT, productOwnsMost, productOwnsSmallBoard, productOwnsThreeOfFive, singleLane } from './fixtures/boards';
import { roleIdOf } from './fixtures/buildBoard';

describe('overloadedRole', () => {
  it('warns when a role is accountable for more than the share of tasks', () => {
    expect(overloadedRole(indexBoard(productOwnsMost), DEFAULT_RULE_SETTINGS)).toEqual([
      {
        ruleId: 'overloaded-role',
        severity: 'warning',
        message: 'Product manager is accountable for 4 of 5 tasks (80%); more than 60% makes it a bottleneck.',
        roleId: roleIdOf(productOwnsMost, PRODUCT),
        fixes: [],
      },
    ]);
  });

  it.each([
    ['the share is exactly the limit', productOwnsThreeOfFive],
    ['the board has fewer tasks than the minimum', productOwnsSmallBoard],
    ['the board has a single lane', singleLane],
    ['ownership is spread', healthyBoard],
  ])('reports nothing when %s', (_, board) => {
    expect(overloadedRole(indexBoard(board), DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it('follows the share and the minimum board size in the settings', () => {
    expect(overloadedRole(indexBoard(productOwnsThreeOfFive), { ...DEFAULT_RULE_SETTINGS, overloadShare: 0.5 })).toHaveLength(1);
    expect(overloadedRole(indexBoard(productOwnsMost), { ...DEFAULT_RULE_SETTINGS, overloadShare: 0.8 })).toEqual([]);
    expect(overloadedRole(indexBoard(productOwnsSmallBoard), { ...DEFAULT_RULE_SETTINGS, overloadMinTasks: 2 })).toHaveLength(1);
    expect(overloadedRole(indexBoard(productOwnsMost), { ...DEFAULT_RULE_SETTINGS, overloadMinTasks: 6 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { DEFAULT_RULE_SETTINGS } from '../../../../../src/shared/domain/rules/ruleSettings';
import { tooManyResponsible } from '../../../../../src/shared/domain/rules/tooManyResponsible';
import { healthyBoard, threeDoers, twoDoers } from './fixtures/boards';
import { taskIdOf } from './fixtures/buildBoard';

describe('tooManyResponsible', () => {
  it('warns, naming the roles, when more roles are responsible than the limit', () => {
    expect(tooManyResponsible(indexBoard(threeDoers), DEFAULT_RULE_SETTINGS)).toEqual([
      {
        ruleId: 'too-many-responsible',
        severity: 'warning',
        message: 'Launch has 3 responsible roles (Product manager, Project manager and Designer); more than 2 blurs who does the work.',
        taskId: taskIdOf(threeDoers, 'Launch'),
        fixes: [],
      },
    ]);
  });

  it('reports nothing when the count is at the limit', () => {
    expect(tooManyResponsible(indexBoard(twoDoers), DEFAULT_RULE_SETTINGS)).toEqual([]);
    expect(tooManyResponsible(indexBoard(healthyBoard), DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it('follows the limit in the settings', () => {
    const strict = { ...DEFAULT_RULE_SETTINGS, maxResponsible: 1 };
    expect(tooManyResponsible(indexBoard(twoDoers), strict).map((f) => f.message)).toEqual([
      'Launch has 2 responsible roles (Product manager and Project manager); more than 1 blurs who does the work.',
    ]);
    expect(tooManyResponsible(indexBoard(threeDoers), { ...DEFAULT_RULE_SETTINGS, maxResponsible: 3 })).toEqual([]);
  });
});

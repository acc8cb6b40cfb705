import { describe, expect, it } from 'vitest';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { DEFAULT_RULE_SETTINGS } from '../../../../../src/shared/domain/rules/ruleSettings';
import { tooManyConsultedInformed } from '../../../../../src/shared/domain/rules/tooManyConsultedInformed';
import { fiveOnTheSidelines, healthyBoard, sixOnTheSidelines } from './fixtures/boards';
import { taskIdOf } from './fixtures/buildBoard';

describe('tooManyConsultedInformed', () => {
  it('warns when more roles are consulted or informed than the limit', () => {
    expect(tooManyConsultedInformed(indexBoard(sixOnTheSidelines), DEFAULT_RULE_SETTINGS)).toEqual([
      {
        ruleId: 'too-many-consulted-informed',
        severity: 'warning',
        message: 'Release consults or informs 6 roles; more than 5 slows it down.',
        taskId: taskIdOf(sixOnTheSidelines, 'Release'),
        fixes: [],
      },
    ]);
  });

  it('counts a role that is both consulted and informed once when at the limit', () => {
    // Marketing holds C and I: five roles, six letters.
    expect(tooManyConsultedInformed(indexBoard(fiveOnTheSidelines), DEFAULT_RULE_SETTINGS)).toEqual([]);
    expect(tooManyConsultedInformed(indexBoard(healthyBoard), DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it('follows the limit in the settings', () => {
    expect(tooManyConsultedInformed(indexBoard(fiveOnTheSidelines), { ...DEFAULT_RULE_SETTINGS, maxConsultedInformed: 4 })).toHaveLength(1);
    expect(tooManyConsultedInformed(indexBoard(sixOnTheSidelines), { ...DEFAULT_RULE_SETTINGS, maxConsultedInformed: 6 })).toEqual([]);
    expect(tooManyConsultedInformed(indexBoard(healthyBoard), { ...DEFAULT_RULE_SETTINGS, maxConsultedInformed: 0 })).toHaveLength(5);
  });
});

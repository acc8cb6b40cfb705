import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS } from '../../../../../src/shared/domain/rules/finding';

describe('isRuleId', () => {
  it('accepts every rule id', () => {
    expect(RULE_IDS.every(isRuleId)).toBe(true);
  });

  it.each(['', 'No-Accountable', 'no_accountable', 3, null, undefined, ['idle-role']])('rejects %j', (value) => {
    expect(isRuleId(value)).toBe(false);
  });
});

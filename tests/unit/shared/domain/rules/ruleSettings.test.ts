import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, normalizeRuleSettings } from '../../../../../src/shared/domain/rules/ruleSettings';

describe('normalizeRuleSettings', () => {
  it.each([undefined, null, 42, 'strict', [], [1, 2]])('returns the defaults when given %j', (input) => {
    expect(normalizeRuleSettings(input)).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it('keeps every valid value when the settings are valid', () => {
    const valid = {
      disabled: ['idle-role', 'no-responsible'],
      maxResponsible: 1,
      maxConsultedInformed: 0,
      overloadShare: 1,
      overloadMinTasks: 1,
      everyTaskMinTasks: 10,
    };
    expect(normalizeRuleSettings(valid)).toEqual(valid);
  });

  it('repairs each bad value to its default and keeps the good ones', () => {
    const repaired = normalizeRuleSettings({ maxResponsible: 0, maxConsultedInformed: 3, overloadShare: 1.5, overloadMinTasks: 8, everyTaskMinTasks: '3' });
    expect(repaired).toEqual({
      ...DEFAULT_RULE_SETTINGS,
      maxConsultedInformed: 3,
      overloadMinTasks: 8,
    });
  });

  it.each([
    ['maxResponsible', -1],
    ['maxResponsible', 2.5],
    ['maxResponsible', Number.NaN],
    ['maxResponsible', Number.POSITIVE_INFINITY],
    ['maxConsultedInformed', -1],
    ['maxConsultedInformed', null],
    ['overloadShare', 0],
    ['overloadShare', -0.2],
    ['overloadShare', Number.NaN],
    ['overloadShare', '0.5'],
    ['overloadMinTasks', 0],
    ['everyTaskMinTasks', 1.5],
  ])('uses the default %s when it is %j', (key, value) => {
    const settings = normalizeRuleSettings({ [key]: value });
    expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_RULE_SETTINGS[key as keyof typeof DEFAULT_RULE_SETTINGS]);
  });

  it('drops unknown and repeated rule ids from the disabled list', () => {
    expect(normalizeRuleSettings({ disabled: ['idle-role', 'no-such-rule', 7, 'idle-role', 'overloaded-role'] }).disabled).toEqual(['idle-role', 'overloaded-role']);
  });

  it('uses an empty disabled list when it is not a list', () => {
    expect(normalizeRuleSettings({ disabled: 'idle-role' }).disabled).toEqual([]);
  });

  it('drops keys it does not know', () => {
    expect(Object.keys(normalizeRuleSettings({ colour: 'red' })).sort()).toEqual(Object.keys(DEFAULT_RULE_SETTINGS).sort());
  });

  it('returns settings that normalize to themselves', () => {
    const once = normalizeRuleSettings({ maxResponsible: 4, disabled: ['idle-role', 'bogus'] });
    expect(normalizeRuleSettings(once)).toEqual(once);
  });
});

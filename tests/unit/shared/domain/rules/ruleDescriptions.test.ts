import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../../../src/shared/domain/rules/finding';
import { RULE_DESCRIPTIONS } from '../../../../../src/shared/domain/rules/ruleDescriptions';

describe('RULE_DESCRIPTIONS', () => {
  it('describes every rule, and only the rules, with a distinct title', () => {
    expect(Object.keys(RULE_DESCRIPTIONS).sort()).toEqual([...RULE_IDS].sort());
    const titles = Object.values(RULE_DESCRIPTIONS).map((d) => d.title);
    expect(new Set(titles).size).toBe(RULE_IDS.length);
  });

  it('explains each rule in a sentence', () => {
    for (const { title, explanation } of Object.values(RULE_DESCRIPTIONS)) {
      expect(title.trim()).not.toBe('');
      expect(explanation).toMatch(/^[A-Z].*\.$/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/shared/domain/rules/finding';
import { rowFindings } from '../../../../src/renderer/src/matrix/rowFindings';

const warning: Finding = { ruleId: 'too-many-responsible', severity: 'warning', message: 'Budget has 4 roles responsible.', taskId: 't1', fixes: [] };
const error: Finding = { ruleId: 'no-accountable', severity: 'error', message: 'Nobody is accountable for Budget.', taskId: 't1', fixes: [] };

describe('rowFindings', () => {
  it('counts the findings and takes the worst severity, errors listed first', () => {
    const summary = rowFindings(new Map([['t1', [warning, error]]])).get('t1');
    expect(summary).toEqual({ severity: 'error', count: 2, text: 'Nobody is accountable for Budget.\nBudget has 4 roles responsible.' });
  });

  it('reports a warning when every finding is a warning', () => {
    expect(rowFindings(new Map([['t1', [warning]]])).get('t1')?.severity).toBe('warning');
  });

  it('leaves out tasks without findings', () => {
    expect(rowFindings(new Map([['t1', []]])).has('t1')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { displayName, joinNames } from '../../../../../src/shared/domain/rules/displayName';

describe('displayName', () => {
  it('uses the task title and the role name as typed', () => {
    expect(displayName({ id: 't', title: 'Budget', order: 1 })).toBe('Budget');
    expect(displayName({ id: 'r', name: 'Project manager', colour: '#000000', order: 1 })).toBe('Project manager');
  });

  it('uses a stand-in when the name is blank', () => {
    expect(displayName({ id: 't', title: '  ', order: 1 })).toBe('(untitled task)');
    expect(displayName({ id: 'r', name: '', colour: '#000000', order: 1 })).toBe('(unnamed role)');
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('joins %j as "%s"', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});

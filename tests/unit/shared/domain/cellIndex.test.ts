import { describe, expect, it } from 'vitest';
import { cellIndex, cellKey, lettersOf } from '../../../../src/shared/domain/cellIndex';
import { buildBoard } from './boardBuilder';

const board = buildBoard({
  roles: ['Product manager', 'Project manager'],
  tasks: [['Budget', { 'Project manager': 'R/A', 'Product manager': 'C' }], ['Vision']],
});

describe('cellKey', () => {
  it('keeps pairs apart when ids contain the separator', () => {
    expect(cellKey('a|b', 'c')).not.toBe(cellKey('a', 'b|c'));
    expect(cellKey('1:a', 'b')).not.toBe(cellKey('1', ':a|b'));
  });
});

describe('cellIndex', () => {
  it('holds one entry per stored cell', () => {
    const index = cellIndex(board);
    expect(index.size).toBe(2);
    expect(index.get(cellKey('task-1', 'role-2'))).toEqual(['R', 'A']);
  });

  it('returns the cached index when asked twice for the same board', () => {
    expect(cellIndex(board)).toBe(cellIndex(board));
  });
});

describe('lettersOf', () => {
  it('returns the letters when the cell exists', () => {
    expect(lettersOf(board, 'task-1', 'role-1')).toEqual(['C']);
  });

  it('returns an empty set when there is no cell', () => {
    expect(lettersOf(board, 'task-2', 'role-1')).toEqual([]);
    expect(lettersOf(board, 'missing', 'role-1')).toEqual([]);
  });
});

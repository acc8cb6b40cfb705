import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { ownerAmong, ownerOf } from '../../../../src/shared/domain/ownerOf';
import { buildBoard } from './boardBuilder';

describe('ownerOf', () => {
  const board = buildBoard({
    roles: ['Product manager', 'Project manager', 'Designer'],
    tasks: [
      ['Budget', { 'Project manager': 'A', 'Product manager': 'R/C' }],
      ['Vision', { 'Product manager': 'R' }],
    ],
  });

  it('returns the role holding A', () => {
    expect(ownerOf(board, 'task-1')).toBe('role-2');
  });

  it('returns null when no role holds A', () => {
    expect(ownerOf(board, 'task-2')).toBeNull();
  });

  it('returns null when the task is unknown', () => {
    expect(ownerOf(board, 'nope')).toBeNull();
  });

  it('picks the first role in lane order when an imported board has two A', () => {
    const twoA: Board = {
      ...board,
      // Cells listed with the later lane first, so only lane order can pick the winner.
      cells: [
        { taskId: 'task-2', roleId: 'role-3', letters: ['A'] },
        { taskId: 'task-2', roleId: 'role-1', letters: ['R', 'A'] },
      ],
    };
    expect(ownerOf(twoA, 'task-2')).toBe('role-1');
  });
});

describe('ownerAmong', () => {
  const roles = [
    { id: 'pm', name: 'Product manager', colour: '#000000', order: 0 },
    { id: 'pj', name: 'Project manager', colour: '#000000', order: 1 },
  ];

  it('returns the first role in lane order holding A whatever the order of the letters by role', () => {
    expect(ownerAmong(roles, new Map([['pj', ['A']], ['pm', ['R', 'A']]] as const))).toBe('pm');
  });

  it('returns null when no role holds A', () => {
    expect(ownerAmong(roles, new Map([['pm', ['R', 'C']]] as const))).toBeNull();
  });
});

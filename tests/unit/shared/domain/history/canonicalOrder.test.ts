import { describe, expect, it } from 'vitest';
import { canonicalOrder } from '../../../../../src/shared/domain/history/canonicalOrder';

describe('canonicalOrder', () => {
  it('sorts records by order and breaks ties by id when orders are equal', () => {
    const records = [
      { id: 'b', order: 2 },
      { id: 'c', order: 1 },
      { id: 'a', order: 2 },
    ];

    expect([...records].sort(canonicalOrder.records).map((record) => record.id)).toEqual(['c', 'a', 'b']);
  });

  it('sorts cells by task id, then role id, by code unit as IndexedDB sorts keys', () => {
    const cells = [
      { taskId: 'task-b', roleId: 'role-a' },
      { taskId: 'task-a', roleId: 'role-b' },
      { taskId: 'task-a', roleId: 'Role-z' },
      { taskId: 'task-a', roleId: 'role-a' },
    ];

    expect([...cells].sort(canonicalOrder.cells).map((cell) => `${cell.taskId}/${cell.roleId}`)).toEqual([
      'task-a/Role-z',
      'task-a/role-a',
      'task-a/role-b',
      'task-b/role-a',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { idleRole } from '../../../../../src/shared/domain/rules/idleRole';
import { indexBoard } from '../../../../../src/shared/domain/rules/indexBoard';
import { DESIGNER, healthyBoard, idleDesigner, noTasksYet } from './fixtures/boards';
import { roleIdOf } from './fixtures/buildBoard';

describe('idleRole', () => {
  it('warns about a role with no letter on any task', () => {
    expect(idleRole(indexBoard(idleDesigner))).toEqual([
      { ruleId: 'idle-role', severity: 'warning', message: 'Designer holds no letter on any task.', roleId: roleIdOf(idleDesigner, DESIGNER), fixes: [] },
    ]);
  });

  it('reports nothing when every role holds a letter somewhere', () => {
    expect(idleRole(indexBoard(healthyBoard))).toEqual([]);
  });

  it('reports nothing when the board has no tasks yet', () => {
    expect(idleRole(indexBoard(noTasksYet))).toEqual([]);
  });
});

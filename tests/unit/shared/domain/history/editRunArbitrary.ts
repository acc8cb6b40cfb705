/**
 * Runs of edits as the board's own commands make them (letters set, cards moved, renamed, added and
 * deleted, with lanes kept), for properties of code that follows a board from one edit to the next.
 */
import fc from 'fast-check';
import type { Board, Letter } from '../../../../../src/shared/domain/board';
import type { Command } from '../../../../../src/shared/domain/command';
import { applyCommand } from '../../../../../src/shared/domain/commands';
import { boardArb } from './boardArbitrary';

/** Edits as the board's own commands make them: lanes kept, one or two tasks touched. */
function commandArb(board: Board): fc.Arbitrary<Command> {
  const taskIds = board.tasks.map((task) => task.id);
  const roleIds = board.roles.map((role) => role.id);
  const task = fc.constantFrom(...taskIds, 'task-new');
  const role = fc.constantFrom(...roleIds, 'role-missing');
  const letters = fc.subarray<Letter>(['R', 'A', 'C', 'I']);
  return fc.oneof(
    fc.record({ type: fc.constant('setLetters' as const), taskId: task, roleId: role, letters }),
    fc.record({ type: fc.constant('moveTask' as const), taskId: task, toRoleId: fc.option(role, { nil: null }), toIndex: fc.integer({ min: 0, max: 6 }) }),
    fc.record({ type: fc.constant('renameTask' as const), taskId: task, title: fc.constantFrom('Budget', 'Pricing page') }),
    fc.record({ type: fc.constant('deleteTask' as const), taskId: task }),
    fc.record({ type: fc.constant('addTask' as const), taskId: fc.constant('task-new'), title: fc.constant('New'), roleId: fc.option(role, { nil: null }) }),
  ) as fc.Arbitrary<Command>;
}

/** A board and the boards a few commands turn it into, each the result of the one before. */
export const editRunArb: fc.Arbitrary<readonly Board[]> = boardArb
  .filter((board) => board.roles.length > 0 && board.tasks.length > 0)
  .chain((board) => fc.tuple(fc.constant(board), fc.array(commandArb(board), { minLength: 1, maxLength: 6 })))
  .map(([board, commands]) => {
    const boards = [board];
    for (const command of commands) {
      const outcome = applyCommand(boards[boards.length - 1] as Board, command, 2_000);
      if (outcome.ok) boards.push(outcome.value);
    }
    return boards;
  });

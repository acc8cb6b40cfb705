import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../../src/shared/domain/board';
import { applyCommand } from '../../../../../src/shared/domain/commands';
import { checkBoard, checkedBoard } from '../../../../../src/shared/domain/rules/checkBoard';
import { recheckBoard } from '../../../../../src/shared/domain/rules/recheckBoard';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../../../src/shared/domain/rules/ruleSettings';
import { boardPairArb } from '../history/boardArbitrary';
import { editRunArb } from '../history/editRunArbitrary';
import { healthyBoard, PRODUCT, PROJECT } from './fixtures/boards';
import { roleIdOf, taskIdOf } from './fixtures/buildBoard';

const settingsOf = (board: Board): RuleSettings => board.ruleSettings ?? DEFAULT_RULE_SETTINGS;

describe('recheckBoard', () => {
  it('reports what checkBoard reports when the board before and after are any two versions of one board', () => {
    fc.assert(
      fc.property(boardPairArb, fc.boolean(), ([before, after], keepSettings) => {
        const settings = keepSettings ? settingsOf(before) : settingsOf(after);
        expect(recheckBoard(checkedBoard(before, settingsOf(before)), after, settings).report).toEqual(checkBoard(after, settings));
      }),
      { numRuns: 300 },
    );
  });

  it('reports what checkBoard reports after every one of a run of edits when each starts from the last check', () => {
    fc.assert(
      fc.property(editRunArb, (boards) => {
        let checked = checkedBoard(boards[0] as Board, settingsOf(boards[0] as Board));
        for (const board of boards.slice(1)) {
          checked = recheckBoard(checked, board, settingsOf(board));
          expect(checked.report).toEqual(checkBoard(board, settingsOf(board)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the findings of every task the edit did not touch when one task changes', () => {
    const before = checkedBoard(healthyBoard);
    const vision = taskIdOf(healthyBoard, 'Vision');
    const edit = applyCommand(healthyBoard, { type: 'setLetters', taskId: vision, roleId: roleIdOf(healthyBoard, PRODUCT), letters: ['R'] }, 2_000);
    if (!edit.ok) throw new Error(edit.error.message);
    const after = recheckBoard(before, edit.value);
    for (const task of healthyBoard.tasks.filter((t) => t.id !== vision)) expect(after.tasks.get(task.id)).toBe(before.tasks.get(task.id));
    expect(after.tasks.get(vision)?.findings.map((f) => f.ruleId)).toEqual(['no-accountable']);
    expect(after.report.byRule['no-accountable']).toBe(1);
  });

  it('checks the whole board again when a lane is renamed, because findings name the lanes', () => {
    const before = checkedBoard(healthyBoard);
    const edit = applyCommand(healthyBoard, { type: 'renameRole', roleId: roleIdOf(healthyBoard, PROJECT), name: 'Delivery lead' }, 2_000);
    if (!edit.ok) throw new Error(edit.error.message);
    const after = recheckBoard(before, edit.value);
    expect(after.tasks.get(taskIdOf(healthyBoard, 'Budget'))).not.toBe(before.tasks.get(taskIdOf(healthyBoard, 'Budget')));
    expect(after.report).toEqual(checkBoard(edit.value));
  });

  it('returns the same check when neither the board nor the settings changed', () => {
    const before = checkedBoard(healthyBoard);
    expect(recheckBoard(before, healthyBoard)).toBe(before);
  });

  it('checks from scratch when there is no earlier check', () => {
    expect(recheckBoard(null, healthyBoard).report).toEqual(checkBoard(healthyBoard));
  });
});

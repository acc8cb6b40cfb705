import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../../../src/shared/domain/board';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { laneContents } from '../../../../src/shared/domain/laneContents';
import { formatLetters } from '../../../../src/shared/domain/letterSet';
import { laneIndexAfter, laneIndexOf, type LaneIndex } from '../../../../src/renderer/src/lanes/laneIndex';
import { POOL_KEY } from '../../../../src/renderer/src/lanes/lanePreview';
import { boardArb, boardPairArb } from '../../shared/domain/history/boardArbitrary';
import { editRunArb } from '../../shared/domain/history/editRunArbitrary';
import { healthyBoard, PRODUCT, PROJECT } from '../../shared/domain/rules/fixtures/boards';
import { roleIdOf, taskIdOf } from '../../shared/domain/rules/fixtures/buildBoard';

/** The index's public content, for comparing an updated index with one built from scratch. */
function shown(index: LaneIndex) {
  return { items: index.items, chips: index.chips, laneOf: index.laneOf, letters: index.letters };
}

describe('laneIndexOf', () => {
  it('puts every card in the lane laneContents gives it, in board order', () => {
    fc.assert(
      fc.property(boardArb, (board) => {
        const contents = laneContents(board);
        const { items } = laneIndexOf(board);
        expect(items[POOL_KEY]).toEqual(contents.unassigned.map((task) => task.id));
        for (const role of board.roles) expect(items[role.id]).toEqual((contents.byRole.get(role.id) ?? []).map((task) => task.id));
        expect(Object.keys(items)).toHaveLength(board.roles.length + 1);
      }),
    );
  });

  it('lists each card\'s chips in lane order with the role\'s name, colour and letters', () => {
    const { chips } = laneIndexOf(healthyBoard);
    const vision = taskIdOf(healthyBoard, 'Vision');
    const expected = healthyBoard.roles.flatMap((role) => {
      const cell = healthyBoard.cells.find((c) => c.taskId === vision && c.roleId === role.id);
      return cell ? [{ roleId: role.id, roleName: role.name, colour: role.colour, letters: formatLetters(cell.letters) }] : [];
    });
    expect(expected.length).toBeGreaterThan(1);
    expect(chips.get(vision)).toEqual(expected);
  });
});

describe('laneIndexAfter', () => {
  it('gives what laneIndexOf gives when the board before and after are any two versions of one board', () => {
    fc.assert(
      fc.property(boardPairArb, ([before, after]) => {
        expect(shown(laneIndexAfter(laneIndexOf(before), after))).toEqual(shown(laneIndexOf(after)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives what laneIndexOf gives after every one of a run of edits when each starts from the last index', () => {
    fc.assert(
      fc.property(editRunArb, (boards) => {
        let index = laneIndexOf(boards[0] as Board);
        for (const board of boards.slice(1)) {
          index = laneIndexAfter(index, board);
          expect(shown(index)).toEqual(shown(laneIndexOf(board)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the very list of every lane a drop neither left nor joined', () => {
    const before = laneIndexOf(healthyBoard);
    const product = roleIdOf(healthyBoard, PRODUCT);
    const project = roleIdOf(healthyBoard, PROJECT);
    const budget = taskIdOf(healthyBoard, 'Budget');
    expect(before.laneOf.get(budget)).toBe(project);
    const drop = applyCommand(healthyBoard, { type: 'moveTask', taskId: budget, toRoleId: product, toIndex: 0 }, 2_000);
    if (!drop.ok) throw new Error(drop.error.message);
    const after = laneIndexAfter(before, drop.value);
    expect(after.items[product]?.[0]).toBe(budget);
    expect(after.items[project]).not.toContain(budget);
    for (const lane of Object.keys(before.items).filter((key) => key !== product && key !== project)) expect(after.items[lane]).toBe(before.items[lane]);
    expect(after.chips.get(taskIdOf(healthyBoard, 'Vision'))).toBe(before.chips.get(taskIdOf(healthyBoard, 'Vision')));
  });

  it('returns the same index when the board did not change', () => {
    const before = laneIndexOf(healthyBoard);
    expect(laneIndexAfter(before, healthyBoard)).toBe(before);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Letter } from '../../../../src/shared/domain/board';
import { LETTERS } from '../../../../src/shared/domain/board';
import { cellKey, lettersOf } from '../../../../src/shared/domain/cellIndex';
import type { Command, CommandErrorCode } from '../../../../src/shared/domain/command';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { createBlankBoard, createBoardFromCatalogue } from '../../../../src/shared/domain/createBoard';
import { describeCommand } from '../../../../src/shared/domain/describeCommand';
import { laneContents } from '../../../../src/shared/domain/laneContents';
import { normalizeLetters } from '../../../../src/shared/domain/letterSet';
import { matrixGroupOf, matrixSections } from '../../../../src/shared/domain/matrixRows';
import { ownerOf } from '../../../../src/shared/domain/ownerOf';
import { assertNever } from '../../../../src/shared/domain/result';
import { RULE_IDS } from '../../../../src/shared/domain/rules/finding';
import { DEFAULT_RULE_SETTINGS, normalizeRuleSettings, type RuleSettings } from '../../../../src/shared/domain/rules/ruleSettings';
import { boardProblems } from './boardInvariants';
import { buildBoard, cellText, groupIdOf, groupNames, laneTitles, matrixText, roleIdOf, roleNames, taskIdOf } from './boardBuilder';
import { deepFreeze } from './deepFreeze';

const NOW = 5000;

/** Applies a command to a frozen board and checks the input came back untouched. */
function run(board: Board, command: Command, now = NOW) {
  deepFreeze(board);
  const before = JSON.stringify(board);
  const result = applyCommand(board, command, now);
  expect(JSON.stringify(board)).toBe(before);
  return result;
}

function applied(board: Board, command: Command): Board {
  const result = run(board, command);
  if (!result.ok) throw new Error(`Refused: ${result.error.message}`);
  expect(boardProblems(result.value)).toEqual([]);
  return result.value;
}

function refused(board: Board, command: Command): CommandErrorCode {
  const result = run(board, command);
  if (result.ok) throw new Error('Expected the command to be refused');
  expect(result.error.message.length).toBeGreaterThan(0);
  return result.error.code;
}

function sample(): Board {
  return buildBoard({
    roles: ['Product manager', 'Project manager', 'Designer', 'Engineer'],
    tasks: [
      ['Vision', { 'Product manager': 'R/A', 'Project manager': 'I' }],
      ['Budget', { 'Project manager': 'R/A', Designer: 'C', Engineer: 'I' }],
      ['Marketing', { 'Product manager': 'R/A' }],
      ['Timeline', { 'Project manager': 'A', Engineer: 'R' }],
      ['Research', { Designer: 'C' }],
      ['Hiring', {}],
    ],
  });
}

describe('applyCommand', () => {
  describe('moveTask', () => {
    it('returns the same board when a card is dropped on its own lane at its own index', () => {
      const board = sample();
      const command: Command = { type: 'moveTask', taskId: taskIdOf(board, 'Marketing'), toRoleId: roleIdOf(board, 'Product manager'), toIndex: 1 };
      expect(run(board, command)).toEqual({ ok: true, value: board });
      expect((run(board, command) as { value: Board }).value).toBe(board);
    });

    it('returns the same board when a pool card is dropped back at its own place in the pool', () => {
      const board = sample();
      const result = run(board, { type: 'moveTask', taskId: taskIdOf(board, 'Hiring'), toRoleId: null, toIndex: 1 });
      expect(result.ok && result.value).toBe(board);
    });

    it('returns the same board when the index is past the end and the card is already last', () => {
      const board = sample();
      const result = run(board, { type: 'moveTask', taskId: taskIdOf(board, 'Marketing'), toRoleId: roleIdOf(board, 'Product manager'), toIndex: 99 });
      expect(result.ok && result.value).toBe(board);
    });

    it('moves A and R together when the previous owner held both', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Budget'), toRoleId: roleIdOf(board, 'Product manager'), toIndex: 0 });
      expect(cellText(next, 'Budget', 'Product manager')).toBe('R/A');
      expect(cellText(next, 'Budget', 'Project manager')).toBe('');
      expect(laneTitles(next, 'Product manager')).toEqual(['Budget', 'Vision', 'Marketing']);
      expect(laneTitles(next, 'Project manager')).toEqual(['Timeline']);
      expect(next.updatedAt).toBe(NOW);
    });

    it('moves only A when the previous owner held A without R', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Timeline'), toRoleId: roleIdOf(board, 'Designer'), toIndex: 0 });
      expect(cellText(next, 'Timeline', 'Designer')).toBe('A');
      expect(cellText(next, 'Timeline', 'Project manager')).toBe('');
      expect(cellText(next, 'Timeline', 'Engineer')).toBe('R');
    });

    it('leaves C and I of other roles untouched, down to the cell objects', () => {
      const board = sample();
      const budget = taskIdOf(board, 'Budget');
      const next = applied(board, { type: 'moveTask', taskId: budget, toRoleId: roleIdOf(board, 'Product manager'), toIndex: 0 });
      const designerC = board.cells.find((c) => c.taskId === budget && c.roleId === roleIdOf(board, 'Designer'));
      const engineerI = board.cells.find((c) => c.taskId === budget && c.roleId === roleIdOf(board, 'Engineer'));
      expect(next.cells).toContain(designerC);
      expect(next.cells).toContain(engineerI);
    });

    it('replaces the new owner\'s C when it takes A and R over', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Budget'), toRoleId: roleIdOf(board, 'Designer'), toIndex: 0 });
      expect(cellText(next, 'Budget', 'Designer')).toBe('R/A');
      expect(cellText(next, 'Budget', 'Engineer')).toBe('I');
    });

    it('replaces the new owner\'s I but keeps its R when the previous owner held only A', () => {
      const board = buildBoard({
        roles: ['Lead', 'Helper'],
        tasks: [['Budget', { Lead: 'A', Helper: 'R/I' }]],
      });
      const next = applied(board, { type: 'moveTask', taskId: 'task-1', toRoleId: roleIdOf(board, 'Helper'), toIndex: 0 });
      expect(cellText(next, 'Budget', 'Helper')).toBe('R/A');
      expect(cellText(next, 'Budget', 'Lead')).toBe('');
    });

    it('gives A and R when a pool card is dropped and nobody holds R', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Research'), toRoleId: roleIdOf(board, 'Engineer'), toIndex: 0 });
      expect(cellText(next, 'Research', 'Engineer')).toBe('R/A');
      expect(cellText(next, 'Research', 'Designer')).toBe('C');
      expect(laneTitles(next, null)).toEqual(['Hiring']);
    });

    it('gives only A when a pool card is dropped and another role already holds R', () => {
      const board = buildBoard({
        roles: ['Lead', 'Doer', 'Watcher'],
        tasks: [['Budget', { Doer: 'R', Watcher: 'I' }]],
      });
      const next = applied(board, { type: 'moveTask', taskId: 'task-1', toRoleId: roleIdOf(board, 'Lead'), toIndex: 0 });
      expect(cellText(next, 'Budget', 'Lead')).toBe('A');
      expect(cellText(next, 'Budget', 'Doer')).toBe('R');
      expect(cellText(next, 'Budget', 'Watcher')).toBe('I');
    });

    it('gives A on top of R when a pool card is dropped on the role already holding R', () => {
      const board = buildBoard({ roles: ['Lead', 'Doer'], tasks: [['Budget', { Doer: 'R/C' }]] });
      const next = applied(board, { type: 'moveTask', taskId: 'task-1', toRoleId: roleIdOf(board, 'Doer'), toIndex: 0 });
      expect(cellText(next, 'Budget', 'Doer')).toBe('R/A');
    });

    it('takes only A from the owner when a card is dropped in Unassigned', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Budget'), toRoleId: null, toIndex: 0 });
      expect(cellText(next, 'Budget', 'Project manager')).toBe('R');
      expect(cellText(next, 'Budget', 'Designer')).toBe('C');
      expect(laneTitles(next, null)).toEqual(['Budget', 'Research', 'Hiring']);
      expect(ownerOf(next, taskIdOf(next, 'Budget'))).toBeNull();
    });

    it('removes the owner\'s cell when A was all it held and the card goes to Unassigned', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Timeline'), toRoleId: null, toIndex: 5 });
      expect(next.cells.some((c) => c.taskId === taskIdOf(board, 'Timeline') && c.roleId === roleIdOf(board, 'Project manager'))).toBe(false);
      expect(laneTitles(next, null)).toEqual(['Research', 'Hiring', 'Timeline']);
    });

    it('places the card at the index among the new lane\'s cards when moving between lanes', () => {
      const board = sample();
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Timeline'), toRoleId: roleIdOf(board, 'Product manager'), toIndex: 1 });
      expect(laneTitles(next, 'Product manager')).toEqual(['Vision', 'Timeline', 'Marketing']);
    });

    it('gives the one remaining owner A when an imported task had two', () => {
      const base = sample();
      const board: Board = { ...base, cells: [...base.cells, { taskId: 'task-1', roleId: roleIdOf(base, 'Designer'), letters: ['A'] }] };
      const next = applied(board, { type: 'moveTask', taskId: 'task-1', toRoleId: roleIdOf(base, 'Engineer'), toIndex: 0 });
      expect(['Product manager', 'Project manager', 'Designer', 'Engineer'].map((r) => cellText(next, 'Vision', r))).toEqual(['', 'I', '', 'R/A']);
    });

    describe('reordering within a lane', () => {
      const lane = () =>
        buildBoard({
          roles: ['Lead', 'Other'],
          tasks: [
            ['One', { Lead: 'R/A' }],
            ['Elsewhere', { Other: 'R/A' }],
            ['Two', { Lead: 'R/A' }],
            ['Three', { Lead: 'R/A' }],
            ['Four', { Lead: 'R/A' }],
          ],
        });
      const move = (board: Board, title: string, toIndex: number) =>
        applied(board, { type: 'moveTask', taskId: taskIdOf(board, title), toRoleId: roleIdOf(board, 'Lead'), toIndex });

      it('moves a card down to the index counted without it', () => {
        expect(laneTitles(move(lane(), 'One', 2), 'Lead')).toEqual(['Two', 'Three', 'One', 'Four']);
      });

      it('moves a card up to the top', () => {
        expect(laneTitles(move(lane(), 'Four', 0), 'Lead')).toEqual(['Four', 'One', 'Two', 'Three']);
      });

      it('moves a card to the end when the index is past the end', () => {
        expect(laneTitles(move(lane(), 'One', 42), 'Lead')).toEqual(['Two', 'Three', 'Four', 'One']);
      });

      it('moves a card to the top when the index is negative', () => {
        expect(laneTitles(move(lane(), 'Three', -3), 'Lead')).toEqual(['Three', 'One', 'Two', 'Four']);
      });

      it('rewrites only the moved card and no cells', () => {
        const board = lane();
        const next = move(board, 'One', 2);
        expect(next.cells).toBe(board.cells);
        const changed = next.tasks.filter((task) => !board.tasks.includes(task));
        expect(changed.map((task) => task.title)).toEqual(['One']);
        expect(next.roles).toBe(board.roles);
      });

      it('keeps the tasks sorted by order when the card passes cards of other lanes', () => {
        const next = move(lane(), 'Four', 0);
        const orders = next.tasks.map((t) => t.order);
        expect([...orders].sort((a, b) => a - b)).toEqual(orders);
        expect(next.tasks.map((t) => t.title)).toEqual(['Four', 'One', 'Elsewhere', 'Two', 'Three']);
      });

      it('renumbers and keeps the visible order when neighbours are too close to split', () => {
        const base = lane();
        const tight: Board = {
          ...base,
          tasks: base.tasks.map((task, i) => ({ ...task, order: 1 + i * Number.EPSILON })),
        };
        const next = move(tight, 'Four', 1);
        expect(laneTitles(next, 'Lead')).toEqual(['One', 'Four', 'Two', 'Three']);
        expect(next.tasks.map((t) => t.title)).toEqual(['One', 'Four', 'Elsewhere', 'Two', 'Three']);
        expect(new Set(next.tasks.map((t) => t.order)).size).toBe(5);
      });

      it('separates cards that share an order when one is moved between them', () => {
        const base = lane();
        const flat: Board = { ...base, tasks: base.tasks.map((task) => ({ ...task, order: 7 })) };
        const next = move(flat, 'One', 1);
        expect(laneTitles(next, 'Lead')).toEqual(['Two', 'One', 'Three', 'Four']);
      });

      it('reorders the pool when a pool card is moved within it', () => {
        const board = sample();
        const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'Hiring'), toRoleId: null, toIndex: 0 });
        expect(laneTitles(next, null)).toEqual(['Hiring', 'Research']);
        expect(next.cells).toBe(board.cells);
      });
    });

    it('refuses an unknown task with not-found', () => {
      const board = sample();
      expect(refused(board, { type: 'moveTask', taskId: 'nope', toRoleId: null, toIndex: 0 })).toBe('not-found');
    });

    it('refuses an unknown lane with not-found', () => {
      const board = sample();
      expect(refused(board, { type: 'moveTask', taskId: 'task-1', toRoleId: 'nope', toIndex: 0 })).toBe('not-found');
    });
  });

  describe('setLetters', () => {
    it('stores the letters normalised', () => {
      const board = sample();
      const next = applied(board, { type: 'setLetters', taskId: taskIdOf(board, 'Hiring'), roleId: roleIdOf(board, 'Designer'), letters: ['I', 'C', 'I'] });
      expect(cellText(next, 'Hiring', 'Designer')).toBe('C/I');
      expect(next.updatedAt).toBe(NOW);
    });

    it('removes the cell when the letters are empty', () => {
      const board = sample();
      const next = applied(board, { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Designer'), letters: [] });
      expect(next.cells).toHaveLength(board.cells.length - 1);
      expect(cellText(next, 'Budget', 'Designer')).toBe('');
    });

    it('takes A from the previous holder when setting A, leaving its R', () => {
      const board = sample();
      const next = applied(board, { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Engineer'), letters: ['A'] });
      expect(cellText(next, 'Budget', 'Engineer')).toBe('A');
      expect(cellText(next, 'Budget', 'Project manager')).toBe('R');
      expect(laneTitles(next, 'Engineer')).toEqual(['Budget']);
    });

    it('sends the card to Unassigned when its owner\'s A is cleared', () => {
      const board = sample();
      const next = applied(board, { type: 'setLetters', taskId: taskIdOf(board, 'Vision'), roleId: roleIdOf(board, 'Product manager'), letters: ['R'] });
      expect(laneTitles(next, null)).toEqual(['Vision', 'Research', 'Hiring']);
    });

    it('returns the same board when the letters are unchanged', () => {
      const board = sample();
      const result = run(board, { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Project manager'), letters: ['A', 'R'] });
      expect(result.ok && result.value).toBe(board);
    });

    it('returns the same board when clearing a cell that does not exist', () => {
      const board = sample();
      const result = run(board, { type: 'setLetters', taskId: taskIdOf(board, 'Hiring'), roleId: roleIdOf(board, 'Designer'), letters: [] });
      expect(result.ok && result.value).toBe(board);
    });

    it('keeps every other cell object when one cell changes', () => {
      const board = sample();
      const next = applied(board, { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Designer'), letters: ['C', 'I'] });
      const changed = next.cells.filter((cell) => !board.cells.includes(cell));
      expect(changed).toEqual([{ taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Designer'), letters: ['C', 'I'] }]);
    });

    it('refuses letters outside R, A, C, I', () => {
      const board = sample();
      const letters = ['R', 'X'] as unknown as Letter[];
      expect(refused(board, { type: 'setLetters', taskId: 'task-1', roleId: 'role-1', letters })).toBe('invalid-letters');
    });

    it('refuses unknown tasks and lanes with not-found', () => {
      const board = sample();
      expect(refused(board, { type: 'setLetters', taskId: 'nope', roleId: 'role-1', letters: ['R'] })).toBe('not-found');
      expect(refused(board, { type: 'setLetters', taskId: 'task-1', roleId: 'nope', letters: ['R'] })).toBe('not-found');
    });
  });

  describe('addTask', () => {
    it('appends the task at the end of the board in Unassigned when no lane is given', () => {
      const board = sample();
      const next = applied(board, { type: 'addTask', taskId: 'new', title: '  Launch party ', roleId: null });
      expect(next.tasks.at(-1)).toMatchObject({ id: 'new', title: 'Launch party' });
      expect(laneTitles(next, null)).toEqual(['Research', 'Hiring', 'Launch party']);
      expect(next.cells).toBe(board.cells);
      expect(next.tasks.slice(0, -1)).toEqual(board.tasks);
      expect(next.tasks[0]).toBe(board.tasks[0]);
    });

    it('gives the lane A and R when created in a lane', () => {
      const board = sample();
      const next = applied(board, { type: 'addTask', taskId: 'new', title: 'Launch party', roleId: roleIdOf(board, 'Designer') });
      expect(cellText(next, 'Launch party', 'Designer')).toBe('R/A');
      expect(laneTitles(next, 'Designer')).toEqual(['Launch party']);
    });

    it('starts the order at zero on an empty board', () => {
      const board = buildBoard({ roles: [], tasks: [] });
      const next = applied(board, { type: 'addTask', taskId: 'first', title: 'First' });
      expect(next.tasks).toEqual([{ id: 'first', title: 'First', order: 0 }]);
    });

    it('files the task under a group when the group exists', () => {
      const board: Board = { ...sample(), groups: [{ id: 'g1', name: 'Discovery', order: 0 }] };
      const next = applied(board, { type: 'addTask', taskId: 'new', title: 'Interviews', groupId: 'g1' });
      expect(next.tasks.at(-1)?.groupId).toBe('g1');
    });

    it('accepts a 500-character title and refuses 501', () => {
      const board = sample();
      expect(applied(board, { type: 'addTask', taskId: 'new', title: 't'.repeat(500) }).tasks.at(-1)?.title).toHaveLength(500);
      expect(refused(board, { type: 'addTask', taskId: 'new', title: 't'.repeat(501) })).toBe('too-long');
    });

    it('refuses empty and whitespace-only titles', () => {
      const board = sample();
      expect(refused(board, { type: 'addTask', taskId: 'new', title: '' })).toBe('empty-name');
      expect(refused(board, { type: 'addTask', taskId: 'new', title: ' \t ' })).toBe('empty-name');
    });

    it('accepts titles in any script', () => {
      let board = sample();
      for (const [i, title] of ['予算を決める', 'ميزانية', 'Ünïcödé', '🚀 Launch'].entries()) {
        board = applied(board, { type: 'addTask', taskId: `n${i}`, title });
      }
      expect(board.tasks.slice(-4).map((t) => t.title)).toEqual(['予算を決める', 'ميزانية', 'Ünïcödé', '🚀 Launch']);
    });

    it('refuses a duplicate id, an unknown lane and an unknown group', () => {
      const board = sample();
      expect(refused(board, { type: 'addTask', taskId: 'task-1', title: 'Again' })).toBe('duplicate-id');
      expect(refused(board, { type: 'addTask', taskId: 'new', title: 'X', roleId: 'nope' })).toBe('not-found');
      expect(refused(board, { type: 'addTask', taskId: 'new', title: 'X', groupId: 'nope' })).toBe('not-found');
    });
  });

  describe('renameTask', () => {
    it('renames the task and keeps the others', () => {
      const board = sample();
      const next = applied(board, { type: 'renameTask', taskId: taskIdOf(board, 'Budget'), title: 'Costs' });
      expect(next.tasks.map((t) => t.title)).toEqual(['Vision', 'Costs', 'Marketing', 'Timeline', 'Research', 'Hiring']);
      expect(next.tasks[0]).toBe(board.tasks[0]);
      expect(next.cells).toBe(board.cells);
    });

    it('returns the same board when the name is unchanged after trimming', () => {
      const board = sample();
      const result = run(board, { type: 'renameTask', taskId: taskIdOf(board, 'Budget'), title: ' Budget ' });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses empty titles and unknown tasks', () => {
      const board = sample();
      expect(refused(board, { type: 'renameTask', taskId: 'task-1', title: '   ' })).toBe('empty-name');
      expect(refused(board, { type: 'renameTask', taskId: 'nope', title: 'X' })).toBe('not-found');
    });
  });

  describe('setTaskNotes', () => {
    it('sets and then clears the notes', () => {
      const board = sample();
      const withNotes = applied(board, { type: 'setTaskNotes', taskId: 'task-2', notes: ' Ask finance. ' });
      expect(withNotes.tasks[1]?.notes).toBe('Ask finance.');
      const cleared = applied(withNotes, { type: 'setTaskNotes', taskId: 'task-2', notes: '' });
      expect(cleared.tasks[1]).toEqual(board.tasks[1]);
      expect('notes' in (cleared.tasks[1] ?? {})).toBe(false);
    });

    it('returns the same board when the notes are unchanged', () => {
      const board = sample();
      const result = run(board, { type: 'setTaskNotes', taskId: 'task-2', notes: '  ' });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses unknown tasks and over-long notes', () => {
      const board = sample();
      expect(refused(board, { type: 'setTaskNotes', taskId: 'nope', notes: 'x' })).toBe('not-found');
      expect(refused(board, { type: 'setTaskNotes', taskId: 'task-1', notes: 'x'.repeat(10_001) })).toBe('too-long');
    });
  });

  describe('deleteTask', () => {
    it('removes the task and its cells and keeps the rest', () => {
      const board = sample();
      const budget = taskIdOf(board, 'Budget');
      const next = applied(board, { type: 'deleteTask', taskId: budget });
      expect(next.tasks.map((t) => t.title)).not.toContain('Budget');
      expect(next.cells.some((c) => c.taskId === budget)).toBe(false);
      expect(next.cells).toEqual(board.cells.filter((c) => c.taskId !== budget));
      expect(next.cells.every((c) => board.cells.includes(c))).toBe(true);
    });

    it('refuses an unknown task', () => {
      expect(refused(sample(), { type: 'deleteTask', taskId: 'nope' })).toBe('not-found');
    });
  });

  describe('addRole', () => {
    it('appends the lane with its colour in lower case', () => {
      const board = sample();
      const next = applied(board, { type: 'addRole', roleId: 'new', name: ' Marketing lead ', colour: '#C2410C' });
      expect(next.roles.at(-1)).toMatchObject({ id: 'new', name: 'Marketing lead', colour: '#c2410c' });
      expect(roleNames(next)).toEqual([...roleNames(board), 'Marketing lead']);
      expect(next.roles[0]).toBe(board.roles[0]);
    });

    it('accepts names in any script', () => {
      const board = sample();
      const next = applied(board, { type: 'addRole', roleId: 'new', name: 'مدير المنتج 👩‍💻', colour: '#123456' });
      expect(next.roles.at(-1)?.name).toBe('مدير المنتج 👩‍💻');
    });

    it('refuses a name another lane already has, whatever its case', () => {
      expect(refused(sample(), { type: 'addRole', roleId: 'new', name: 'product MANAGER', colour: '#123456' })).toBe('duplicate-name');
    });

    it('refuses a duplicate id, a bad colour, an empty or over-long name', () => {
      const board = sample();
      expect(refused(board, { type: 'addRole', roleId: 'role-1', name: 'Again', colour: '#123456' })).toBe('duplicate-id');
      expect(refused(board, { type: 'addRole', roleId: 'new', name: 'Ops', colour: 'teal' })).toBe('invalid-colour');
      expect(refused(board, { type: 'addRole', roleId: 'new', name: ' ', colour: '#123456' })).toBe('empty-name');
      expect(refused(board, { type: 'addRole', roleId: 'new', name: 'n'.repeat(121), colour: '#123456' })).toBe('too-long');
    });
  });

  describe('renameRole', () => {
    it('renames the lane', () => {
      const board = sample();
      const next = applied(board, { type: 'renameRole', roleId: roleIdOf(board, 'Designer'), name: 'UX designer' });
      expect(roleNames(next)).toEqual(['Product manager', 'Project manager', 'UX designer', 'Engineer']);
      expect(next.tasks).toBe(board.tasks);
    });

    it('allows changing only the case of its own name', () => {
      const board = sample();
      const next = applied(board, { type: 'renameRole', roleId: roleIdOf(board, 'Designer'), name: 'DESIGNER' });
      expect(next.roles[2]?.name).toBe('DESIGNER');
    });

    it('returns the same board when the name is unchanged', () => {
      const board = sample();
      const result = run(board, { type: 'renameRole', roleId: roleIdOf(board, 'Designer'), name: 'Designer ' });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses another lane\'s name, empty names and unknown lanes', () => {
      const board = sample();
      expect(refused(board, { type: 'renameRole', roleId: 'role-3', name: 'engineer' })).toBe('duplicate-name');
      expect(refused(board, { type: 'renameRole', roleId: 'role-3', name: '\u200b' })).toBe('empty-name');
      expect(refused(board, { type: 'renameRole', roleId: 'nope', name: 'X' })).toBe('not-found');
    });
  });

  describe('recolourRole', () => {
    it('changes only that lane\'s colour', () => {
      const board = sample();
      const next = applied(board, { type: 'recolourRole', roleId: 'role-2', colour: '#000000' });
      expect(next.roles[1]?.colour).toBe('#000000');
      expect(next.roles[0]).toBe(board.roles[0]);
    });

    it('returns the same board when the colour only differs in case', () => {
      const board = sample();
      const result = run(board, { type: 'recolourRole', roleId: 'role-2', colour: board.roles[1]?.colour.toUpperCase() ?? '' });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses a bad colour and an unknown lane', () => {
      const board = sample();
      expect(refused(board, { type: 'recolourRole', roleId: 'role-2', colour: '#12345' })).toBe('invalid-colour');
      expect(refused(board, { type: 'recolourRole', roleId: 'nope', colour: '#123456' })).toBe('not-found');
    });
  });

  describe('moveRole', () => {
    it('moves a lane to the index counted without it', () => {
      const board = sample();
      const next = applied(board, { type: 'moveRole', roleId: roleIdOf(board, 'Product manager'), toIndex: 2 });
      expect(roleNames(next)).toEqual(['Project manager', 'Designer', 'Product manager', 'Engineer']);
      expect(next.roles.filter((r) => !board.roles.includes(r)).map((r) => r.name)).toEqual(['Product manager']);
    });

    it('clamps the index to the ends', () => {
      const board = sample();
      expect(roleNames(applied(board, { type: 'moveRole', roleId: 'role-4', toIndex: -1 }))).toEqual(['Engineer', 'Product manager', 'Project manager', 'Designer']);
      expect(roleNames(applied(board, { type: 'moveRole', roleId: 'role-1', toIndex: 10 }))).toEqual(['Project manager', 'Designer', 'Engineer', 'Product manager']);
    });

    it('returns the same board when the lane stays where it is', () => {
      const board = sample();
      const result = run(board, { type: 'moveRole', roleId: 'role-2', toIndex: 1 });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses an unknown lane', () => {
      expect(refused(sample(), { type: 'moveRole', roleId: 'nope', toIndex: 0 })).toBe('not-found');
    });
  });

  describe('deleteRole', () => {
    it('sends the tasks the lane owned to Unassigned and removes its cells', () => {
      const board = sample();
      const next = applied(board, { type: 'deleteRole', roleId: roleIdOf(board, 'Project manager') });
      expect(roleNames(next)).toEqual(['Product manager', 'Designer', 'Engineer']);
      expect(laneTitles(next, null)).toEqual(['Budget', 'Timeline', 'Research', 'Hiring']);
      expect(next.cells.some((c) => c.roleId === 'role-2')).toBe(false);
      expect(cellText(next, 'Budget', 'Designer')).toBe('C');
      expect(next.tasks).toBe(board.tasks);
    });

    it('refuses an unknown lane', () => {
      expect(refused(sample(), { type: 'deleteRole', roleId: 'nope' })).toBe('not-found');
    });
  });

  describe('renameBoard', () => {
    it('renames the board', () => {
      const next = applied(sample(), { type: 'renameBoard', name: ' 2026 plan ' });
      expect(next.name).toBe('2026 plan');
    });

    it('returns the same board when the name is unchanged', () => {
      const board = sample();
      const result = run(board, { type: 'renameBoard', name: board.name });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses an empty name', () => {
      expect(refused(sample(), { type: 'renameBoard', name: '' })).toBe('empty-name');
    });
  });

  describe('addTask with a catalogue link', () => {
    it('keeps the article activity the task came from', () => {
      const next = applied(sample(), { type: 'addTask', taskId: 'new', title: 'Roadmap', catalogueId: 'roadmap' });
      expect(next.tasks.at(-1)).toEqual({ id: 'new', title: 'Roadmap', order: 6 * 1024, catalogueId: 'roadmap' });
    });

    it('stores no link when the catalogue id is empty', () => {
      const next = applied(sample(), { type: 'addTask', taskId: 'new', title: 'Roadmap', catalogueId: '' });
      expect('catalogueId' in (next.tasks.at(-1) ?? {})).toBe(false);
    });
  });

  /** Two phases; Hiring has no group. Matrix: Discovery (Vision, Research), Delivery (Budget, Launch, Timeline), then Hiring. */
  function phased(): Board {
    return buildBoard({
      roles: ['Product manager', 'Project manager'],
      groups: ['Discovery', 'Delivery'],
      tasks: [
        ['Vision', { 'Product manager': 'R/A' }, 'Discovery'],
        ['Budget', { 'Project manager': 'R/A' }, 'Delivery'],
        ['Research', { 'Product manager': 'R/A', 'Project manager': 'C' }, 'Discovery'],
        ['Launch', { 'Project manager': 'R/A' }, 'Delivery'],
        ['Hiring', {}],
        ['Timeline', { 'Project manager': 'A' }, 'Delivery'],
      ],
    });
  }

  /** Titles of the tasks whose objects differ between the two boards. */
  function changedTasks(before: Board, after: Board): string[] {
    return after.tasks.filter((task) => !before.tasks.includes(task)).map((task) => task.title);
  }

  function taskOf(board: Board, title: string) {
    return board.tasks.find((task) => task.title === title);
  }

  describe('addGroup', () => {
    it('appends the group after the others with its name cleaned', () => {
      const board = phased();
      const next = applied(board, { type: 'addGroup', groupId: 'new', name: '  Launch week ' });
      expect(groupNames(next)).toEqual(['Discovery', 'Delivery', 'Launch week']);
      expect(next.groups.at(-1)).toEqual({ id: 'new', name: 'Launch week', order: 2048 });
      expect(next.tasks).toBe(board.tasks);
      expect(next.groups[0]).toBe(board.groups[0]);
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Budget', 'Launch', 'Timeline', '# Launch week', 'Hiring']);
      expect(next.updatedAt).toBe(NOW);
    });

    it('starts the order at zero on a board without groups', () => {
      const next = applied(sample(), { type: 'addGroup', groupId: 'g', name: 'Discovery' });
      expect(next.groups).toEqual([{ id: 'g', name: 'Discovery', order: 0 }]);
    });

    it('accepts a 120-character name and names in any script', () => {
      const board = phased();
      expect(applied(board, { type: 'addGroup', groupId: 'new', name: 'g'.repeat(120) }).groups.at(-1)?.name).toHaveLength(120);
      expect(applied(board, { type: 'addGroup', groupId: 'new', name: 'フェーズ 2 🚀' }).groups.at(-1)?.name).toBe('フェーズ 2 🚀');
    });

    it('refuses a duplicate id, a name another group has in any case, an empty or over-long name', () => {
      const board = phased();
      expect(refused(board, { type: 'addGroup', groupId: 'group-1', name: 'Other' })).toBe('duplicate-id');
      expect(refused(board, { type: 'addGroup', groupId: 'new', name: 'DISCOVERY' })).toBe('duplicate-name');
      expect(refused(board, { type: 'addGroup', groupId: 'new', name: ' \u200b ' })).toBe('empty-name');
      expect(refused(board, { type: 'addGroup', groupId: 'new', name: 'g'.repeat(121) })).toBe('too-long');
    });

    it('allows a group named like a lane or a task', () => {
      const next = applied(phased(), { type: 'addGroup', groupId: 'new', name: 'Budget' });
      expect(groupNames(next)).toContain('Budget');
    });
  });

  describe('renameGroup', () => {
    it('renames only that group', () => {
      const board = phased();
      const next = applied(board, { type: 'renameGroup', groupId: groupIdOf(board, 'Delivery'), name: ' Build ' });
      expect(groupNames(next)).toEqual(['Discovery', 'Build']);
      expect(next.groups[0]).toBe(board.groups[0]);
      expect(next.tasks).toBe(board.tasks);
    });

    it('allows changing only the case of its own name', () => {
      const board = phased();
      expect(groupNames(applied(board, { type: 'renameGroup', groupId: 'group-1', name: 'discovery' }))).toEqual(['discovery', 'Delivery']);
    });

    it('returns the same board when the name is unchanged after cleaning', () => {
      const board = phased();
      const result = run(board, { type: 'renameGroup', groupId: 'group-1', name: ' Discovery ' });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses another group\'s name, an empty name and an unknown group', () => {
      const board = phased();
      expect(refused(board, { type: 'renameGroup', groupId: 'group-1', name: 'delivery' })).toBe('duplicate-name');
      expect(refused(board, { type: 'renameGroup', groupId: 'group-1', name: '' })).toBe('empty-name');
      expect(refused(board, { type: 'renameGroup', groupId: 'nope', name: 'X' })).toBe('not-found');
    });
  });

  describe('deleteGroup', () => {
    it('keeps the group\'s tasks, ungrouped and in board order, with their letters', () => {
      const board = phased();
      const next = applied(board, { type: 'deleteGroup', groupId: groupIdOf(board, 'Discovery') });
      expect(groupNames(next)).toEqual(['Delivery']);
      expect(next.tasks).toHaveLength(board.tasks.length);
      expect(matrixText(next)).toEqual(['# Delivery', 'Budget', 'Launch', 'Timeline', 'Vision', 'Research', 'Hiring']);
      expect('groupId' in (taskOf(next, 'Vision') ?? {})).toBe(false);
      expect(changedTasks(board, next)).toEqual(['Vision', 'Research']);
      expect(next.cells).toBe(board.cells);
      expect(cellText(next, 'Research', 'Project manager')).toBe('C');
    });

    it('leaves the tasks untouched when the group is empty', () => {
      const base = phased();
      const board = applied(base, { type: 'addGroup', groupId: 'empty', name: 'Later' });
      const next = applied(board, { type: 'deleteGroup', groupId: 'empty' });
      expect(next.tasks).toBe(board.tasks);
      expect(next.groups).toEqual(base.groups);
    });

    it('refuses an unknown group', () => {
      expect(refused(phased(), { type: 'deleteGroup', groupId: 'nope' })).toBe('not-found');
    });
  });

  describe('moveGroup', () => {
    it('moves a group and its rows, rewriting only that group', () => {
      const board = phased();
      const next = applied(board, { type: 'moveGroup', groupId: groupIdOf(board, 'Delivery'), toIndex: 0 });
      expect(groupNames(next)).toEqual(['Delivery', 'Discovery']);
      expect(matrixText(next)).toEqual(['# Delivery', 'Budget', 'Launch', 'Timeline', '# Discovery', 'Vision', 'Research', 'Hiring']);
      expect(next.groups.filter((g) => !board.groups.includes(g)).map((g) => g.name)).toEqual(['Delivery']);
      expect(next.tasks).toBe(board.tasks);
    });

    it('clamps the index to the ends', () => {
      const board = applied(phased(), { type: 'addGroup', groupId: 'g3', name: 'Wrap-up' });
      expect(groupNames(applied(board, { type: 'moveGroup', groupId: 'g3', toIndex: -5 }))).toEqual(['Wrap-up', 'Discovery', 'Delivery']);
      expect(groupNames(applied(board, { type: 'moveGroup', groupId: 'group-1', toIndex: 99 }))).toEqual(['Delivery', 'Wrap-up', 'Discovery']);
    });

    it('returns the same board when the group stays where it is', () => {
      const board = phased();
      const result = run(board, { type: 'moveGroup', groupId: 'group-2', toIndex: 1 });
      expect(result.ok && result.value).toBe(board);
    });

    it('refuses an unknown group', () => {
      expect(refused(phased(), { type: 'moveGroup', groupId: 'nope', toIndex: 0 })).toBe('not-found');
    });
  });

  describe('setGroupCollapsed', () => {
    it('folds a group and unfolds it back to exactly what it was', () => {
      const board = phased();
      const folded = applied(board, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true });
      expect(folded.groups[0]).toEqual({ ...board.groups[0], collapsed: true });
      expect(folded.groups[1]).toBe(board.groups[1]);
      expect(matrixText(folded, { hideCollapsed: true })).toEqual(['# Discovery', '# Delivery', 'Budget', 'Launch', 'Timeline', 'Hiring']);
      const unfolded = applied(folded, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: false });
      expect(unfolded.groups[0]).toEqual(board.groups[0]);
      expect('collapsed' in (unfolded.groups[0] ?? {})).toBe(false);
    });

    it('returns the same board when the group is already in that state', () => {
      const board = phased();
      const expanded = run(board, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: false });
      expect(expanded.ok && expanded.value).toBe(board);
      const folded = applied(board, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true });
      const again = run(folded, { type: 'setGroupCollapsed', groupId: 'group-1', collapsed: true });
      expect(again.ok && again.value).toBe(folded);
    });

    it('refuses an unknown group', () => {
      expect(refused(phased(), { type: 'setGroupCollapsed', groupId: 'nope', collapsed: true })).toBe('not-found');
    });
  });

  describe('setTaskGroup', () => {
    it('puts the task at the end of its new group, changing only that task', () => {
      const board = phased();
      const next = applied(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Vision'), groupId: groupIdOf(board, 'Delivery') });
      expect(matrixText(next)).toEqual(['# Discovery', 'Research', '# Delivery', 'Budget', 'Launch', 'Timeline', 'Vision', 'Hiring']);
      expect(taskOf(next, 'Vision')?.groupId).toBe(groupIdOf(board, 'Delivery'));
      expect(changedTasks(board, next)).toEqual(['Vision']);
      expect(next.cells).toBe(board.cells);
    });

    it('keeps the order when the task already sorts after the group\'s last task', () => {
      const board = phased();
      const next = applied(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Hiring'), groupId: groupIdOf(board, 'Discovery') });
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', 'Hiring', '# Delivery', 'Budget', 'Launch', 'Timeline']);
      expect(taskOf(next, 'Hiring')?.order).toBe(taskOf(board, 'Hiring')?.order);
    });

    it('files a task into an empty group', () => {
      const board = applied(phased(), { type: 'addGroup', groupId: 'later', name: 'Later' });
      const next = applied(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Vision'), groupId: 'later' });
      expect(matrixText(next).slice(-3)).toEqual(['# Later', 'Vision', 'Hiring']);
    });

    it('ungroups a task at the end of the ungrouped rows', () => {
      const board = phased();
      const next = applied(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Budget'), groupId: null });
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Launch', 'Timeline', 'Hiring', 'Budget']);
      expect('groupId' in (taskOf(next, 'Budget') ?? {})).toBe(false);
    });

    it('returns the same board when the task is already in that group', () => {
      const board = phased();
      const same = run(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Vision'), groupId: 'group-1' });
      expect(same.ok && same.value).toBe(board);
      const none = run(board, { type: 'setTaskGroup', taskId: taskIdOf(board, 'Hiring'), groupId: null });
      expect(none.ok && none.value).toBe(board);
    });

    it('refuses an unknown task or group', () => {
      const board = phased();
      expect(refused(board, { type: 'setTaskGroup', taskId: 'nope', groupId: null })).toBe('not-found');
      expect(refused(board, { type: 'setTaskGroup', taskId: 'task-1', groupId: 'nope' })).toBe('not-found');
    });
  });

  describe('moveTaskRow', () => {
    const row = (board: Board, title: string, toIndex: number, groupName?: string | null): Command => ({
      type: 'moveTaskRow',
      taskId: taskIdOf(board, title),
      toIndex,
      ...(groupName === undefined ? {} : { groupId: groupName === null ? null : groupIdOf(board, groupName) }),
    });

    it('reorders a row within its group, changing only that task and no letters', () => {
      const board = phased();
      const next = applied(board, row(board, 'Timeline', 0));
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Timeline', 'Budget', 'Launch', 'Hiring']);
      expect(changedTasks(board, next)).toEqual(['Timeline']);
      expect(next.cells).toBe(board.cells);
      expect(next.updatedAt).toBe(NOW);
    });

    it('moves a row down to the index counted without it', () => {
      const board = phased();
      expect(matrixText(applied(board, row(board, 'Budget', 1)))).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Launch', 'Budget', 'Timeline', 'Hiring']);
    });

    it('moves a row into another group at the index, in one step', () => {
      const board = phased();
      const next = applied(board, row(board, 'Launch', 1, 'Discovery'));
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Launch', 'Research', '# Delivery', 'Budget', 'Timeline', 'Hiring']);
      expect(taskOf(next, 'Launch')?.groupId).toBe(groupIdOf(board, 'Discovery'));
      expect(changedTasks(board, next)).toEqual(['Launch']);
      expect(cellText(next, 'Launch', 'Project manager')).toBe('R/A');
    });

    it('moves an ungrouped row into a group', () => {
      const board = phased();
      const next = applied(board, row(board, 'Hiring', 0, 'Delivery'));
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Hiring', 'Budget', 'Launch', 'Timeline']);
    });

    it('moves a row out of its group among the ungrouped rows', () => {
      const board = phased();
      const next = applied(board, row(board, 'Research', 0, null));
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', '# Delivery', 'Budget', 'Launch', 'Timeline', 'Research', 'Hiring']);
      expect('groupId' in (taskOf(next, 'Research') ?? {})).toBe(false);
    });

    it('treats a group equal to the current one as a reorder', () => {
      const board = phased();
      expect(matrixText(applied(board, row(board, 'Timeline', 0, 'Delivery')))).toEqual(matrixText(applied(board, row(board, 'Timeline', 0))));
    });

    it('clamps the index to the ends of the group', () => {
      const board = phased();
      expect(matrixText(applied(board, row(board, 'Budget', 42)))).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Launch', 'Timeline', 'Budget', 'Hiring']);
      expect(matrixText(applied(board, row(board, 'Timeline', -3)))).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Timeline', 'Budget', 'Launch', 'Hiring']);
    });

    it('returns the same board when the row is dropped on its own place', () => {
      const board = phased();
      for (const command of [row(board, 'Research', 1), row(board, 'Research', 1, 'Discovery'), row(board, 'Hiring', 9, null)]) {
        const result = run(board, command);
        expect(result.ok && result.value).toBe(board);
      }
    });

    it('keeps every lane\'s cards and letters', () => {
      const board = phased();
      const next = applied(board, row(board, 'Vision', 2, 'Delivery'));
      expect(laneTitles(next, 'Product manager').sort()).toEqual(laneTitles(board, 'Product manager').sort());
      expect(laneTitles(next, 'Project manager')).toEqual(laneTitles(board, 'Project manager'));
      expect(next.cells).toBe(board.cells);
    });

    it('renumbers and keeps the visible order when neighbours are too close to split', () => {
      const base = phased();
      const tight: Board = { ...base, tasks: base.tasks.map((task, i) => ({ ...task, order: 1 + i * Number.EPSILON })) };
      const next = applied(tight, row(tight, 'Timeline', 1));
      expect(matrixText(next)).toEqual(['# Discovery', 'Vision', 'Research', '# Delivery', 'Budget', 'Timeline', 'Launch', 'Hiring']);
      // Placed right after its neighbour above; every other task keeps its place in the board order.
      expect(next.tasks.map((t) => t.title)).toEqual(['Vision', 'Budget', 'Timeline', 'Research', 'Launch', 'Hiring']);
      expect(new Set(next.tasks.map((t) => t.order)).size).toBe(6);
    });

    it('refuses an unknown task or group', () => {
      const board = phased();
      expect(refused(board, { type: 'moveTaskRow', taskId: 'nope', toIndex: 0 })).toBe('not-found');
      expect(refused(board, { type: 'moveTaskRow', taskId: 'task-1', toIndex: 0, groupId: 'nope' })).toBe('not-found');
    });
  });

  describe('placing a task among other lanes\' tasks', () => {
    it('moves only the dropped card even when the spot after its lane neighbour is taken', () => {
      // Lead holds One and Two; Other's card sits exactly one step after Two, where a naive "last + step" would land.
      const board = buildBoard({
        roles: ['Lead', 'Other'],
        tasks: [['One', { Lead: 'R/A' }], ['Two', { Lead: 'R/A' }], ['Elsewhere', { Other: 'R/A' }]],
      });
      const next = applied(board, { type: 'moveTask', taskId: taskIdOf(board, 'One'), toRoleId: roleIdOf(board, 'Lead'), toIndex: 1 });
      expect(laneTitles(next, 'Lead')).toEqual(['Two', 'One']);
      expect(changedTasks(board, next)).toEqual(['One']);
    });
  });

  describe('setRuleSettings', () => {
    const settings = (change: Partial<RuleSettings>): RuleSettings => ({ ...DEFAULT_RULE_SETTINGS, ...change });

    it('stores the settings and nothing else changes', () => {
      const board = sample();
      const next = applied(board, { type: 'setRuleSettings', settings: settings({ maxResponsible: 3, disabled: ['idle-role'] }) });
      expect(next.ruleSettings).toEqual(settings({ maxResponsible: 3, disabled: ['idle-role'] }));
      expect(next.tasks).toBe(board.tasks);
      expect(next.updatedAt).toBe(NOW);
    });

    it('repairs bad values and lists switched-off rules once, in rule order', () => {
      const board = sample();
      const raw = { ...DEFAULT_RULE_SETTINGS, maxResponsible: -4, overloadShare: 3, disabled: ['idle-role', 'no-accountable', 'idle-role', 'made-up'] } as unknown as RuleSettings;
      const next = applied(board, { type: 'setRuleSettings', settings: raw });
      expect(next.ruleSettings).toEqual(settings({ disabled: ['no-accountable', 'idle-role'] }));
    });

    it('returns the same board when the settings are the defaults and none were stored', () => {
      const board = sample();
      const result = run(board, { type: 'setRuleSettings', settings: DEFAULT_RULE_SETTINGS });
      expect(result.ok && result.value).toBe(board);
    });

    it('returns the same board when only the order of switched-off rules differs', () => {
      const board = applied(sample(), { type: 'setRuleSettings', settings: settings({ disabled: ['no-accountable', 'idle-role'] }) });
      const result = run(board, { type: 'setRuleSettings', settings: settings({ disabled: ['idle-role', 'no-accountable'] }) });
      expect(result.ok && result.value).toBe(board);
    });

    it('goes back to the defaults', () => {
      const board = applied(sample(), { type: 'setRuleSettings', settings: settings({ overloadMinTasks: 9 }) });
      expect(applied(board, { type: 'setRuleSettings', settings: DEFAULT_RULE_SETTINGS }).ruleSettings).toEqual(DEFAULT_RULE_SETTINGS);
    });
  });

  describe('setKeepMine', () => {
    const keep = (note?: string): Command => ({ type: 'setKeepMine', taskId: 'task-2', keep: true, ...(note === undefined ? {} : { note }) });

    it('marks the task with its note cleaned, changing only that task', () => {
      const board = sample();
      const next = applied(board, keep('  Finance owns it here. '));
      expect(next.tasks[1]?.keepMine).toEqual({ note: 'Finance owns it here.' });
      expect(changedTasks(board, next)).toEqual(['Budget']);
      expect(next.cells).toBe(board.cells);
    });

    it('marks with an empty note when none is given', () => {
      expect(applied(sample(), keep()).tasks[1]?.keepMine).toEqual({ note: '' });
    });

    it('keeps the current note when marked again without one, and replaces it when given', () => {
      const board = applied(sample(), keep('Because.'));
      const again = run(board, keep());
      expect(again.ok && again.value).toBe(board);
      expect(applied(board, keep('Changed our mind.')).tasks[1]?.keepMine).toEqual({ note: 'Changed our mind.' });
    });

    it('returns the same board when the note is unchanged', () => {
      const board = applied(sample(), keep('Because.'));
      const result = run(board, keep(' Because. '));
      expect(result.ok && result.value).toBe(board);
    });

    it('removes the mark and its note', () => {
      const board = sample();
      const marked = applied(board, keep('Because.'));
      const cleared = applied(marked, { type: 'setKeepMine', taskId: 'task-2', keep: false });
      expect(cleared.tasks[1]).toEqual(board.tasks[1]);
      expect('keepMine' in (cleared.tasks[1] ?? {})).toBe(false);
    });

    it('returns the same board when removing a mark that is not there', () => {
      const board = sample();
      const result = run(board, { type: 'setKeepMine', taskId: 'task-2', keep: false, note: 'x'.repeat(900) });
      expect(result.ok && result.value).toBe(board);
    });

    it('accepts 500 characters counted as a person counts them and refuses 501', () => {
      const board = sample();
      expect(applied(board, keep('👍'.repeat(500))).tasks[1]?.keepMine?.note).toBe('👍'.repeat(500));
      expect(refused(board, keep('x'.repeat(501)))).toBe('too-long');
    });

    it('refuses an unknown task', () => {
      expect(refused(sample(), { type: 'setKeepMine', taskId: 'nope', keep: true })).toBe('not-found');
    });
  });

  describe('batch', () => {
    it('applies the commands in order, each on the board the previous one left', () => {
      const board = sample();
      const next = applied(board, {
        type: 'batch',
        label: 'Add missing activities',
        commands: [
          { type: 'addTask', taskId: 'new', title: 'Roadmap', roleId: roleIdOf(board, 'Product manager'), catalogueId: 'roadmap' },
          { type: 'setLetters', taskId: 'new', roleId: roleIdOf(board, 'Project manager'), letters: ['C'] },
          { type: 'addGroup', groupId: 'g', name: 'Strategy' },
          { type: 'setTaskGroup', taskId: 'new', groupId: 'g' },
        ],
      });
      expect(cellText(next, 'Roadmap', 'Product manager')).toBe('R/A');
      expect(cellText(next, 'Roadmap', 'Project manager')).toBe('C');
      expect(matrixText(next).slice(0, 2)).toEqual(['# Strategy', 'Roadmap']);
      expect(next.updatedAt).toBe(NOW);
    });

    it('leaves the board unchanged and reports the failing command\'s message when one fails midway', () => {
      const board = sample();
      const result = run(board, {
        type: 'batch',
        label: 'Reset to article defaults',
        commands: [
          { type: 'renameTask', taskId: 'task-1', title: 'Product vision' },
          { type: 'renameTask', taskId: 'task-2', title: '   ' },
          { type: 'deleteTask', taskId: 'task-3' },
        ],
      });
      expect(result).toEqual({ ok: false, error: { code: 'empty-name', message: 'A task needs a title.' } });
      expect(board.tasks[0]?.title).toBe('Vision');
    });

    it('fails when a command refers to something an earlier command removed', () => {
      const board = sample();
      const code = refused(board, {
        type: 'batch',
        label: 'Tidy',
        commands: [{ type: 'deleteTask', taskId: 'task-1' }, { type: 'renameTask', taskId: 'task-1', title: 'Gone' }],
      });
      expect(code).toBe('not-found');
    });

    it('returns the same board for an empty batch', () => {
      const board = sample();
      const result = run(board, { type: 'batch', label: 'Nothing', commands: [] });
      expect(result.ok && result.value).toBe(board);
    });

    it('returns the same board when the commands undo each other', () => {
      const board = sample();
      const result = run(board, {
        type: 'batch',
        label: 'Round trip',
        commands: [
          { type: 'renameTask', taskId: 'task-1', title: 'Other' },
          { type: 'setKeepMine', taskId: 'task-2', keep: true, note: 'x' },
          { type: 'renameTask', taskId: 'task-1', title: 'Vision' },
          { type: 'setKeepMine', taskId: 'task-2', keep: false },
        ],
      });
      expect(result.ok && result.value).toBe(board);
    });

    it('keeps the objects of rows that end up as they were', () => {
      const board = sample();
      const next = applied(board, {
        type: 'batch',
        label: 'Mixed',
        commands: [
          { type: 'renameTask', taskId: 'task-1', title: 'Other' },
          { type: 'renameTask', taskId: 'task-1', title: 'Vision' },
          { type: 'renameTask', taskId: 'task-2', title: 'Costs' },
        ],
      });
      expect(changedTasks(board, next)).toEqual(['Costs']);
      expect(next.cells).toBe(board.cells);
    });

    it('applies nested batches as part of the one step, and fails them as a whole', () => {
      const board = sample();
      const inner: Command = { type: 'batch', label: 'Inner', commands: [{ type: 'renameTask', taskId: 'task-1', title: 'A' }] };
      const next = applied(board, { type: 'batch', label: 'Outer', commands: [inner, { type: 'renameTask', taskId: 'task-2', title: 'B' }] });
      expect(next.tasks.slice(0, 2).map((t) => t.title)).toEqual(['A', 'B']);
      const failing: Command = { type: 'batch', label: 'Inner', commands: [{ type: 'deleteRole', roleId: 'nope' }] };
      expect(refused(board, { type: 'batch', label: 'Outer', commands: [{ type: 'renameTask', taskId: 'task-1', title: 'A' }, failing] })).toBe('not-found');
    });

    it('applies a rule fix made of several letter changes', () => {
      const board = sample();
      const next = applied(board, {
        type: 'batch',
        label: 'Make Designer responsible',
        commands: [
          { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Project manager'), letters: ['A'] },
          { type: 'setLetters', taskId: taskIdOf(board, 'Budget'), roleId: roleIdOf(board, 'Designer'), letters: ['R'] },
        ],
      });
      expect(['Project manager', 'Designer', 'Engineer'].map((r) => cellText(next, 'Budget', r))).toEqual(['A', 'R', 'I']);
    });
  });

  describe('on a large board', () => {
    it('keeps a drop linear in the board size', () => {
      let counter = 0;
      const created = createBlankBoard({ id: 'big', name: 'Big', now: 0, newId: () => `id-${counter++}` });
      if (!created.ok) throw new Error('board not created');
      let board = created.value;
      for (let r = 2; r < 12; r += 1) {
        const result = applyCommand(board, { type: 'addRole', roleId: `r${r}`, name: `Role ${r}`, colour: '#123456' }, 0);
        if (result.ok) board = result.value;
      }
      const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, order: i }));
      const cells = tasks.flatMap((task, i) =>
        board.roles.map((role, j) => ({ taskId: task.id, roleId: role.id, letters: normalizeLetters(j === i % 12 ? ['R', 'A'] : ['C']) })),
      );
      board = { ...board, tasks, cells };
      const started = performance.now();
      for (let i = 0; i < 100; i += 1) {
        const role = board.roles[(i * 5) % 12];
        const result = applyCommand(board, { type: 'moveTask', taskId: `t${(i * 37) % 1000}`, toRoleId: role?.id ?? null, toIndex: i }, i);
        if (!result.ok) throw new Error(result.error.message);
        board = result.value;
      }
      // 100 drops on 12,000 cells: linear work is a few milliseconds each; quadratic would be seconds.
      expect(performance.now() - started).toBeLessThan(5000);
      expect(boardProblems(board)).toEqual([]);
    });
  });

  describe('on random sequences of commands', () => {
    const nameArb = fc.oneof(
      fc.constantFrom('Budget', 'Vision', 'budget', '预算', 'مدير', '👩‍💻 Dev', 'Cafe\u0301', ' ', ''),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    const lettersArb = fc.array(fc.constantFrom(...LETTERS), { maxLength: 5 });
    const colourArb = fc.constantFrom('#123456', '#ABCDEF', '#abcdef', 'teal');
    const pick = fc.nat({ max: 40 });
    const settingsArb = fc
      .record({
        disabled: fc.array(fc.constantFrom<string>(...RULE_IDS, 'made-up'), { maxLength: 4 }),
        maxResponsible: fc.integer({ min: -1, max: 4 }),
        maxConsultedInformed: fc.constantFrom(0, 5, 2.5),
        overloadShare: fc.constantFrom(0.6, 0.5, 0, 2),
        overloadMinTasks: fc.constantFrom(5, 1, 0),
        everyTaskMinTasks: fc.constantFrom(3, 4),
      })
      .map((raw) => raw as unknown as RuleSettings);

    type SimpleStep =
      | { kind: 'addTask'; title: string; lane: number; pool: boolean; group: number; grouped: boolean; catalogue: boolean }
      | { kind: 'renameTask'; task: number; title: string }
      | { kind: 'setTaskNotes'; task: number; notes: string }
      | { kind: 'deleteTask'; task: number }
      | { kind: 'addRole'; name: string; colour: string }
      | { kind: 'renameRole'; role: number; name: string }
      | { kind: 'recolourRole'; role: number; colour: string }
      | { kind: 'moveRole'; role: number; toIndex: number }
      | { kind: 'deleteRole'; role: number }
      | { kind: 'setLetters'; task: number; role: number; letters: Letter[] }
      | { kind: 'moveTask'; task: number; lane: number; pool: boolean; toIndex: number }
      | { kind: 'renameBoard'; name: string }
      | { kind: 'addGroup'; name: string }
      | { kind: 'renameGroup'; group: number; name: string }
      | { kind: 'deleteGroup'; group: number }
      | { kind: 'moveGroup'; group: number; toIndex: number }
      | { kind: 'setGroupCollapsed'; group: number; collapsed: boolean }
      | { kind: 'setTaskGroup'; task: number; group: number; none: boolean }
      | { kind: 'moveTaskRow'; task: number; toIndex: number; target: 'same' | 'none' | number }
      | { kind: 'setRuleSettings'; settings: RuleSettings }
      | { kind: 'setKeepMine'; task: number; keep: boolean; note: string | undefined };
    type Step = SimpleStep | { kind: 'batch'; label: string; steps: SimpleStep[] };

    const simpleStepArb: fc.Arbitrary<SimpleStep> = fc.oneof(
      fc.record({
        kind: fc.constant('addTask' as const),
        title: nameArb,
        lane: pick,
        pool: fc.boolean(),
        group: pick,
        grouped: fc.boolean(),
        catalogue: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('renameTask' as const), task: pick, title: nameArb }),
      fc.record({ kind: fc.constant('setTaskNotes' as const), task: pick, notes: nameArb }),
      fc.record({ kind: fc.constant('deleteTask' as const), task: pick }),
      fc.record({ kind: fc.constant('addRole' as const), name: nameArb, colour: colourArb }),
      fc.record({ kind: fc.constant('renameRole' as const), role: pick, name: nameArb }),
      fc.record({ kind: fc.constant('recolourRole' as const), role: pick, colour: colourArb }),
      fc.record({ kind: fc.constant('moveRole' as const), role: pick, toIndex: fc.integer({ min: -2, max: 8 }) }),
      fc.record({ kind: fc.constant('deleteRole' as const), role: pick }),
      { arbitrary: fc.record({ kind: fc.constant('setLetters' as const), task: pick, role: pick, letters: lettersArb }), weight: 4 },
      {
        arbitrary: fc.record({ kind: fc.constant('moveTask' as const), task: pick, lane: pick, pool: fc.boolean(), toIndex: fc.integer({ min: -2, max: 30 }) }),
        weight: 6,
      },
      fc.record({ kind: fc.constant('renameBoard' as const), name: nameArb }),
      { arbitrary: fc.record({ kind: fc.constant('addGroup' as const), name: nameArb }), weight: 2 },
      fc.record({ kind: fc.constant('renameGroup' as const), group: pick, name: nameArb }),
      fc.record({ kind: fc.constant('deleteGroup' as const), group: pick }),
      fc.record({ kind: fc.constant('moveGroup' as const), group: pick, toIndex: fc.integer({ min: -2, max: 6 }) }),
      fc.record({ kind: fc.constant('setGroupCollapsed' as const), group: pick, collapsed: fc.boolean() }),
      { arbitrary: fc.record({ kind: fc.constant('setTaskGroup' as const), task: pick, group: pick, none: fc.boolean() }), weight: 3 },
      {
        arbitrary: fc.record({
          kind: fc.constant('moveTaskRow' as const),
          task: pick,
          toIndex: fc.integer({ min: -2, max: 30 }),
          target: fc.oneof(fc.constant('same' as const), fc.constant('none' as const), pick),
        }),
        weight: 6,
      },
      fc.record({ kind: fc.constant('setRuleSettings' as const), settings: settingsArb }),
      fc.record({ kind: fc.constant('setKeepMine' as const), task: pick, keep: fc.boolean(), note: fc.option(nameArb, { nil: undefined }) }),
    );
    const stepArb: fc.Arbitrary<Step> = fc.oneof(
      { arbitrary: simpleStepArb, weight: 12 },
      { arbitrary: fc.record({ kind: fc.constant('batch' as const), label: nameArb, steps: fc.array(simpleStepArb, { maxLength: 4 }) }), weight: 1 },
    );

    /** Turns a step into a command against the current board; indexes past the end mean an unknown id. */
    function toCommand(board: Board, step: Step, fresh: string): Command {
      const taskId = (n: number) => board.tasks[n % (board.tasks.length + 1)]?.id ?? 'missing-task';
      const roleId = (n: number) => board.roles[n % (board.roles.length + 1)]?.id ?? 'missing-role';
      const groupId = (n: number) => board.groups[n % (board.groups.length + 1)]?.id ?? 'missing-group';
      switch (step.kind) {
        case 'addTask':
          return {
            type: 'addTask',
            taskId: fresh,
            title: step.title,
            roleId: step.pool ? null : roleId(step.lane),
            ...(step.grouped ? { groupId: groupId(step.group) } : {}),
            ...(step.catalogue ? { catalogueId: 'roadmap' } : {}),
          };
        case 'renameTask':
          return { type: 'renameTask', taskId: taskId(step.task), title: step.title };
        case 'setTaskNotes':
          return { type: 'setTaskNotes', taskId: taskId(step.task), notes: step.notes };
        case 'deleteTask':
          return { type: 'deleteTask', taskId: taskId(step.task) };
        case 'addRole':
          return { type: 'addRole', roleId: fresh, name: step.name, colour: step.colour };
        case 'renameRole':
          return { type: 'renameRole', roleId: roleId(step.role), name: step.name };
        case 'recolourRole':
          return { type: 'recolourRole', roleId: roleId(step.role), colour: step.colour };
        case 'moveRole':
          return { type: 'moveRole', roleId: roleId(step.role), toIndex: step.toIndex };
        case 'deleteRole':
          return { type: 'deleteRole', roleId: roleId(step.role) };
        case 'setLetters':
          return { type: 'setLetters', taskId: taskId(step.task), roleId: roleId(step.role), letters: step.letters };
        case 'moveTask':
          return { type: 'moveTask', taskId: taskId(step.task), toRoleId: step.pool ? null : roleId(step.lane), toIndex: step.toIndex };
        case 'renameBoard':
          return { type: 'renameBoard', name: step.name };
        case 'addGroup':
          return { type: 'addGroup', groupId: fresh, name: step.name };
        case 'renameGroup':
          return { type: 'renameGroup', groupId: groupId(step.group), name: step.name };
        case 'deleteGroup':
          return { type: 'deleteGroup', groupId: groupId(step.group) };
        case 'moveGroup':
          return { type: 'moveGroup', groupId: groupId(step.group), toIndex: step.toIndex };
        case 'setGroupCollapsed':
          return { type: 'setGroupCollapsed', groupId: groupId(step.group), collapsed: step.collapsed };
        case 'setTaskGroup':
          return { type: 'setTaskGroup', taskId: taskId(step.task), groupId: step.none ? null : groupId(step.group) };
        case 'moveTaskRow': {
          const target = step.target === 'same' ? {} : { groupId: step.target === 'none' ? null : groupId(step.target) };
          return { type: 'moveTaskRow', taskId: taskId(step.task), toIndex: step.toIndex, ...target };
        }
        case 'setRuleSettings':
          return { type: 'setRuleSettings', settings: step.settings };
        case 'setKeepMine':
          return { type: 'setKeepMine', taskId: taskId(step.task), keep: step.keep, ...(step.note === undefined ? {} : { note: step.note }) };
        case 'batch':
          // Built against the board before the batch, so later commands may name what earlier ones removed.
          return { type: 'batch', label: step.label, commands: step.steps.map((sub, i) => toCommand(board, sub, `${fresh}-${i}`)) };
        default:
          return assertNever(step);
      }
    }

    /** Rows whose content did not change must keep their object, so storage can skip them. */
    function expectSharing(before: Board, after: Board): void {
      const sameContent = <T>(a: T, b: T | undefined) => b !== undefined && JSON.stringify(a) === JSON.stringify(b);
      const roles = new Map(before.roles.map((r) => [r.id, r]));
      for (const role of after.roles) if (sameContent(role, roles.get(role.id))) expect(role).toBe(roles.get(role.id));
      const tasks = new Map(before.tasks.map((t) => [t.id, t]));
      for (const task of after.tasks) if (sameContent(task, tasks.get(task.id))) expect(task).toBe(tasks.get(task.id));
      const groups = new Map(before.groups.map((g) => [g.id, g]));
      for (const group of after.groups) if (sameContent(group, groups.get(group.id))) expect(group).toBe(groups.get(group.id));
      const cells = new Map(before.cells.map((c) => [cellKey(c.taskId, c.roleId), c]));
      for (const cell of after.cells) {
        const old = cells.get(cellKey(cell.taskId, cell.roleId));
        if (sameContent(cell, old)) expect(cell).toBe(old);
      }
    }

    const clamp = (index: number, length: number) => Math.min(Math.max(index, 0), length - 1);

    function expectCommandDone(before: Board, after: Board, command: Command): void {
      if (command.type === 'moveTask') {
        expect(ownerOf(after, command.taskId)).toBe(command.toRoleId);
        const lanes = laneContents(after);
        const lane = command.toRoleId === null ? lanes.unassigned : (lanes.byRole.get(command.toRoleId) ?? []);
        expect(lane.findIndex((t) => t.id === command.taskId)).toBe(clamp(command.toIndex, lane.length));
        // Everyone else's C and I is untouched.
        for (const role of before.roles) {
          if (role.id === command.toRoleId) continue;
          const kept = (board: Board) => lettersOf(board, command.taskId, role.id).filter((l) => l === 'C' || l === 'I');
          expect(kept(after)).toEqual(kept(before));
        }
      }
      if (command.type === 'setLetters') {
        expect(lettersOf(after, command.taskId, command.roleId)).toEqual(normalizeLetters(command.letters));
      }
      if (command.type === 'moveTaskRow' || command.type === 'setTaskGroup') {
        const task = before.tasks.find((t) => t.id === command.taskId) as Board['tasks'][number];
        const target = command.groupId === undefined ? matrixGroupOf(matrixSections(before), task) : command.groupId;
        const section = matrixSections(after).get(target) ?? [];
        const expected = command.type === 'setTaskGroup' && (task.groupId ?? null) !== target ? section.length - 1 : null;
        const index = section.findIndex((t) => t.id === command.taskId);
        if (command.type === 'moveTaskRow') expect(index).toBe(clamp(command.toIndex, section.length));
        else if (expected !== null) expect(index).toBe(expected);
        else expect(index).toBeGreaterThanOrEqual(0);
        // A row move or a regrouping never touches letters, so no card changes lane.
        expect(after.cells).toBe(before.cells);
      }
      if (command.type === 'deleteGroup') {
        expect(after.tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));
        expect(after.tasks.some((t) => t.groupId === command.groupId)).toBe(false);
      }
      if (command.type === 'setKeepMine') {
        expect(after.tasks.find((t) => t.id === command.taskId)?.keepMine !== undefined).toBe(command.keep);
      }
      if (command.type === 'setRuleSettings') {
        const sorted = (settings: unknown) => {
          const normal = normalizeRuleSettings(settings);
          return { ...normal, disabled: [...normal.disabled].sort() };
        };
        expect(sorted(after.ruleSettings)).toEqual(sorted(command.settings));
      }
    }

    /** A batch must do exactly what its commands do one after another, or fail with the first refusal. */
    function expectBatchLikeSequence(before: Board, result: ReturnType<typeof applyCommand>, command: Extract<Command, { type: 'batch' }>, now: number): void {
      let sequence = before;
      for (const sub of command.commands) {
        const step = applyCommand(sequence, sub, now);
        if (!step.ok) {
          expect(result).toEqual(step);
          return;
        }
        sequence = step.value;
      }
      if (!result.ok) throw new Error(`Batch refused: ${result.error.message}`);
      const content = (board: Board) => JSON.stringify({ ...board, updatedAt: 0 });
      expect(content(result.value)).toBe(content(sequence));
    }

    it('keeps every invariant, never mutates and shares unchanged rows', () => {
      fc.assert(
        fc.property(fc.boolean(), fc.array(stepArb, { maxLength: 40 }), (fromCatalogue, steps) => {
          let counter = 0;
          const newId = () => `id-${counter++}`;
          const created = (fromCatalogue ? createBoardFromCatalogue : createBlankBoard)({ id: 'b', name: 'Board', now: 0, newId });
          if (!created.ok) throw new Error('board not created');
          let board = created.value;
          expect(boardProblems(board)).toEqual([]);
          steps.forEach((step, i) => {
            const now = i + 1;
            const command = toCommand(board, step, newId());
            deepFreeze(board);
            const snapshot = JSON.stringify(board);
            const words = describeCommand(board, command);
            expect(words).not.toBe('');
            expect(words).not.toMatch(/missing-(task|role|group)/);
            const result = applyCommand(board, command, now);
            expect(JSON.stringify(board)).toBe(snapshot);
            if (command.type === 'batch') expectBatchLikeSequence(board, result, command, now);
            if (!result.ok) {
              expect(result.error.message).not.toBe('');
              return;
            }
            const next = result.value;
            expect(boardProblems(next)).toEqual([]);
            if (next !== board) {
              expect(next.updatedAt).toBe(now);
              // A new board means a real change: a no-op must hand back the same object.
              expect(JSON.stringify({ ...next, updatedAt: board.updatedAt })).not.toBe(snapshot);
              expectSharing(board, next);
            }
            expectCommandDone(board, next, command);
            board = next;
          });
        }),
        { numRuns: 300 },
      );
    });
  });
});

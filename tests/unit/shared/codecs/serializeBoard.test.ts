import { describe, expect, it } from 'vitest';
import { BOARD_FILE_KIND, BOARD_FILE_VERSION, serializeBoard } from '../../../../src/shared/codecs/serializeBoard';
import type { Board } from '../../../../src/shared/domain/board';
import { buildBoard } from '../domain/boardBuilder';
import { deepFreeze } from '../domain/deepFreeze';

const board: Board = deepFreeze({
  ...buildBoard({
    roles: ['Product manager', 'Project manager'],
    tasks: [['Vision', { 'Product manager': 'R/A' }], ['Budget', { 'Project manager': 'R/A', 'Product manager': 'I' }]],
  }),
  groups: [{ id: 'group-1', name: 'Plan', order: 0, collapsed: true }],
});

describe('serializeBoard', () => {
  it('wraps the board in an envelope that names the kind and format version', () => {
    const file = JSON.parse(serializeBoard(board));
    expect(file.kind).toBe(BOARD_FILE_KIND);
    expect(file.version).toBe(BOARD_FILE_VERSION);
    expect(file.board.name).toBe('Launch');
    expect(file.board.cells).toHaveLength(3);
    expect(file).not.toHaveProperty('exportedAt');
  });

  it('writes the export time as an ISO date when one is given', () => {
    const file = JSON.parse(serializeBoard(board, { exportedAt: Date.UTC(2026, 0, 2, 3, 4, 5) }));
    expect(file.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(Object.keys(file)).toEqual(['kind', 'version', 'exportedAt', 'board']);
  });

  it('pretty-prints with a fixed key order whatever order the board object has', () => {
    const shuffled = { cells: board.cells, tasks: board.tasks, groups: board.groups, roles: board.roles.map((r) => ({ order: r.order, colour: r.colour, name: r.name, id: r.id })), schemaVersion: 1, updatedAt: board.updatedAt, createdAt: board.createdAt, name: board.name, id: board.id } as Board;
    const text = serializeBoard(board);
    expect(serializeBoard(shuffled)).toBe(text);
    expect(text).toContain('\n  "board": {\n    "id": "board-1",\n    "name": "Launch",');
    expect(Object.keys(JSON.parse(text).board)).toEqual(['id', 'name', 'createdAt', 'updatedAt', 'schemaVersion', 'roles', 'groups', 'tasks', 'cells']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves out fields the model does not know', () => {
    const extra = { ...board, secret: 'x', roles: board.roles.map((r) => ({ ...r, password: 'y' })) } as Board;
    const text = serializeBoard(extra);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('password');
  });

  it('writes optional task fields only when present', () => {
    const withExtras: Board = { ...board, tasks: [{ ...(board.tasks[0] as Board['tasks'][number]), notes: 'n', catalogueId: 'vision', keepMine: { note: 'ours' } }] };
    const task = JSON.parse(serializeBoard(withExtras)).board.tasks[0];
    expect(Object.keys(task)).toEqual(['id', 'title', 'notes', 'order', 'catalogueId', 'keepMine']);
    expect(Object.keys(JSON.parse(serializeBoard(board)).board.tasks[1])).toEqual(['id', 'title', 'order']);
  });

  it('writes rule settings when the board has its own', () => {
    const settings = { disabled: ['idle-role' as const], maxResponsible: 3, maxConsultedInformed: 4, overloadShare: 0.5, overloadMinTasks: 6, everyTaskMinTasks: 2 };
    expect(JSON.parse(serializeBoard({ ...board, ruleSettings: settings })).board.ruleSettings).toEqual(settings);
  });
});

/**
 * Random sound boards for property tests: every reference points at an existing record, lists are
 * in canonical order, names valid, rule settings valid. Ids come from small pools so that two
 * boards share many records, which is where diffs and their replay get interesting.
 */
import fc from 'fast-check';
import type { Board, Cell, Group, Letter, Role, Task } from '../../../../../src/shared/domain/board';
import { canonicalOrder } from '../../../../../src/shared/domain/history/canonicalOrder';
import { RULE_IDS } from '../../../../../src/shared/domain/rules/finding';
import type { RuleSettings } from '../../../../../src/shared/domain/rules/ruleSettings';

export const BOARD_ID = 'board-p';

// Boards are plain JSON objects; fast-check would otherwise sometimes build null-prototype ones.
const PLAIN = { noNullPrototype: true } as const;

const ids = (prefix: string, count: number) => fc.constantFrom(...Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`));
const order = fc.integer({ min: 0, max: 4 });

const ruleSettingsArb: fc.Arbitrary<RuleSettings> = fc.record(
  {
    disabled: fc.subarray([...RULE_IDS], { maxLength: 3 }),
    maxResponsible: fc.integer({ min: 1, max: 4 }),
    maxConsultedInformed: fc.integer({ min: 0, max: 6 }),
    overloadShare: fc.constantFrom(0.5, 0.6, 1),
    overloadMinTasks: fc.integer({ min: 1, max: 6 }),
    everyTaskMinTasks: fc.integer({ min: 1, max: 4 }),
  },
  PLAIN,
);

const roleArb: fc.Arbitrary<Role> = fc.record(
  { id: ids('role', 4), name: fc.constantFrom('Product manager', 'Project manager', 'Engineering'), colour: fc.constantFrom('#336699', '#cc6633'), order },
  PLAIN,
);

const groupArb: fc.Arbitrary<Group> = fc.record(
  { id: ids('group', 3), name: fc.constantFrom('Plan', 'Run'), order, collapsed: fc.boolean() },
  { requiredKeys: ['id', 'name', 'order'], noNullPrototype: true },
);

const taskArb: fc.Arbitrary<Task> = fc.record(
  {
    id: ids('task', 5),
    title: fc.constantFrom('Budget', 'Vision', 'Roadmap'),
    notes: fc.constantFrom('Weekly.', 'Ask finance.'),
    groupId: ids('group', 3),
    order,
    catalogueId: fc.constantFrom('vision', 'budget'),
    keepMine: fc.record({ note: fc.constantFrom('', 'We own this.') }, PLAIN),
  },
  { requiredKeys: ['id', 'title', 'order'], noNullPrototype: true },
);

// fc.subarray keeps R, A, C, I order, so every set is normalised.
const lettersArb = fc.subarray<Letter>(['R', 'A', 'C', 'I'], { minLength: 1 });
const cellArb: fc.Arbitrary<Cell> = fc.record({ taskId: ids('task', 5), roleId: ids('role', 4), letters: lettersArb }, PLAIN);

const metaArb = fc.record(
  {
    name: fc.constantFrom('Launch', 'Hiring'),
    updatedAt: fc.integer({ min: 1_000, max: 1_010 }),
    ruleSettings: ruleSettingsArb,
  },
  { requiredKeys: ['name', 'updatedAt'], noNullPrototype: true },
);

/** Any sound board with id BOARD_ID. */
export const boardArb: fc.Arbitrary<Board> = fc
  .record({
    meta: metaArb,
    roles: fc.uniqueArray(roleArb, { selector: (role) => role.id, maxLength: 4 }),
    tasks: fc.uniqueArray(taskArb, { selector: (task) => task.id, maxLength: 5 }),
    groups: fc.uniqueArray(groupArb, { selector: (group) => group.id, maxLength: 3 }),
    cells: fc.uniqueArray(cellArb, { selector: (cell) => `${cell.taskId}/${cell.roleId}`, maxLength: 14 }),
  })
  .map(({ meta, roles, tasks, groups, cells }) =>
    makeSound({ id: BOARD_ID, createdAt: 500, schemaVersion: 1, ...meta, roles, tasks, groups, cells }),
  );

/** How a second board reuses the first: per record keep its own, share the first's object, or copy it. */
type Reuse = 'own' | 'share' | 'copy';

/**
 * A sound board with the same id as `before`, written the way edits write it: many records (and
 * sometimes whole lists or the board's own fields) shared with `before`, others changed, added or
 * removed.
 */
export function editArb(before: Board): fc.Arbitrary<Board> {
  return fc
    .record({
      candidate: boardArb,
      reuse: fc.array(fc.constantFrom<Reuse>('own', 'share', 'copy'), { minLength: 1, maxLength: 8 }),
      shareList: fc.record({ roles: fc.boolean(), tasks: fc.boolean(), groups: fc.boolean(), cells: fc.boolean() }),
      keepMeta: fc.boolean(),
    })
    .map(({ candidate, reuse, shareList, keepMeta }) => {
      const { roles: _r, tasks: _t, groups: _g, cells: _c, ...meta } = keepMeta ? before : candidate;
      return makeSound({
        ...meta,
        roles: mix(before.roles, candidate.roles, (role) => role.id, reuse, shareList.roles),
        tasks: mix(before.tasks, candidate.tasks, (task) => task.id, reuse, shareList.tasks),
        groups: mix(before.groups, candidate.groups, (group) => group.id, reuse, shareList.groups),
        cells: mix(before.cells, candidate.cells, (cell) => `${cell.taskId}/${cell.roleId}`, reuse, shareList.cells),
      });
    });
}

/** A board before and after one edit. */
export const boardPairArb: fc.Arbitrary<readonly [Board, Board]> = boardArb.chain((before) => editArb(before).map((after) => [before, after] as const));

function mix<T>(before: readonly T[], after: readonly T[], key: (record: T) => string, reuse: readonly Reuse[], shareList: boolean): readonly T[] {
  if (shareList) {
    return before;
  }
  const byKey = new Map(before.map((record) => [key(record), record]));
  return after.map((record, index) => {
    const previous = byKey.get(key(record));
    const choice = reuse[index % reuse.length];
    if (previous === undefined || choice === 'own') return record;
    return choice === 'share' ? previous : structuredClone(previous);
  });
}

/**
 * Drops dangling references and sorts lists canonically, keeping each list (and the board) the
 * same object when it already was sound and sorted.
 */
export function makeSound(board: Board): Board {
  const groupIds = new Set(board.groups.map((group) => group.id));
  const taskIds = new Set(board.tasks.map((task) => task.id));
  const roleIds = new Set(board.roles.map((role) => role.id));
  const tasks = board.tasks.map((task) => {
    if (task.groupId === undefined || groupIds.has(task.groupId)) return task;
    const { groupId: _groupId, ...rest } = task;
    return rest;
  });
  const cells = board.cells.filter((cell) => taskIds.has(cell.taskId) && roleIds.has(cell.roleId));
  return {
    ...board,
    roles: sortedOrSame(board.roles, canonicalOrder.records),
    groups: sortedOrSame(board.groups, canonicalOrder.records),
    tasks: sortedOrSame(tasks.every((task, i) => task === board.tasks[i]) ? board.tasks : tasks, canonicalOrder.records),
    cells: sortedOrSame(cells.length === board.cells.length ? board.cells : cells, canonicalOrder.cells),
  };
}

function sortedOrSame<T>(list: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
  const sorted = list.every((item, i) => i === 0 || compare(list[i - 1] as T, item) <= 0);
  return sorted ? list : [...list].sort(compare);
}

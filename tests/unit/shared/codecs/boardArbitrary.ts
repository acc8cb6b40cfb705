/**
 * fast-check generators of valid boards, for round trips and as seeds for the fuzz tests. Names
 * come from every corner of Unicode (accents, Japanese, Arabic, emoji, lone surrogates, quotes,
 * delimiters, leading formula characters) but are always what validateName accepts unchanged.
 */
import fc from 'fast-check';
import { BOARD_SCHEMA_VERSION, type Board, type Cell, type Group, type Letter, type Role, type Task } from '../../../../src/shared/domain/board';
import { normalizeLetters } from '../../../../src/shared/domain/letterSet';
import { normalizeRuleSettings } from '../../../../src/shared/domain/rules/ruleSettings';
import { validateName, type NamedThing } from '../../../../src/shared/domain/validateName';

const SAMPLE_NAMES = [
  'Product manager',
  'Project manager',
  'プロダクトマネージャー',
  'مدير المشروع',
  '🚀 Launch crew 👩‍🚀',
  'Café crème',
  '=SUM(A1:A3)',
  '+1 budget',
  '-cost',
  '@mention',
  "'=already quoted",
  'Comma, semicolon; tab\there',
  'A "quoted" name',
  'Two\nlines',
  'Lone \uD800 surrogate',
  'Ã© mojibake',
  'R/A',
];

function nameArb(what: NamedThing, maxLength: number, pool: readonly string[] = []): fc.Arbitrary<string> {
  return fc
    .oneof(
      ...(pool.length > 0 ? [{ arbitrary: fc.constantFrom(...pool), weight: 4 }] : []),
      fc.constantFrom(...SAMPLE_NAMES),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
      fc.string({ unit: 'binary', minLength: 1, maxLength }),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength }),
    )
    .map((raw) => validateName(raw, what))
    .filter((checked) => checked.ok)
    .map((checked) => (checked.ok ? checked.value : ''));
}

const letterSetArb: fc.Arbitrary<readonly Letter[]> = fc.subarray<Letter>(['R', 'A', 'C', 'I']).map((letters) => normalizeLetters(letters));

/** Ascending finite positions, never -0 (JSON cannot tell it from 0). */
function ordersArb(count: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })), {
      minLength: count,
      maxLength: count,
    })
    .map((orders) => orders.map((order) => (Object.is(order, -0) ? 0 : order)).sort((a, b) => a - b));
}

const idArb = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 }));

/** C0 controls other than tab and line feed, and DEL. */
function isControlCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code < 32 && ch !== '\t' && ch !== '\n') || code === 127;
}

export interface BoardArbOptions {
  /**
   * Names a spreadsheet can hold: no carriage returns (CSV import reads every line end as a line
   * feed) and no control characters (a NUL marks a file as binary).
   */
  readonly csvSafe?: boolean;
  readonly maxRoles?: number;
  readonly maxTasks?: number;
  /** Names drawn often, besides the random ones, for roles, groups and task titles (so they repeat and clash). */
  readonly namePool?: readonly string[];
}

export function boardArb(options: BoardArbOptions = {}): fc.Arbitrary<Board> {
  const spreadsheetSafe = (name: string) => !options.csvSafe || ![...name].some(isControlCharacter);
  const roleNames = fc.uniqueArray(nameArb('role', 20, options.namePool).filter(spreadsheetSafe), { maxLength: options.maxRoles ?? 5, selector: (name) => name.toLowerCase() });
  const groupNames = fc.uniqueArray(nameArb('group', 15, options.namePool).filter(spreadsheetSafe), { maxLength: 3, selector: (name) => name.toLowerCase() });
  return fc
    .record({ roleNames, groupNames, taskCount: fc.integer({ min: 0, max: options.maxTasks ?? 8 }) })
    .chain(({ roleNames: roles, groupNames: groups, taskCount }) =>
      fc.record({
        id: idArb,
        name: nameArb('board', 30),
        createdAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
        updatedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
        roleIds: fc.uniqueArray(idArb, { minLength: roles.length, maxLength: roles.length }),
        roleOrders: ordersArb(roles.length),
        colours: fc.array(fc.integer({ min: 0, max: 0xffffff }), { minLength: roles.length, maxLength: roles.length }),
        groupIds: fc.uniqueArray(idArb, { minLength: groups.length, maxLength: groups.length }),
        groupOrders: ordersArb(groups.length),
        collapsed: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: groups.length, maxLength: groups.length }),
        taskIds: fc.uniqueArray(idArb, { minLength: taskCount, maxLength: taskCount }),
        taskOrders: ordersArb(taskCount),
        tasks: fc.array(
          fc.record({
            title: nameArb('task', 40, options.namePool).filter(spreadsheetSafe),
            group: fc.option(fc.nat(), { nil: undefined }),
            notes: fc.option(fc.constantFrom('Why it matters', 'ノート', 'Line one\nline two'), { nil: undefined }),
            catalogueId: fc.option(fc.constantFrom('vision', 'budget'), { nil: undefined }),
            keepMine: fc.option(fc.string({ maxLength: 20 }).map((note) => note.normalize('NFC').trim()), { nil: undefined }),
          }),
          { minLength: taskCount, maxLength: taskCount },
        ),
        letters: fc.array(fc.array(letterSetArb, { minLength: roles.length, maxLength: roles.length }), { minLength: taskCount, maxLength: taskCount }),
        ruleSettings: fc.option(
          fc.record({ maxResponsible: fc.integer({ min: 1, max: 9 }), overloadShare: fc.double({ min: 0.05, max: 1, noNaN: true }), disabled: fc.subarray(['idle-role', 'no-responsible']) }),
          { nil: undefined },
        ),
      }).map((parts): Board => {
        const roleList: Role[] = roles.map((name, i) => ({
          id: parts.roleIds[i] as string,
          name,
          colour: `#${(parts.colours[i] as number).toString(16).padStart(6, '0')}`,
          order: parts.roleOrders[i] as number,
        }));
        const groupList: Group[] = groups.map((name, i) => {
          const group: Group = { id: parts.groupIds[i] as string, name, order: parts.groupOrders[i] as number };
          const collapsed = parts.collapsed[i];
          return collapsed === undefined ? group : { ...group, collapsed };
        });
        const taskList: Task[] = parts.tasks.map((spec, i) => {
          let task: Task = { id: parts.taskIds[i] as string, title: spec.title, order: parts.taskOrders[i] as number };
          if (spec.notes !== undefined) task = { ...task, notes: spec.notes };
          if (spec.group !== undefined && groupList.length > 0) task = { ...task, groupId: (groupList[spec.group % groupList.length] as Group).id };
          if (spec.catalogueId !== undefined) task = { ...task, catalogueId: spec.catalogueId };
          if (spec.keepMine !== undefined) task = { ...task, keepMine: { note: spec.keepMine } };
          return task;
        });
        const cells: Cell[] = [];
        taskList.forEach((task, t) =>
          roleList.forEach((role, r) => {
            const letters = parts.letters[t]?.[r] ?? [];
            if (letters.length > 0) cells.push({ taskId: task.id, roleId: role.id, letters });
          }),
        );
        const board: Board = {
          id: parts.id,
          name: parts.name,
          createdAt: parts.createdAt,
          updatedAt: parts.updatedAt,
          schemaVersion: BOARD_SCHEMA_VERSION,
          roles: roleList,
          tasks: taskList,
          groups: groupList,
          cells,
        };
        return parts.ruleSettings === undefined ? board : { ...board, ruleSettings: normalizeRuleSettings(parts.ruleSettings) };
      }),
    );
}

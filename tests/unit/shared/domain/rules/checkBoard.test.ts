import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board, Cell, Letter } from '../../../../../src/shared/domain/board';
import { createBoardFromCatalogue } from '../../../../../src/shared/domain/createBoard';
import { checkBoard, type RuleReport } from '../../../../../src/shared/domain/rules/checkBoard';
import { RULE_IDS, type Finding, type RuleId } from '../../../../../src/shared/domain/rules/finding';
import { DEFAULT_RULE_SETTINGS } from '../../../../../src/shared/domain/rules/ruleSettings';
import { accountableErrors, applyFix } from './fixtures/applyFix';
import { DESIGNER, ENGINEER, healthyBoard, PRODUCT, PROJECT } from './fixtures/boards';
import { buildBoard, repeatTasks, roleIdOf, taskIdOf } from './fixtures/buildBoard';

/** Several problems at once, with tasks in an order the rules would not produce on their own. */
const troubledBoard = buildBoard({
  roles: [PRODUCT, PROJECT, DESIGNER, ENGINEER],
  tasks: [
    { title: 'Launch', letters: { [PRODUCT]: 'RA', [PROJECT]: 'R', [DESIGNER]: 'R' } },
    { title: 'Budget', letters: { [PROJECT]: 'C', [PRODUCT]: 'I' } },
    { title: 'Vision', letters: { [PRODUCT]: 'RA', [PROJECT]: 'A' } },
    { title: 'Roadmap', letters: { [PRODUCT]: 'RA' } },
    { title: 'Pricing', letters: { [PRODUCT]: 'RA', [PROJECT]: 'C' } },
  ],
});

function summary(report: RuleReport): string[] {
  return report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.taskId ?? f.roleId ?? ''}`);
}

function zeroCounts(): Record<RuleId, number> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
}

/** 1,000 tasks x 12 roles, every cell filled; every third task has twelve doers and no owner. */
function bigBoard(): Board {
  const roles = Array.from({ length: 12 }, (_, j) => ({ id: `r${j}`, name: `Role ${j}`, colour: '#000000', order: j }));
  const tasks = Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, title: `Task ${i}`, order: i }));
  const cells: Cell[] = [];
  for (const task of tasks) {
    for (const role of roles) {
      const i = task.order;
      const j = role.order;
      const letters: Letter[] = i % 3 === 0 ? ['R'] : j === i % 12 ? ['R', 'A'] : j % 2 === 0 ? ['C'] : ['I'];
      cells.push({ taskId: task.id, roleId: role.id, letters });
    }
  }
  return { id: 'big', name: 'Big', createdAt: 0, updatedAt: 0, schemaVersion: 1, roles, tasks, groups: [], cells };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const letterSets = fc.subarray<Letter>(['R', 'A', 'C', 'I']);

/** Small boards with any letters in any cell, including several A and empty tasks. */
const boards: fc.Arbitrary<Board> = fc
  .record({ roleCount: fc.integer({ min: 1, max: 5 }), taskCount: fc.integer({ min: 0, max: 7 }) })
  .chain(({ roleCount, taskCount }) =>
    fc.array(fc.array(letterSets, { minLength: roleCount, maxLength: roleCount }), { minLength: taskCount, maxLength: taskCount }).map((grid) =>
      buildBoard({
        roles: Array.from({ length: roleCount }, (_, j) => `Role ${j + 1}`),
        tasks: grid.map((row, i) => ({
          title: `Task ${i + 1}`,
          letters: Object.fromEntries(row.flatMap((letters, j) => (letters.length > 0 ? [[`Role ${j + 1}`, letters.join('')]] : []))),
        })),
      }),
    ),
  );

describe('checkBoard', () => {
  it('reports nothing, with every count at zero, when the board is healthy', () => {
    const report = checkBoard(healthyBoard);
    expect(report.findings).toEqual([]);
    expect(report.bySeverity).toEqual({ error: 0, warning: 0 });
    expect(report.byRule).toEqual(zeroCounts());
  });

  it('reports nothing when the board is the article template', () => {
    let next = 0;
    const created = createBoardFromCatalogue({ id: 'article', name: 'Article', now: 0, newId: () => `id-${(next += 1)}` });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.tasks.length).toBeGreaterThan(5);
    expect(checkBoard(created.value).findings).toEqual([]);
  });

  it('lists errors first, then findings in task order, then findings about roles', () => {
    const t = (title: string) => taskIdOf(troubledBoard, title);
    expect(summary(checkBoard(troubledBoard))).toEqual([
      `error no-accountable ${t('Budget')}`,
      `error no-responsible ${t('Budget')}`,
      `error multiple-accountable ${t('Vision')}`,
      `warning too-many-responsible ${t('Launch')}`,
      `warning only-consulted-informed ${t('Budget')}`,
      `warning idle-role ${roleIdOf(troubledBoard, ENGINEER)}`,
      `warning overloaded-role ${roleIdOf(troubledBoard, PRODUCT)}`,
      `warning role-on-every-task ${roleIdOf(troubledBoard, PRODUCT)}`,
    ]);
  });

  it('counts findings by severity and by rule', () => {
    const report = checkBoard(troubledBoard);
    expect(report.bySeverity).toEqual({ error: 3, warning: 5 });
    expect(report.byRule).toEqual({
      ...zeroCounts(),
      'no-accountable': 1,
      'no-responsible': 1,
      'multiple-accountable': 1,
      'too-many-responsible': 1,
      'only-consulted-informed': 1,
      'idle-role': 1,
      'overloaded-role': 1,
      'role-on-every-task': 1,
    });
  });

  it('skips disabled rules and counts them as zero', () => {
    const disabled: RuleId[] = ['no-accountable', 'idle-role', 'role-on-every-task'];
    const report = checkBoard(troubledBoard, { ...DEFAULT_RULE_SETTINGS, disabled });
    expect(report.findings.some((f) => disabled.includes(f.ruleId))).toBe(false);
    expect(report.byRule['no-accountable']).toBe(0);
    expect(report.byRule['multiple-accountable']).toBe(1);
    expect(report.bySeverity).toEqual({ error: 2, warning: 3 });
  });

  it('reports nothing when every rule is disabled', () => {
    expect(checkBoard(troubledBoard, { ...DEFAULT_RULE_SETTINGS, disabled: RULE_IDS }).findings).toEqual([]);
  });

  it('passes the thresholds in the settings to the rules', () => {
    const loose = { ...DEFAULT_RULE_SETTINGS, maxResponsible: 3, overloadShare: 0.9 };
    const ruleIds = checkBoard(troubledBoard, loose).findings.map((f) => f.ruleId);
    expect(ruleIds).not.toContain('too-many-responsible');
    expect(ruleIds).not.toContain('overloaded-role');
    expect(ruleIds).toContain('idle-role');
  });

  it('uses the default settings when none are given', () => {
    expect(checkBoard(troubledBoard)).toEqual(checkBoard(troubledBoard, DEFAULT_RULE_SETTINGS));
  });

  it('leaves the board untouched when it checks it', () => {
    const frozen = deepFreeze(structuredClone(troubledBoard));
    expect(() => checkBoard(frozen)).not.toThrow();
    expect(frozen).toEqual(troubledBoard);
  });

  it('clears each finding, and adds no accountable error, when any of its fixes is applied', () => {
    fc.assert(
      fc.property(boards, (board) => {
        for (const finding of checkBoard(board).findings) {
          for (const fix of finding.fixes) {
            const fixed = applyFix(board, fix);
            const same = (f: Finding) => f.ruleId === finding.ruleId && f.taskId === finding.taskId;
            expect(checkBoard(fixed).findings.filter(same)).toEqual([]);
            expect(accountableErrors(fixed, finding.taskId ?? '')).toEqual([]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps errors before warnings and tasks in board order whatever the board', () => {
    fc.assert(
      fc.property(boards, (board) => {
        const position = new Map(board.tasks.map((task, i) => [task.id, i]));
        const keys = checkBoard(board).findings.map((f) => [f.severity === 'error' ? 0 : 1, f.taskId === undefined ? board.tasks.length : (position.get(f.taskId) ?? -1)] as const);
        const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(keys).toEqual(sorted);
      }),
      { numRuns: 200 },
    );
  });

  it('checks a 1,000-task, 12-role board in well under 100 ms', () => {
    const board = bigBoard();
    checkBoard(board); // warm-up, so the bound measures the check rather than the first compile
    let best = Infinity;
    let report: RuleReport | undefined;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      report = checkBoard(board);
      best = Math.min(best, performance.now() - start);
    }
    expect(report?.byRule['no-accountable']).toBe(334);
    expect(report?.findings.find((f) => f.ruleId === 'no-accountable')?.fixes).toHaveLength(12);
    expect(best).toBeLessThan(100);
  });

  it('finds the same things whatever the order of the cells', () => {
    const board = buildBoard({ roles: [PRODUCT, PROJECT, DESIGNER], tasks: repeatTasks(6, (i) => ({ [PRODUCT]: i < 5 ? 'RA' : 'C', [PROJECT]: 'R', [DESIGNER]: i === 5 ? 'I' : 'R' })) });
    const reversed = { ...board, cells: [...board.cells].reverse() };
    expect(checkBoard(reversed)).toEqual(checkBoard(board));
    expect(checkBoard(board).findings.length).toBeGreaterThan(0);
  });
});

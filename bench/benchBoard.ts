/**
 * The boards the bench works on, generated from a fixed seed: a RACI board of many tasks and
 * roles shaped like a real one (most tasks have one accountable role, often A/R, a few consulted
 * and informed roles; some sit unassigned), and the same data as a one-row-per-assignment CSV.
 */
import { BOARD_SCHEMA_VERSION, type Board, type Cell, type Letter, type Role, type Task } from '../src/shared/domain/board';
import { seededRandom } from './seededRandom';

export interface BenchBoardOptions {
  readonly seed: number;
  readonly id: string;
  readonly name: string;
  readonly taskCount: number;
  readonly roleCount: number;
  /**
   * Every task gets exactly this many roles (one of them accountable) instead of the realistic
   * mix; the CSV import uses it to hit an exact number of assignments.
   */
  readonly assignmentsPerTask?: number;
  /** Milliseconds since the epoch, for the timestamps (passed in so output is repeatable). */
  readonly now: number;
}

const ROLE_NAMES = [
  'Product manager',
  'Project manager',
  'Engineering lead',
  'Designer',
  'QA lead',
  'Marketing',
  'Sales',
  'Support',
  'Legal',
  'Finance',
  'Operations',
  'Data analyst',
];
const COLOURS = ['#6d4fd8', '#1f8a70', '#d9622b', '#2f6fde', '#c23d7a', '#8a6d1f', '#3b8f9e', '#7a52a3'];
const VERBS = ['Draft', 'Review', 'Approve', 'Plan', 'Ship', 'Test', 'Price', 'Announce', 'Audit', 'Budget', 'Staff', 'Measure'];
const OBJECTS = ['roadmap', 'release notes', 'vendor contract', 'launch plan', 'pricing page', 'support runbook', 'sprint goals', 'risk register', 'onboarding guide', 'status report'];

export function benchBoard(options: BenchBoardOptions): Board {
  const random = seededRandom(options.seed);
  const roles: Role[] = Array.from({ length: options.roleCount }, (_, index) => ({
    id: `role-${pad(index + 1, 2)}`,
    name: ROLE_NAMES[index] ?? `Role ${index + 1}`,
    colour: COLOURS[index % COLOURS.length] ?? '#6d4fd8',
    order: index + 1,
  }));
  const tasks: Task[] = Array.from({ length: options.taskCount }, (_, index) => ({
    id: `task-${pad(index + 1, 5)}`,
    // Numbered, so titles are unique: a CSV row names its task by title.
    title: `${pad(index + 1, 4)} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`,
    order: index + 1,
  }));
  const cells: Cell[] = [];
  for (const task of tasks) {
    const letters = options.assignmentsPerTask === undefined ? realisticLetters(random, roles.length) : exactLetters(random, roles.length, options.assignmentsPerTask);
    letters.forEach((set, roleIndex) => {
      const role = roles[roleIndex];
      if (role && set.length > 0) cells.push({ taskId: task.id, roleId: role.id, letters: canonical(set) });
    });
  }
  return {
    id: options.id,
    name: options.name,
    createdAt: options.now,
    updatedAt: options.now,
    schemaVersion: BOARD_SCHEMA_VERSION,
    roles,
    tasks,
    groups: [],
    cells,
  };
}

/** The board as a CSV with one row per assignment ("Task,Role,RACI"), the shape spreadsheets export most. */
export function assignmentsCsv(board: Board): string {
  const titles = new Map(board.tasks.map((task) => [task.id, task.title]));
  const roleNames = new Map(board.roles.map((role) => [role.id, role.name]));
  const lines = ['Task,Role,RACI'];
  for (const cell of board.cells) lines.push(`${titles.get(cell.taskId) ?? ''},${roleNames.get(cell.roleId) ?? ''},${cell.letters.join('/')}`);
  return `${lines.join('\r\n')}\r\n`;
}

/** Letters per role index: usually one owner (A, often with R), a responsible, some C and I. */
function realisticLetters(random: ReturnType<typeof seededRandom>, roleCount: number): Letter[][] {
  const letters: Letter[][] = Array.from({ length: roleCount }, () => []);
  const indices = Array.from({ length: roleCount }, (_, index) => index);
  const [owner, responsible, ...others] = random.sample(indices, roleCount);
  if (owner === undefined) return letters;
  // About one task in eight waits in the Unassigned pool.
  if (random.next() < 0.88) {
    letters[owner]?.push('A');
    if (random.next() < 0.6) letters[owner]?.push('R');
    else if (responsible !== undefined) letters[responsible]?.push('R');
  } else if (responsible !== undefined && random.next() < 0.5) {
    letters[responsible]?.push('R');
  }
  const consulted = random.int(3);
  const informed = random.int(4);
  others.slice(0, consulted).forEach((index) => letters[index]?.push('C'));
  others.slice(consulted, consulted + informed).forEach((index) => letters[index]?.push('I'));
  return letters;
}

/** Exactly `count` roles hold letters: the first is accountable, the rest R, C or I. */
function exactLetters(random: ReturnType<typeof seededRandom>, roleCount: number, count: number): Letter[][] {
  const letters: Letter[][] = Array.from({ length: roleCount }, () => []);
  const chosen = random.sample(
    Array.from({ length: roleCount }, (_, index) => index),
    Math.min(count, roleCount),
  );
  chosen.forEach((roleIndex, position) => {
    if (position === 0) letters[roleIndex]?.push(...(random.next() < 0.6 ? (['A', 'R'] as const) : (['A'] as const)));
    else letters[roleIndex]?.push(random.pick(['R', 'C', 'I'] as const));
  });
  return letters;
}

function canonical(set: readonly Letter[]): Letter[] {
  const order: readonly Letter[] = ['R', 'A', 'C', 'I'];
  return order.filter((letter) => set.includes(letter));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

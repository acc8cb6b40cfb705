/** How much each role carries: counts of R, A, C and I per role, for the workload chart. */
import type { Board, Letter, RoleId } from './board';
import { LETTERS } from './board';

export interface RoleWorkload {
  readonly roleId: RoleId;
  readonly name: string;
  readonly colour: string;
  readonly counts: Readonly<Record<Letter, number>>;
  /** Tasks on which the role holds any letter. */
  readonly tasks: number;
}

export function workloadOf(board: Board): readonly RoleWorkload[] {
  const counts = new Map<RoleId, Record<Letter, number>>();
  const tasks = new Map<RoleId, number>();
  for (const role of board.roles) {
    counts.set(role.id, { R: 0, A: 0, C: 0, I: 0 });
    tasks.set(role.id, 0);
  }
  const taskIds = new Set(board.tasks.map((task) => task.id));
  for (const cell of board.cells) {
    const entry = counts.get(cell.roleId);
    if (!entry || !taskIds.has(cell.taskId) || cell.letters.length === 0) continue;
    for (const letter of cell.letters) if (LETTERS.includes(letter)) entry[letter] += 1;
    tasks.set(cell.roleId, (tasks.get(cell.roleId) ?? 0) + 1);
  }
  return board.roles.map((role) => ({
    roleId: role.id,
    name: role.name,
    colour: role.colour,
    counts: counts.get(role.id) ?? { R: 0, A: 0, C: 0, I: 0 },
    tasks: tasks.get(role.id) ?? 0,
  }));
}

/**
 * The boards the matrix tests share: three lanes, two groups (phases) and an ungrouped task, so the
 * rows are  # Discovery, Vision, Research, # Delivery, Budget, No group, Launch.
 */
import type { Board } from '../../../../src/shared/domain/board';
import type { Command } from '../../../../src/shared/domain/command';
import { applyCommand } from '../../../../src/shared/domain/commands';
import { buildBoard } from '../../shared/domain/boardBuilder';
import type { DisplayRow } from '../../../../src/renderer/src/matrix/matrixDisplayRows';

export function phasedBoard(): Board {
  return buildBoard({
    roles: ['Product manager', 'Project manager', 'Designer'],
    groups: ['Discovery', 'Delivery'],
    tasks: [
      ['Vision', { 'Product manager': 'R/A' }, 'Discovery'],
      ['Research', { Designer: 'R', 'Project manager': 'A' }, 'Discovery'],
      ['Budget', { 'Project manager': 'R/A' }, 'Delivery'],
      ['Launch', {}],
    ],
  });
}

/** Applies commands the way the editor does, failing the test on a refusal. */
export function applied(board: Board, ...commands: readonly Command[]): Board {
  return commands.reduce((current, command) => {
    const result = applyCommand(current, command, current.updatedAt + 1);
    if (!result.ok) throw new Error(`Refused: ${result.error.message}`);
    return result.value;
  }, board);
}

/** Rows as a person reads them: "# Name" for a group, "No group", or the task's title. */
export function rowText(rows: readonly DisplayRow[]): string[] {
  return rows.map((row) => (row.kind === 'group' ? `# ${row.group.name}` : row.kind === 'ungrouped' ? 'No group' : row.task.title));
}

/**
 * Boards for the compare tests: the article's template under predictable ids, and helpers to read
 * a comparison by activity id.
 */
import type { Board } from '../../../../src/shared/domain/board';
import { createBoardFromCatalogue } from '../../../../src/shared/domain/createBoard';

export function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

/** The article template: lanes "id-1" (Product manager) and "id-2" (Project manager), tasks "id-3".. */
export function articleBoard(): Board {
  const result = createBoardFromCatalogue({ id: 'board-article', name: 'Launch', now: 1000, newId: counter('id') });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function taskFor(board: Board, catalogueId: string) {
  const task = board.tasks.find((t) => t.catalogueId === catalogueId);
  if (!task) throw new Error(`No task for ${catalogueId}`);
  return task;
}

/** The same board without the tasks of these activities (and their cells). */
export function withoutActivities(board: Board, catalogueIds: readonly string[]): Board {
  const dropped = new Set(board.tasks.filter((t) => t.catalogueId !== undefined && catalogueIds.includes(t.catalogueId)).map((t) => t.id));
  return { ...board, tasks: board.tasks.filter((t) => !dropped.has(t.id)), cells: board.cells.filter((c) => !dropped.has(c.taskId)) };
}

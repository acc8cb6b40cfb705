/**
 * The one order a board's lists are kept in wherever a board is rebuilt rather than edited (loaded
 * from storage, or a diff applied): roles, tasks and groups by `order`, ties by id; cells by task id,
 * then role id. Ids compare by code unit, the order IndexedDB sorts string keys in, so a board
 * rebuilt in memory equals the same board read back from disk.
 */
interface Ordered {
  readonly id: string;
  readonly order: number;
}

interface CellKeyed {
  readonly taskId: string;
  readonly roleId: string;
}

export const canonicalOrder = {
  records: (a: Ordered, b: Ordered): number => a.order - b.order || compareStrings(a.id, b.id),
  cells: (a: CellKeyed, b: CellKeyed): number => compareStrings(a.taskId, b.taskId) || compareStrings(a.roleId, b.roleId),
} as const;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

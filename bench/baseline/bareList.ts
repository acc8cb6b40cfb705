/**
 * The baseline for opening a board: the same cards (title, and every role's letters) read with raw
 * IndexedDB getAll calls and drawn as one bare React list, with no state library, no drag and drop
 * and no rule checks. Which database and board come from the query string (?db=...&board=...).
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

interface TaskRow {
  readonly id: string;
  readonly title: string;
  readonly order: number;
}
interface RoleRow {
  readonly id: string;
  readonly name: string;
}
interface CellRow {
  readonly taskId: string;
  readonly roleId: string;
  readonly letters: readonly string[];
}

const params = new URLSearchParams(location.search);
const databaseName = params.get('db') ?? '';
const boardId = params.get('board') ?? '';

function readBoard(): Promise<{ tasks: TaskRow[]; roles: RoleRow[]; cells: CellRow[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(databaseName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const transaction = open.result.transaction(['tasks', 'roles', 'cells'], 'readonly');
      const all = <T>(store: string) => transaction.objectStore(store).index('boardId').getAll(boardId) as IDBRequest<T[]>;
      const tasks = all<TaskRow>('tasks');
      const roles = all<RoleRow>('roles');
      const cells = all<CellRow>('cells');
      transaction.oncomplete = () => resolve({ tasks: tasks.result, roles: roles.result, cells: cells.result });
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

function BareList({ tasks, roles, cells }: { tasks: TaskRow[]; roles: RoleRow[]; cells: CellRow[] }) {
  const roleNames = new Map(roles.map((role) => [role.id, role.name]));
  const letters = new Map<string, string[]>();
  for (const cell of cells) {
    const list = letters.get(cell.taskId) ?? [];
    list.push(`${roleNames.get(cell.roleId) ?? ''} ${cell.letters.join('/')}`);
    letters.set(cell.taskId, list);
  }
  const sorted = [...tasks].sort((a, b) => a.order - b.order);
  return h(
    'ul',
    { className: 'bare-list' },
    sorted.map((task) =>
      h('li', { key: task.id, 'data-card-id': task.id }, h('div', { className: 'title' }, task.title), h('div', { className: 'letters' }, (letters.get(task.id) ?? []).join(' · '))),
    ),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
void readBoard().then((data) => createRoot(root).render(h(BareList, data)));

/**
 * A static HTML table of a board's matrix (a row per task, a column per role, the letters as the
 * app shows them): the baseline for the PDF and for scrolling and editing the matrix. No script,
 * nothing windowed; the browser has every row from the start.
 */
import type { Board } from '../src/shared/domain/board';

export interface StaticMatrixOptions {
  /** For the PDF: the same paper and margins as the app's print view. */
  readonly print?: { readonly size: string; readonly margin: string };
  /** For scrolling: the table sits in a box that scrolls, like the app's matrix, and cells take the focus. */
  readonly scroller?: boolean;
}

export function staticMatrixHtml(board: Board, options: StaticMatrixOptions = {}): string {
  const letters = new Map(board.cells.map((cell) => [`${cell.taskId}\u0000${cell.roleId}`, cell.letters.join('/')]));
  const focusable = options.scroller ? ' tabindex="-1"' : '';
  const head = `<tr><th>Task</th>${board.roles.map((role) => `<th>${escapeHtml(role.name)}</th>`).join('')}</tr>`;
  const body = board.tasks
    .map(
      (task) =>
        `<tr><th scope="row">${escapeHtml(task.title)}</th>${board.roles.map((role) => `<td${focusable}>${letters.get(`${task.id}\u0000${role.id}`) ?? ''}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const css = [
    'body { font: 12px system-ui, sans-serif; margin: 0; }',
    'table { border-collapse: collapse; width: 100%; }',
    'th, td { border: 1px solid #ccd; padding: 3px 6px; text-align: left; }',
    'td { text-align: center; }',
    'thead th { position: sticky; top: 0; background: #f3f3f8; }',
    options.print ? `@page { size: ${options.print.size}; margin: ${options.print.margin}; }` : '',
    options.scroller ? '.scroller { height: 100vh; overflow: auto; } td, th { height: 32px; }' : '',
  ].join('\n');
  const table = `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
  return `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>${escapeHtml(board.name)}</title><style>${css}</style></head><body>${
    options.scroller ? `<div class="scroller">${table}</div>` : `<h1>${escapeHtml(board.name)}</h1>${table}`
  }</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

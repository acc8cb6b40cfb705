/**
 * One task row of the matrix: the task's title as row heading, then one cell per role. Rows are
 * memoised on the task, the row's letters and its focus, so a cell edit re-renders one row. Cells
 * carry no listeners of their own: the grid handles clicks and keys for every cell at once.
 */
import { memo, useId, type CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { LetterSet, Role, Task } from '../../../shared/domain/board';
import { InlineEdit } from '../ui/InlineEdit';
import type { RowFindings } from './rowFindings';

interface MatrixTaskRowProps {
  readonly rowKey: string;
  readonly task: Task;
  /** Position among the drawn rows (0-based), for aria-rowindex. */
  readonly index: number;
  readonly roles: readonly Role[];
  /** Content key of `roles` (ids and colours), so memo survives a board re-read from storage. */
  readonly rolesKey: string;
  /** Letters per role, in role order. */
  readonly letters: readonly LetterSet[];
  /** Content key of `letters`, so memo compares one string. */
  readonly lettersKey: string;
  /** The focused column when this row holds the focus, otherwise -1. */
  readonly focusCol: number;
  /** Filed under a group: indented under its heading. */
  readonly inGroup: boolean;
  readonly highlighted: boolean;
  readonly findings: RowFindings | null;
  readonly editing: boolean;
  readonly onRename: (taskId: string, title: string) => string | null;
  readonly onStopEditing: () => void;
}

function MatrixTaskRowView(props: MatrixTaskRowProps) {
  const { rowKey, task, index, roles, letters, focusCol, inGroup, highlighted, findings, editing } = props;
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: rowKey, disabled: editing });
  const describedBy = useId();
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  const className = ['matrix-row', focusCol >= 0 ? 'is-focus-row' : '', inGroup ? 'is-grouped' : '', highlighted ? 'is-highlighted' : '', isDragging ? 'is-dragging' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <tr ref={setNodeRef} className={className} style={style} data-key={rowKey} aria-rowindex={index + 2}>
      <th
        scope="row"
        className="matrix-rowheader"
        data-col={0}
        tabIndex={focusCol === 0 ? 0 : -1}
        aria-label={task.title}
        aria-describedby={findings ? describedBy : undefined}
      >
        <div className="matrix-rowheader-inner">
          <span ref={setActivatorNodeRef} className="matrix-grip" aria-hidden="true" title="Drag to move (Alt+↑ / Alt+↓)" {...listeners}>
            ⋮⋮
          </span>
          {editing ? (
            <InlineEdit
              className="matrix-edit"
              label={`New title for ${task.title}`}
              initial={task.title}
              onCommit={(title) => {
                const error = props.onRename(task.id, title);
                if (error === null) props.onStopEditing();
                return error;
              }}
              onCancel={props.onStopEditing}
            />
          ) : (
            <span className="matrix-title" title={task.title}>
              {task.title}
            </span>
          )}
          {findings && !editing && (
            <span className={`matrix-badge sev-${findings.severity}`} title={findings.text} aria-hidden="true">
              {findings.severity === 'error' ? '!' : '⚠'} {findings.count}
            </span>
          )}
          {findings && (
            <span id={describedBy} className="visually-hidden">
              {`${findings.count} ${findings.count === 1 ? 'finding' : 'findings'}: ${findings.text.split('\n').join(' ')}`}
            </span>
          )}
          {!editing && (
            <button type="button" className="icon-btn matrix-row-menu" tabIndex={-1} data-action="row-menu" aria-label={`Actions for ${task.title}`} title="Actions (Shift+F10)">
              ⋯
            </button>
          )}
        </div>
      </th>
      {roles.map((role, i) => {
        const set = letters[i] ?? [];
        const accountable = set.includes('A');
        return (
          <td
            key={role.id}
            className={`matrix-cell${accountable ? ' has-a' : ''}`}
            data-col={i + 1}
            tabIndex={focusCol === i + 1 ? 0 : -1}
            style={accountable ? ({ '--role-colour': role.colour } as CSSProperties) : undefined}
          >
            {set.map((letter, j) => (
              <span key={letter}>
                {j > 0 && <span className="matrix-sep">/</span>}
                <span className={`matrix-letter letter-${letter}`}>{letter}</span>
              </span>
            ))}
          </td>
        );
      })}
    </tr>
  );
}

export const MatrixTaskRow = memo(
  MatrixTaskRowView,
  (a, b) =>
    // Compared by what the row shows, not by identity: a board re-read from storage after a save
    // brings equal but new task and role objects, which must not redraw every row.
    a.task.id === b.task.id &&
    a.task.title === b.task.title &&
    a.rowKey === b.rowKey &&
    a.index === b.index &&
    a.rolesKey === b.rolesKey &&
    a.lettersKey === b.lettersKey &&
    a.focusCol === b.focusCol &&
    a.inGroup === b.inGroup &&
    a.highlighted === b.highlighted &&
    a.findings?.text === b.findings?.text &&
    a.findings?.severity === b.findings?.severity &&
    a.editing === b.editing &&
    a.onRename === b.onRename &&
    a.onStopEditing === b.onStopEditing,
);

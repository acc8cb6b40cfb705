/**
 * A group (phase) heading in the matrix: a row spanning the table with the group's name, its task
 * count, fold/unfold, rename, actions and delete. Like task rows it is one focusable cell whose
 * buttons are reached by the keyboard model's keys (Space folds, F2 renames, Delete deletes).
 */
import { memo, type CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Group } from '../../../shared/domain/board';
import { InlineEdit } from '../ui/InlineEdit';

interface MatrixGroupRowProps {
  readonly rowKey: string;
  readonly group: Group;
  readonly taskCount: number;
  readonly index: number;
  readonly colSpan: number;
  readonly focused: boolean;
  readonly editing: boolean;
  readonly onRename: (groupId: string, name: string) => string | null;
  readonly onStopEditing: () => void;
}

function MatrixGroupRowView({ rowKey, group, taskCount, index, colSpan, focused, editing, onRename, onStopEditing }: MatrixGroupRowProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id: rowKey, disabled: editing });
  const collapsed = group.collapsed === true;
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  const count = `${taskCount} ${taskCount === 1 ? 'task' : 'tasks'}`;

  return (
    <tr
      ref={setNodeRef}
      className={`matrix-group-row${focused ? ' is-focus-row' : ''}${isDragging ? ' is-dragging' : ''}${collapsed ? ' is-collapsed' : ''}`}
      style={style}
      data-key={rowKey}
      aria-rowindex={index + 2}
    >
      <td
        className="matrix-group-cell"
        colSpan={colSpan}
        data-col={0}
        tabIndex={focused ? 0 : -1}
        aria-label={`Group ${group.name}, ${count}${collapsed ? ', folded' : ''}`}
      >
        <div className="matrix-group-inner">
          <span ref={setActivatorNodeRef} className="matrix-grip" aria-hidden="true" title="Drag to move the group (Alt+↑ / Alt+↓)" {...listeners}>
            ⋮⋮
          </span>
          <button
            type="button"
            className="icon-btn matrix-fold"
            tabIndex={-1}
            data-action="toggle-group"
            aria-expanded={!collapsed}
            aria-label={group.name}
            title={collapsed ? 'Unfold (→ or Space)' : 'Fold (← or Space)'}
          >
            <span className="matrix-chevron" aria-hidden="true">
              ▾
            </span>
          </button>
          {editing ? (
            <InlineEdit
              className="matrix-edit"
              label={`New name for group ${group.name}`}
              initial={group.name}
              onCommit={(name) => {
                const error = onRename(group.id, name);
                if (error === null) onStopEditing();
                return error;
              }}
              onCancel={onStopEditing}
            />
          ) : (
            <span className="matrix-group-name" title={group.name}>
              {group.name}
            </span>
          )}
          <span className="matrix-group-count">{count}</span>
          {!editing && (
            <span className="matrix-group-tools">
              <button type="button" className="icon-btn" tabIndex={-1} data-action="rename-group" aria-label={`Rename group ${group.name}`} title="Rename (F2)">
                ✎
              </button>
              <button type="button" className="icon-btn" tabIndex={-1} data-action="row-menu" aria-label={`Actions for group ${group.name}`} title="Actions (Shift+F10)">
                ⋯
              </button>
              <button
                type="button"
                className="icon-btn danger"
                tabIndex={-1}
                data-action="delete-group"
                aria-label={`Delete group ${group.name}`}
                title="Delete group (Delete)"
              >
                ✕
              </button>
            </span>
          )}
        </div>
      </td>
    </tr>
  );
}

export const MatrixGroupRow = memo(MatrixGroupRowView);

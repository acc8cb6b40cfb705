/**
 * The "No group" heading over the tasks that belong to no group, shown once a board has groups. It
 * cannot be moved or renamed, but a row dragged (or Alt+Arrowed) just below it leaves its group.
 */
import { memo } from 'react';
import { useSortable } from '@dnd-kit/sortable';

interface MatrixUngroupedRowProps {
  readonly rowKey: string;
  readonly taskCount: number;
  readonly index: number;
  readonly colSpan: number;
  readonly focused: boolean;
}

function MatrixUngroupedRowView({ rowKey, taskCount, index, colSpan, focused }: MatrixUngroupedRowProps) {
  const { setNodeRef } = useSortable({ id: rowKey, disabled: { draggable: true, droppable: false } });
  const count = `${taskCount} ${taskCount === 1 ? 'task' : 'tasks'}`;
  return (
    <tr ref={setNodeRef} className={`matrix-group-row is-ungrouped${focused ? ' is-focus-row' : ''}`} data-key={rowKey} aria-rowindex={index + 2}>
      <td className="matrix-group-cell" colSpan={colSpan} data-col={0} tabIndex={focused ? 0 : -1} aria-label={`No group, ${count}`}>
        <div className="matrix-group-inner">
          <span className="matrix-group-name">No group</span>
          <span className="matrix-group-count">{count}</span>
          {taskCount === 0 && <span className="matrix-group-hint">Move a task here to take it out of its group.</span>}
        </div>
      </td>
    </tr>
  );
}

export const MatrixUngroupedRow = memo(MatrixUngroupedRowView);

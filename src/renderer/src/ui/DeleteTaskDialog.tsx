import type { Task } from '../../../shared/domain/board';
import { ConfirmDialog } from './ConfirmDialog';

/** Asks before a task and its letters are deleted (from a card or from a matrix row). */
export function DeleteTaskDialog({ task, onConfirm, onCancel }: { readonly task: Task; readonly onConfirm: () => void; readonly onCancel: () => void }) {
  return (
    <ConfirmDialog title={`Delete “${task.title}”?`} confirmLabel="Delete task" onCancel={onCancel} onConfirm={onConfirm}>
      <p>The task and every letter on it will be removed from this board. Undo brings it back.</p>
    </ConfirmDialog>
  );
}

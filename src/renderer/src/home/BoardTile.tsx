import { useState } from 'react';
import type { BoardSummary } from '../../../shared/domain/board';
import { routeHref } from '../app/route';
import { formatRelativeTime } from '../ui/formatRelativeTime';
import { InlineEdit } from '../ui/InlineEdit';

interface BoardTileProps {
  readonly board: BoardSummary;
  readonly now: number;
  /** Resolves to an error message, or null when the rename was saved. */
  readonly onRename: (name: string) => Promise<string | null>;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
}

export function BoardTile({ board, now, onRename, onDuplicate, onDelete }: BoardTileProps) {
  const [renaming, setRenaming] = useState(false);
  const edited = new Date(board.updatedAt);

  return (
    <li className="board-tile">
      {renaming ? (
        <InlineEdit
          label={`New name for ${board.name}`}
          initial={board.name}
          onCommit={async (name) => {
            const error = await onRename(name);
            if (error === null) setRenaming(false);
            return error;
          }}
          onCancel={() => setRenaming(false)}
        />
      ) : (
        <a href={routeHref({ name: 'board', boardId: board.id })}>{board.name}</a>
      )}
      <div className="meta">
        <span>
          {board.taskCount} {board.taskCount === 1 ? 'task' : 'tasks'}
        </span>
        <time dateTime={edited.toISOString()} title={edited.toLocaleString()}>
          Edited {formatRelativeTime(board.updatedAt, now)}
        </time>
      </div>
      <div className="tile-actions">
        <button type="button" className="btn btn-ghost" onClick={() => setRenaming(true)} aria-label={`Rename ${board.name}`}>
          Rename
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDuplicate} aria-label={`Duplicate ${board.name}`}>
          Duplicate
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDelete} aria-label={`Delete ${board.name}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

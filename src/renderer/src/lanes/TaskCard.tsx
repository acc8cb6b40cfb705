import { memo, useCallback, type CSSProperties } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { Task } from '../../../shared/domain/board';
import { ARTICLE_SOURCE } from '../../../shared/catalogue/articleCatalogue';
import { publishedOn } from '../ui/ArticleSourceNote';
import { InlineEdit } from '../ui/InlineEdit';
import type { CardSlot } from './LaneCardList';

/** The rule findings on a card's task, summarised for its badge. */
export interface CardFindings {
  readonly severity: 'error' | 'warning';
  readonly count: number;
  /** The messages, one per line, for the tooltip and the accessible name. */
  readonly text: string;
}

/** How the card's owner compares with the article's, when the overlay is on. */
export interface CardOverlay {
  readonly status: 'agrees' | 'differs';
  /** The article's owner and its reason, in the app's words. */
  readonly text: string;
}

/** A letter another role holds on this card's task. */
export interface CardChip {
  readonly roleId: string;
  readonly roleName: string;
  readonly colour: string;
  readonly letters: string;
}

interface TaskCardProps {
  readonly task: Task;
  /** Where the card sits in its lane's list. */
  readonly slot: CardSlot;
  readonly chips: readonly CardChip[];
  /** Content key of `chips`, so memo can compare cheaply. */
  readonly chipsKey: string;
  readonly laneColour: string | undefined;
  /** The lane role's own letters on this task ("A/R"), shown as a pill. */
  readonly ownLetters: string;
  readonly editing: boolean;
  readonly findings: CardFindings | null;
  readonly overlay: CardOverlay | null;
  /** Selected from the health panel: scrolled to and outlined. */
  readonly highlighted: boolean;
  readonly onStartRename: (taskId: string) => void;
  readonly onRename: (taskId: string, title: string) => string | null;
  readonly onStopRename: () => void;
  readonly onDelete: (taskId: string) => void;
}

/**
 * The draggable wrapper: dnd-kit re-renders every draggable card whenever its drag state changes (a
 * drag starts or ends, the card crosses into another lane), so this part stays thin and the card's
 * face and buttons are memoised apart (CardFace, CardActions) and left alone by those renders. The
 * card is not a drop target: only lanes are (see LanesView), and the dragged card makes room by
 * moving in the drag preview, not by transforms on every card.
 */
function TaskCardView({ task, slot, chips, chipsKey, laneColour, ownLetters, editing, findings, overlay, highlighted, onStartRename, onRename, onStopRename, onDelete }: TaskCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: task.id,
    data: { type: 'task' },
    disabled: editing,
  });
  const { measureRef } = slot;
  const setRefs = useCallback(
    (element: HTMLLIElement | null) => {
      setNodeRef(element);
      measureRef?.(element);
    },
    [setNodeRef, measureRef],
  );
  const style: CSSProperties & Record<'--lane-colour', string | undefined> = { '--lane-colour': laneColour };

  return (
    <li
      ref={setRefs}
      data-index={slot.index}
      aria-setsize={slot.setSize}
      aria-posinset={slot.setSize === undefined ? undefined : slot.index + 1}
      style={style} className={`card-item${highlighted ? ' is-highlighted' : ''}${overlay ? ` overlay-${overlay.status}` : ''}`} data-task-id={task.id}>
      {editing ? (
        <InlineEdit
          className="card-edit"
          label={`New title for ${task.title}`}
          initial={task.title}
          onCommit={(title) => {
            const error = onRename(task.id, title);
            if (error === null) onStopRename();
            return error;
          }}
          onCancel={onStopRename}
        />
      ) : (
        <>
          <div
            {...attributes}
            {...listeners}
            className={`card${isDragging ? ' is-dragging' : ''}`}
            aria-label={cardLabel(task.title, chips, overlay, findings)}
            onKeyDown={(event) => {
              if (event.key === 'F2') {
                event.preventDefault();
                onStartRename(task.id);
                return;
              }
              if ((event.key === 'Delete' || event.key === 'Backspace') && !isDragging) {
                event.preventDefault();
                onDelete(task.id);
                return;
              }
              listeners?.onKeyDown?.(event);
            }}
          >
            <CardFace title={task.title} chips={chips} chipsKey={chipsKey} ownLetters={ownLetters} findings={findings} overlay={overlay} />
          </div>
          <CardActions taskId={task.id} title={task.title} onStartRename={onStartRename} onDelete={onDelete} />
        </>
      )}
    </li>
  );
}

/** The card's accessible name: its title, then the other roles' letters, the overlay and the findings. */
function cardLabel(title: string, chips: readonly CardChip[], overlay: CardOverlay | null, findings: CardFindings | null): string {
  const summary = [
    ...chips.map((chip) => `${chip.roleName} ${chip.letters}`),
    ...(overlay ? [overlay.status === 'agrees' ? `Agrees with the article. ${overlay.text}` : `Differs from the article. ${overlay.text}`] : []),
    ...(findings ? [`${findings.count} ${findings.count === 1 ? 'finding' : 'findings'}: ${findings.text}`] : []),
  ].join('. ');
  return summary ? `${title}. ${summary}` : title;
}

export const TaskCard = memo(
  TaskCardView,
  (a, b) =>
    a.task === b.task &&
    a.slot.index === b.slot.index &&
    a.slot.setSize === b.slot.setSize &&
    a.slot.measureRef === b.slot.measureRef &&
    a.chipsKey === b.chipsKey &&
    a.laneColour === b.laneColour &&
    a.ownLetters === b.ownLetters &&
    a.editing === b.editing &&
    a.highlighted === b.highlighted &&
    sameFindings(a.findings, b.findings) &&
    sameOverlay(a.overlay, b.overlay) &&
    a.onStartRename === b.onStartRename &&
    a.onRename === b.onRename &&
    a.onStopRename === b.onStopRename &&
    a.onDelete === b.onDelete,
);

function sameFindings(a: CardFindings | null, b: CardFindings | null): boolean {
  return a?.text === b?.text && a?.severity === b?.severity && a?.count === b?.count;
}

function sameOverlay(a: CardOverlay | null, b: CardOverlay | null): boolean {
  return a?.text === b?.text && a?.status === b?.status;
}

interface CardFaceProps {
  readonly title: string;
  readonly chips: readonly CardChip[];
  readonly chipsKey: string;
  readonly ownLetters: string;
  readonly findings: CardFindings | null;
  readonly overlay: CardOverlay | null;
}

/** What the card shows: title, letters, chips, the overlay's mark and the findings badge. */
const CardFace = memo(
  function CardFace({ title, chips, ownLetters, findings, overlay }: CardFaceProps) {
    return (
      <>
        <CardBody title={title} chips={chips} ownLetters={ownLetters} />
        {overlay && (
          <span className="overlay-mark" aria-hidden="true">
            {overlay.status === 'agrees' ? '✓ Agrees' : '≠ Differs'}
            <span className="overlay-tip">
              {overlay.text}
              <span className="overlay-source">
                Source: <cite>“{ARTICLE_SOURCE.title}”</cite>, {ARTICLE_SOURCE.publisher}, {publishedOn}
              </span>
            </span>
          </span>
        )}
        {findings && (
          <span className={`finding-badge sev-${findings.severity}`} title={findings.text} aria-hidden="true">
            {findings.severity === 'error' ? '!' : '⚠'} {findings.count}
          </span>
        )}
      </>
    );
  },
  (a, b) => a.title === b.title && a.chipsKey === b.chipsKey && a.ownLetters === b.ownLetters && sameFindings(a.findings, b.findings) && sameOverlay(a.overlay, b.overlay),
);

/** The card's Rename and Delete buttons. */
const CardActions = memo(function CardActions({
  taskId,
  title,
  onStartRename,
  onDelete,
}: {
  readonly taskId: string;
  readonly title: string;
  readonly onStartRename: (taskId: string) => void;
  readonly onDelete: (taskId: string) => void;
}) {
  return (
    <div className="card-actions">
      <button type="button" className="icon-btn" aria-label={`Rename ${title}`} title="Rename (F2)" onClick={() => onStartRename(taskId)}>
        ✎
      </button>
      <button type="button" className="icon-btn danger" aria-label={`Delete ${title}`} title="Delete" onClick={() => onDelete(taskId)}>
        ✕
      </button>
    </div>
  );
});

function CardBody({ title, chips, ownLetters }: { readonly title: string; readonly chips: readonly CardChip[]; readonly ownLetters: string }) {
  return (
    <>
      <div className="card-head">
        <div className="card-title">{title}</div>
        {ownLetters && (
          <span className="owner-letters" aria-hidden="true">
            {ownLetters}
          </span>
        )}
      </div>
      {chips.length > 0 && (
        <div className="card-chips" aria-hidden="true">
          {chips.map((chip) => (
            <span key={chip.roleId} className="chip" style={{ '--chip-colour': chip.colour } as CSSProperties}>
              <span className="chip-dot" />
              {chip.roleName}
              <b>{chip.letters}</b>
            </span>
          ))}
        </div>
      )}
    </>
  );
}

/** The card as it follows the pointer: no drag hooks, so it never re-renders the list. */
export function TaskCardOverlay({
  task,
  chips,
  laneColour,
  ownLetters,
}: {
  readonly task: Task;
  readonly chips: readonly CardChip[];
  readonly laneColour: string | undefined;
  readonly ownLetters: string;
}) {
  return (
    <div className="card is-overlay" style={{ '--lane-colour': laneColour } as CSSProperties}>
      <CardBody title={task.title} chips={chips} ownLetters={ownLetters} />
    </div>
  );
}

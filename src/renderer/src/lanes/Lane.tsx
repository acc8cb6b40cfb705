import { memo, useState, type CSSProperties, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { Role } from '../../../shared/domain/board';
import { InlineEdit } from '../ui/InlineEdit';
import { containerId, type LaneKey } from './lanePreview';
import { LaneCardList, VIRTUAL_LANE_FROM, type CardSlot } from './LaneCardList';

interface LaneProps {
  readonly lane: LaneKey;
  /** null for the Unassigned pool. */
  readonly role: Role | null;
  readonly name: string;
  readonly itemIds: readonly string[];
  readonly highlighted: boolean;
  /** Findings about the lane's role itself (idle, overloaded...). */
  readonly roleFindings: readonly string[];
  /** When a filter hides some of the lane's cards: how many it has in all. */
  readonly totalCount: number;
  /** The lane's place in the row (the Unassigned pool is 0). */
  readonly index: number;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  /** A card picked elsewhere; a long lane scrolls to it. */
  readonly revealId: string | null;
  readonly renderCard: (id: string, slot: CardSlot) => ReactNode;
  /** A card's height before it is measured, for a long lane. */
  readonly estimateCard: (id: string) => number;
  readonly onAddTask: (lane: LaneKey, title: string) => string | null;
  readonly onRenameRole: (roleId: string, name: string) => string | null;
  readonly onRecolourRole: (roleId: string, colour: string) => void;
  readonly onMoveRole: (roleId: string, delta: -1 | 1) => void;
  readonly onDeleteRole: (roleId: string) => void;
}

function LaneView(props: LaneProps) {
  const { lane, role, name, itemIds, highlighted } = props;
  const { setNodeRef } = useDroppable({ id: containerId(lane), data: { type: 'lane' } });
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const count = itemIds.length;
  const { roleFindings, totalCount } = props;
  const style = { '--lane-colour': role?.colour } as CSSProperties;

  return (
    <section
      ref={setNodeRef}
      className={`lane${role ? '' : ' pool'}${highlighted ? ' is-over' : ''}`}
      aria-label={name}
      style={style}
      data-lane={role ? 'role' : 'pool'}
      data-lane-key={lane}
    >
      <header className="lane-header">
        {role && renaming ? (
          <InlineEdit
            label={`New name for lane ${role.name}`}
            initial={role.name}
            onCommit={(value) => {
              const error = props.onRenameRole(role.id, value);
              if (error === null) setRenaming(false);
              return error;
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          <h2 className="lane-name" style={{ fontSize: 14, margin: 0 }} onDoubleClick={() => role && setRenaming(true)} title={name}>
            {name}
          </h2>
        )}
        <span
          className="lane-count"
          aria-label={count === totalCount ? `${count} ${count === 1 ? 'task' : 'tasks'}` : `${count} of ${totalCount} tasks shown`}
        >
          {count === totalCount ? count : `${count}/${totalCount}`}
        </span>
        {roleFindings.length > 0 && (
          <span className="finding-badge sev-warning" title={roleFindings.join('\n')} role="img" aria-label={roleFindings.join(' ')}>
            ⚠ {roleFindings.length}
          </span>
        )}
        {role && !renaming && (
          <div className="lane-tools">
            <input
              type="color"
              className="colour-input"
              aria-label={`Colour of ${role.name}`}
              value={role.colour}
              onChange={(event) => props.onRecolourRole(role.id, event.target.value)}
            />
            <button type="button" className="icon-btn" aria-label={`Rename lane ${role.name}`} title="Rename" onClick={() => setRenaming(true)}>
              ✎
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${role.name} left`}
              title="Move left"
              disabled={props.isFirst}
              onClick={() => props.onMoveRole(role.id, -1)}
            >
              ←
            </button>
            <button
              type="button"
              className="icon-btn"
              aria-label={`Move ${role.name} right`}
              title="Move right"
              disabled={props.isLast}
              onClick={() => props.onMoveRole(role.id, 1)}
            >
              →
            </button>
            <button type="button" className="icon-btn danger" aria-label={`Delete lane ${role.name}`} title="Delete lane" onClick={() => props.onDeleteRole(role.id)}>
              ✕
            </button>
          </div>
        )}
      </header>
      {count === 0 && totalCount > 0 ? (
        <div className="drop-invite">No cards here match the filter.</div>
      ) : count === 0 ? (
        <div className="drop-invite">
          {role ? (
            <>
              Drop a card here to make <strong>{role.name}</strong> accountable.
            </>
          ) : (
            'Cards nobody is accountable for wait here.'
          )}
        </div>
      ) : (
        // Whether a lane is long is judged on its saved cards, not a drag's preview, so a card
        // passing through never remounts the whole list.
        <LaneCardList ids={itemIds} virtual={totalCount > VIRTUAL_LANE_FROM} revealId={props.revealId} laneIndex={props.index} estimateCard={props.estimateCard} renderCard={props.renderCard} />
      )}
      <div className="add-task">
        {adding ? (
          <InlineEdit
            label={`Add a task to ${name}`}
            initial=""
            placeholder="Task title, then Enter"
            multiple
            onCommit={(title) => props.onAddTask(lane, title)}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button type="button" className="btn btn-ghost" style={{ width: '100%' }} onClick={() => setAdding(true)} aria-label={`Add a task to ${name}`}>
            + Add task
          </button>
        )}
      </div>
    </section>
  );
}

export const Lane = memo(LaneView);

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { DropInTransitionKeyboardSensor, DropInTransitionPointerSensor } from './dropInTransition';
import { laneCollision } from './laneCollision';
import { laneKeyboardCoordinates } from './laneKeyboardCoordinates';
import type { Board, Role, RoleId, Task, TaskId } from '../../../shared/domain/board';
import type { Finding } from '../../../shared/domain/rules/finding';
import type { Command, CommandError } from '../../../shared/domain/command';
import type { Result } from '../../../shared/domain/result';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DeleteTaskDialog } from '../ui/DeleteTaskDialog';
import { InlineEdit } from '../ui/InlineEdit';
import { newId } from '../ui/newId';
import { Lane } from './Lane';
import { estimateCardHeight } from './estimateCardHeight';
import { laneIndexAfter, type ChipIndex } from './laneIndex';
import { useIncremental } from '../ui/useIncremental';
import { TaskCard, TaskCardOverlay, type CardChip, type CardFindings, type CardOverlay } from './TaskCard';
import type { CardSlot } from './LaneCardList';
import { POOL_KEY, dropTarget, filterItems, findLane, indexInWholeLane, laneOfContainerId, placeCard, roleIdOfLane, type LaneItems, type LaneKey } from './lanePreview';
import { insertionIndex } from './insertionIndex';
import { laneCardBoxes } from './laneCardBoxes';
import { useLaneEdgeScroll } from './useLaneEdgeScroll';
import { slideFrom } from './slideCards';
import { heldDragMeasure } from './heldDragMeasure';
import { DRAG_INSTRUCTIONS, createDragAnnouncer, type AnnouncementSource } from './dragAnnouncements';

interface LanesViewProps {
  readonly board: Board;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
  /** Holds the render of the drop under way until its write is saved (useHoldUntilSaved). */
  readonly holdUntilSaved?: () => void;
  /** Only these tasks are shown; null shows every task. */
  readonly visibleTaskIds?: ReadonlySet<TaskId> | null;
  /** A task picked in the health panel: scrolled into view and outlined. */
  readonly highlightTaskId?: TaskId | null;
  readonly findingsByTask?: ReadonlyMap<TaskId, readonly Finding[]>;
  readonly findingsByRole?: ReadonlyMap<RoleId, readonly Finding[]>;
  /** The article overlay: how each catalogue task's owner compares, when switched on. */
  readonly overlay?: ReadonlyMap<TaskId, CardOverlay> | null;
}

const NO_FINDINGS: ReadonlyMap<string, readonly Finding[]> = new Map();
const NO_IDS: readonly TaskId[] = [];
const REVEAL_TRIES = 10;

const ROLE_COLOURS = ['#6d4fd8', '#1f8a70', '#d9622b', '#2f6fde', '#c23d7a', '#8a6d1f', '#3b8f9e', '#7a52a3'];

export function LanesView({
  board,
  dispatch,
  holdUntilSaved,
  visibleTaskIds = null,
  highlightTaskId = null,
  findingsByTask = NO_FINDINGS,
  findingsByRole = NO_FINDINGS,
  overlay = null,
}: LanesViewProps) {
  const laneIndex = useIncremental(board, laneIndexAfter);
  const allItems = laneIndex.items;
  const baseItems = useMemo(() => (visibleTaskIds ? filterItems(allItems, visibleTaskIds) : allItems), [allItems, visibleTaskIds]);
  const cardFindings = useMemo(() => summariseFindings(findingsByTask), [findingsByTask]);

  useEffect(() => {
    if (!highlightTaskId) return;
    // In a long lane the card mounts only once its lane has scrolled to it (LaneCardList), a frame or two later.
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const card = document.querySelector(`[data-task-id="${CSS.escape(highlightTaskId)}"]`);
      if (card) card.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
      else if (tries++ < REVEAL_TRIES) frame = requestAnimationFrame(reveal);
    };
    reveal();
    return () => cancelAnimationFrame(frame);
  }, [highlightTaskId]);
  const [preview, setPreview] = useState<LaneItems | null>(null);
  /** The preview as the drag handlers last set it, which the next pointer move may read before it renders. */
  const latestPreview = useRef<LaneItems | null>(null);
  const lanesElement = useRef<HTMLDivElement>(null);
  /** The last move placed, placed again when the lane's list scrolls under the card. */
  const lastMove = useRef<{ readonly active: Active; readonly over: Over | null } | null>(null);
  /** Whether the drag under way follows the pointer (a keyboard drag scrolls a lane step by step instead). */
  const byPointer = useRef(false);
  /** Places the card again after its lane's list scrolled under it (set once placeDragged exists). */
  const placeAgain = useRef<(() => void) | null>(null);
  const followEdge = useLaneEdgeScroll(placeAgain);
  /** Where the cards of the lanes about to change were on screen, for them to slide from (slideCards). */
  const slideBefore = useRef<{ readonly tops: ReadonlyMap<string, number>; readonly activeId: string } | null>(null);
  const [drag, setDrag] = useState<{ readonly activeId: string; readonly origin: LaneKey | null } | null>(null);
  const [editingTaskId, setEditingTaskId] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'task'; task: Task } | { kind: 'role'; role: Role; owned: number } | null>(null);
  const [addingLane, setAddingLane] = useState(false);
  const items = preview ?? baseItems;

  const tasksById = useMemo(() => new Map(board.tasks.map((task) => [task.id, task])), [board.tasks]);
  const rolesById = useMemo(() => new Map(board.roles.map((role) => [role.id, role])), [board.roles]);
  const chipsByTask = laneIndex.chips;

  const sensors = useSensors(
    useSensor(DropInTransitionPointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(DropInTransitionKeyboardSensor, { coordinateGetter: laneKeyboardCoordinates }),
  );

  const laneName = useCallback((lane: LaneKey) => (lane === POOL_KEY ? 'Unassigned' : (rolesById.get(lane)?.name ?? 'a lane')), [rolesById]);
  // The announcer lives for the whole view (it remembers what it last said) and reads the latest
  // names and lanes through this ref, refreshed after every render.
  const announcerSource = useRef<AnnouncementSource>(announcementSource(items, tasksById, laneName, null));
  useLayoutEffect(() => {
    announcerSource.current = announcementSource(items, tasksById, laneName, drag?.origin ?? null);
  });
  // eslint-disable-next-line react-hooks/refs -- the announcer reads the ref only when dnd-kit speaks, never during render
  const [announcer] = useState(() => createDragAnnouncer(announcerSource));

  // Keeps dnd-kit from re-rendering every card whenever the dragged card's box moves (heldDragMeasure.ts).
  const [dragMeasure] = useState(heldDragMeasure);
  const measuring = useMemo(() => ({ draggable: { measure: dragMeasure.measure } }), [dragMeasure]);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    // Released here, before dnd-kit measures the card: it does so on the render this start causes.
    dragMeasure.release();
    const id = String(active.id);
    setDrag({ activeId: id, origin: findLane(baseItems, id) });
    byPointer.current = !(activatorEvent instanceof KeyboardEvent);
    latestPreview.current = baseItems;
    setPreview(baseItems);
  };

  // Only lanes are drop targets: the card's place within the lane under it comes from where the
  // lane's mounted cards are on screen. dnd-kit reports a move with the lane it was over before the
  // move, and a crossing into another lane separately, so both place the card.
  const placeDragged = useCallback((active: Active, over: Over | null) => {
    lastMove.current = { active, over };
    const lane = over ? laneOfContainerId(String(over.id)) : null;
    const rect = active.rect.current.translated;
    const current = latestPreview.current;
    const element = lane === null ? null : lanesElement.current?.querySelector(`[data-lane-key="${CSS.escape(lane)}"]`);
    if (lane === null || rect === null || current === null || !element) {
      followEdge(null);
      return;
    }
    const y = rect.top + rect.height / 2;
    const activeId = String(active.id);
    const boxes = laneCardBoxes(element);
    const index = insertionIndex(boxes, activeId, (current[lane] ?? NO_IDS).indexOf(activeId), y);
    const next = placeCard(current, activeId, lane, index);
    // After the cards were read: the list's edges come from the same layout.
    const row = lanesElement.current;
    followEdge(byPointer.current && row ? { lane: element, y, row } : null);
    if (next === current) return;
    // Pointer drags only: a keyboard step reads the cards' places right after the last one, and a
    // card still sliding would be read where it is seen, not where it is going.
    if (byPointer.current) {
      const from = findLane(current, activeId);
      const fromElement = from === null || from === lane ? null : lanesElement.current?.querySelector(`[data-lane-key="${CSS.escape(from)}"]`);
      const seen = fromElement ? [...boxes, ...laneCardBoxes(fromElement)] : boxes;
      slideBefore.current = { tops: new Map(seen.map((box) => [box.id, box.top])), activeId };
    }
    latestPreview.current = next;
    // The announcer speaks right after this handler, before the new preview renders.
    announcerSource.current = { ...announcerSource.current, items: next };
    setPreview(next);
  }, [followEdge]);
  // Once a new place is in the page, before it is painted, the cards that made room slide there.
  useLayoutEffect(() => {
    const before = slideBefore.current;
    slideBefore.current = null;
    if (before && lanesElement.current) slideFrom(lanesElement.current, before.tops, before.activeId);
  }, [preview]);
  useLayoutEffect(() => {
    placeAgain.current = () => {
      if (lastMove.current) placeDragged(lastMove.current.active, lastMove.current.over);
    };
  }, [placeDragged]);
  const onDragMove = ({ active, over }: DragMoveEvent) => placeDragged(active, over);
  const onDragOver = ({ active, over }: DragOverEvent) => placeDragged(active, over);

  const finish = () => {
    setDrag(null);
    latestPreview.current = null;
    lastMove.current = null;
    followEdge(null);
    setPreview(null);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const taskId = String(active.id);
    // The preview as last placed, which may not have rendered yet.
    const shown = latestPreview.current ?? items;
    const target = over ? dropTarget(shown, taskId) : null;
    // The sensors end a drag inside a transition (dropInTransition.ts), and the board holds that
    // transition's render (rule checks, chips, every lane) until the move's write, started here,
    // is saved (useHoldUntilSaved). Meanwhile the screen keeps the card where it was dropped.
    finish();
    if (!target) return;
    // With a filter on, the index counts only the shown cards: place the card next to the same
    // shown neighbour in the whole lane.
    const index = visibleTaskIds ? indexInWholeLane(allItems, shown, target.lane, target.index, taskId) : target.index;
    if (dispatch({ type: 'moveTask', taskId, toRoleId: roleIdOfLane(target.lane), toIndex: index }).ok) holdUntilSaved?.();
  };

  const onStartRename = useCallback((taskId: string) => setEditingTaskId(taskId), []);
  const onStopRename = useCallback(() => setEditingTaskId(null), []);
  const onRename = useCallback((taskId: string, title: string) => messageOf(dispatch({ type: 'renameTask', taskId, title })), [dispatch]);
  const onDeleteTask = useCallback((taskId: string) => {
    const task = tasksById.get(taskId);
    if (task) setConfirm({ kind: 'task', task });
  }, [tasksById]);
  const onAddTask = useCallback(
    (lane: LaneKey, title: string) => messageOf(dispatch({ type: 'addTask', taskId: newId(), title, roleId: roleIdOfLane(lane) })),
    [dispatch],
  );
  const onRenameRole = useCallback((roleId: string, name: string) => messageOf(dispatch({ type: 'renameRole', roleId, name })), [dispatch]);
  const onRecolourRole = useCallback((roleId: string, colour: string) => void dispatch({ type: 'recolourRole', roleId, colour }), [dispatch]);
  const onMoveRole = useCallback(
    (roleId: string, delta: -1 | 1) => {
      const index = board.roles.findIndex((role) => role.id === roleId);
      if (index >= 0) dispatch({ type: 'moveRole', roleId, toIndex: index + delta });
    },
    [board.roles, dispatch],
  );
  const onDeleteRole = useCallback(
    (roleId: string) => {
      const role = rolesById.get(roleId);
      if (role) setConfirm({ kind: 'role', role, owned: (baseItems[roleId] ?? []).length });
    },
    [rolesById, baseItems],
  );

  const activeTask = drag ? tasksById.get(drag.activeId) : undefined;
  const activeLane = drag ? findLane(items, drag.activeId) : null;
  const lanes = useMemo((): readonly { key: LaneKey; role: Role | null }[] => [{ key: POOL_KEY, role: null }, ...board.roles.map((role) => ({ key: role.id, role }))], [board.roles]);

  // Each lane's card callbacks and role findings keep their identity while only the drag preview
  // changes: a lane's card list (memoised) then renders again only when its own cards change, however
  // often dnd-kit re-renders the lanes during a drag.
  const roleMessages = useMemo(() => new Map(board.roles.map((role) => [role.id, (findingsByRole.get(role.id) ?? NO_FINDING_LIST).map((f) => f.message)])), [board.roles, findingsByRole]);
  const laneCards = useMemo(
    () =>
      lanes.map(({ key, role }) => ({
        key,
        role,
        estimateCard: (id: string): number => estimateCard(chipsByTask, tasksById.get(id)?.title ?? '', id, role?.id),
        renderCard: (id: string, slot: CardSlot): ReactNode => {
          const task = tasksById.get(id);
          if (!task) return null;
          const chips = chipsFor(chipsByTask, id, role?.id);
          return (
            <TaskCard
              key={id}
              task={task}
              slot={slot}
              chips={chips.list}
              chipsKey={chips.key}
              ownLetters={chips.own}
              laneColour={role?.colour}
              editing={editingTaskId === id}
              findings={cardFindings.get(id) ?? null}
              overlay={overlay?.get(id) ?? null}
              highlighted={highlightTaskId === id}
              onStartRename={onStartRename}
              onRename={onRename}
              onStopRename={onStopRename}
              onDelete={onDeleteTask}
            />
          );
        },
      })),
    [lanes, chipsByTask, tasksById, editingTaskId, cardFindings, overlay, highlightTaskId, onStartRename, onRename, onStopRename, onDeleteTask],
  );

  return (
    <div ref={lanesElement} className="lanes" role="group" aria-label="Lanes">
      <DndContext
        sensors={sensors}
        collisionDetection={laneCollision}
        measuring={measuring}
        // The lanes' lists and row scroll near their edges by useLaneEdgeScroll instead.
        autoScroll={false}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={finish}
        accessibility={{
          screenReaderInstructions: { draggable: DRAG_INSTRUCTIONS },
          announcements: {
            onDragStart: ({ active }) => announcer.onDragStart(String(active.id)),
            onDragOver: ({ active, over }) => announcer.onDragOver(String(active.id), over ? String(over.id) : null),
            onDragMove: ({ active, over }) => announcer.onDragMove(String(active.id), over ? String(over.id) : null),
            onDragEnd: ({ active, over }) => announcer.onDragEnd(String(active.id), over ? String(over.id) : null),
            onDragCancel: ({ active }) => announcer.onDragCancel(String(active.id)),
          },
        }}
      >
        {laneCards.map(({ key, role, estimateCard: estimateLaneCard, renderCard }, index) => (
          <Lane
            key={key}
            lane={key}
            role={role}
            name={laneName(key)}
            itemIds={items[key] ?? NO_IDS}
            highlighted={activeLane === key && drag?.origin !== key}
            totalCount={(allItems[key] ?? NO_IDS).length}
            roleFindings={role ? (roleMessages.get(role.id) ?? NO_MESSAGES) : NO_MESSAGES}
            index={index}
            isFirst={index === 1}
            isLast={index === lanes.length - 1}
            onAddTask={onAddTask}
            onRenameRole={onRenameRole}
            onRecolourRole={onRecolourRole}
            onMoveRole={onMoveRole}
            onDeleteRole={onDeleteRole}
            revealId={highlightTaskId}
            estimateCard={estimateLaneCard}
            renderCard={renderCard}
          />
        ))}
        <DragOverlay dropAnimation={null}>
          {activeTask ? (
            <TaskCardOverlay
              task={activeTask}
              {...overlayChips(chipsFor(chipsByTask, activeTask.id, activeLane && activeLane !== POOL_KEY ? activeLane : undefined))}
              laneColour={activeLane && activeLane !== POOL_KEY ? rolesById.get(activeLane)?.colour : undefined}
            />
          ) : null}
        </DragOverlay>
      </DndContext>
      <div className="add-lane">
        {addingLane ? (
          <InlineEdit
            label="New lane name"
            initial=""
            placeholder="Role name, then Enter"
            onCommit={(name) => {
              const colour = ROLE_COLOURS[board.roles.length % ROLE_COLOURS.length] ?? '#6d4fd8';
              const error = messageOf(dispatch({ type: 'addRole', roleId: newId(), name, colour }));
              if (error === null) setAddingLane(false);
              return error;
            }}
            onCancel={() => setAddingLane(false)}
          />
        ) : (
          <button type="button" className="btn" onClick={() => setAddingLane(true)}>
            + Add lane
          </button>
        )}
      </div>
      {confirm?.kind === 'task' && (
        <DeleteTaskDialog
          task={confirm.task}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            dispatch({ type: 'deleteTask', taskId: confirm.task.id });
            setConfirm(null);
          }}
        />
      )}
      {confirm?.kind === 'role' && (
        <ConfirmDialog
          title={`Delete lane “${confirm.role.name}”?`}
          confirmLabel="Delete lane"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            dispatch({ type: 'deleteRole', roleId: confirm.role.id });
            setConfirm(null);
          }}
        >
          <p>
            {confirm.owned > 0
              ? `The ${confirm.owned} ${confirm.owned === 1 ? 'task' : 'tasks'} it is accountable for will move to Unassigned, and its letters on other tasks are removed.`
              : 'Its letters on any task are removed.'}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function announcementSource(
  items: LaneItems,
  tasksById: ReadonlyMap<string, Task>,
  laneName: (lane: LaneKey) => string,
  origin: LaneKey | null,
): AnnouncementSource {
  return { items, origin, laneName, taskTitle: (id) => tasksById.get(id)?.title ?? 'the task', isPool: (lane) => lane === POOL_KEY };
}

const NO_MESSAGES: readonly string[] = [];
const NO_FINDING_LIST: readonly Finding[] = [];

function summariseFindings(byTask: ReadonlyMap<TaskId, readonly Finding[]>): ReadonlyMap<TaskId, CardFindings> {
  const summary = new Map<TaskId, CardFindings>();
  for (const [taskId, findings] of byTask) {
    if (findings.length === 0) continue;
    summary.set(taskId, {
      severity: findings.some((f) => f.severity === 'error') ? 'error' : 'warning',
      count: findings.length,
      text: findings.map((f) => f.message).join('\n'),
    });
  }
  return summary;
}

interface CardChips {
  readonly list: readonly CardChip[];
  readonly key: string;
  readonly own: string;
}

const NO_CHIPS: CardChips = { list: [], key: '', own: '' };

/** The chips a card shows: every role's letters except the lane's own role, whose letters are the pill. */
function chipsFor(index: ChipIndex, taskId: string, laneRoleId: string | undefined): CardChips {
  const all = index.get(taskId);
  if (!all) return NO_CHIPS;
  const { list, own } = splitChips(all, laneRoleId);
  return { list, own, key: list.map((chip) => `${chip.roleId}:${chip.roleName}:${chip.colour}:${chip.letters}`).join('|') };
}

/** A task's chips in a lane: the other roles' chips, and the lane role's own letters. */
function splitChips(all: readonly CardChip[], laneRoleId: string | undefined): { readonly list: readonly CardChip[]; readonly own: string } {
  if (!laneRoleId) return { list: all, own: '' };
  return { list: all.filter((chip) => chip.roleId !== laneRoleId), own: all.find((chip) => chip.roleId === laneRoleId)?.letters ?? '' };
}

/** chipsFor's card, estimated without building the chips' content key: a lane estimates every card it has. */
function estimateCard(index: ChipIndex, title: string, taskId: string, laneRoleId: string | undefined): number {
  const { list, own } = splitChips(index.get(taskId) ?? [], laneRoleId);
  return estimateCardHeight(title, list, own);
}

function overlayChips(chips: CardChips): { chips: readonly CardChip[]; ownLetters: string } {
  return { chips: chips.list, ownLetters: chips.own };
}

function messageOf(result: Result<unknown, CommandError>): string | null {
  return result.ok ? null : result.error.message;
}

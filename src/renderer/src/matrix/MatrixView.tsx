/**
 * The RACI matrix: one row per task (under its group, if any), one column per role, the letters in
 * the cells. It is an ARIA grid with a single tab stop; the keys are in matrixKeyboard.ts. Rows are
 * windowed (only those on screen are drawn) and every cell event is handled once, on the grid, so a
 * 1,000 x 12 matrix scrolls and edits as fast as a small one.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { DndContext, DragOverlay, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Board, Group, GroupId, Letter, RoleId, Task, TaskId } from '../../../shared/domain/board';
import { cellIndex, cellKey, lettersOf } from '../../../shared/domain/cellIndex';
import type { Command, CommandError } from '../../../shared/domain/command';
import { describeCommand } from '../../../shared/domain/describeCommand';
import { formatLetters, NO_LETTERS, toggleLetter } from '../../../shared/domain/letterSet';
import { assertNever, type Result } from '../../../shared/domain/result';
import type { Finding } from '../../../shared/domain/rules/finding';
import { workloadOf } from '../../../shared/domain/workload';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DeleteTaskDialog } from '../ui/DeleteTaskDialog';
import { InlineEdit } from '../ui/InlineEdit';
import { newId } from '../ui/newId';
import { focusedRowIndex } from './focusedRowIndex';
import { LETTER_NAMES, LetterPicker } from './LetterPicker';
import { matrixDisplayRows, taskRowKey, type DisplayRow } from './matrixDisplayRows';
import { MatrixGroupRow } from './MatrixGroupRow';
import { matrixColumns } from './matrixColumns';
import { matrixKeyboard, type MatrixAction } from './matrixKeyboard';
import { MatrixTaskRow } from './MatrixTaskRow';
import { MatrixUngroupedRow } from './MatrixUngroupedRow';
import { anchorOf, type OverlayAnchor } from './overlayAnchor';
import { revealOffset } from './revealOffset';
import { rowFindings } from './rowFindings';
import { RowMenu, type MenuEntry } from './RowMenu';
import { groupStepCommand, rowMoveCommand } from './rowMoveCommand';
import { rowSlots, rowWindow } from './rowWindow';

export interface MatrixViewProps {
  readonly board: Board;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
  readonly findingsByTask?: ReadonlyMap<TaskId, readonly Finding[]>;
  /** Scrolled to and marked (e.g. chosen in the health panel). */
  readonly highlightTaskId?: TaskId | null;
  /** Only these tasks' rows show; null shows every task. */
  readonly visibleTaskIds?: ReadonlySet<TaskId> | null;
}

/** Every row is this tall (CSS keeps it so), which is what makes the windowing exact. */
const ROW_HEIGHT = 40;
const OVERSCAN = 8;
/** The table's side margins and borders (see .matrix-grid in app.css), left out of the column widths. */
const TABLE_FRAME = 2 * 20 + 2;
const NO_FINDINGS: ReadonlyMap<TaskId, readonly Finding[]> = new Map();
/**
 * Module constant on purpose: fresh options on every render would make dnd-kit hand every sortable
 * row new listeners, re-rendering all of them on each keystroke.
 */
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };

type Editing = { readonly kind: 'task'; readonly id: TaskId } | { readonly kind: 'group'; readonly id: GroupId } | null;
type Overlay =
  | { readonly kind: 'picker'; readonly taskId: TaskId; readonly roleId: RoleId; readonly anchor: OverlayAnchor }
  | { readonly kind: 'menu'; readonly rowKey: string; readonly anchor: OverlayAnchor }
  | null;
type Confirm = { readonly kind: 'task'; readonly task: Task } | { readonly kind: 'group'; readonly group: Group; readonly count: number } | null;

/** The focused cell, by row key (so it follows its row); `index` is where it last was. */
interface Focus {
  readonly key: string;
  readonly col: number;
  readonly index: number;
}

interface ScrollTarget {
  readonly key: string;
  readonly col: number;
  readonly align: 'nearest' | 'center';
}

interface Metrics {
  readonly scrollTop: number;
  readonly height: number;
  readonly width: number;
  /** The table's top edge and its column headers' height, inside the scrolling box. */
  readonly top: number;
  readonly header: number;
}

export function MatrixView({ board, dispatch, findingsByTask = NO_FINDINGS, highlightTaskId = null, visibleTaskIds = null }: MatrixViewProps) {
  // A folded group holding the highlighted task is drawn open without changing the board:
  // looking at a finding is not an edit, so it must not add an undo step or clear the redo stack.
  const [revealedGroupId, setRevealedGroupId] = useState<GroupId | null>(null);
  const shownBoard = useMemo(() => withGroupOpen(board, revealedGroupId), [board, revealedGroupId]);
  const rows = useMemo(() => matrixDisplayRows(shownBoard, visibleTaskIds), [shownBoard, visibleTaskIds]);
  // A stable key list while the rows keep their order, so the sortable rows are left alone by a cell edit.
  const keySignature = rows.map((row) => row.key).join('\n');
  const rowKeys = useMemo(() => (keySignature === '' ? [] : keySignature.split('\n')), [keySignature]);
  const roles = board.roles;
  const findings = useMemo(() => rowFindings(findingsByTask), [findingsByTask]);
  const workload = useMemo(() => new Map(workloadOf(board).map((entry) => [entry.roleId, entry])), [board]);

  const [focus, setFocus] = useState<Focus>(() => ({ key: rows[0]?.key ?? '', col: roles.length > 0 ? 1 : 0, index: 0 }));
  const [scrollTarget, setScrollTarget] = useState<ScrollTarget | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [adding, setAdding] = useState<'task' | 'group' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [dragKey, setDragKey] = useState<string | null>(null);
  const [metrics, setMetrics] = useState<Metrics>({ scrollTop: 0, height: 900, width: 1200, top: 0, header: 56 });

  const scrollerRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const boardRef = useRef(board);
  /** True while the matrix should hold the keyboard focus (the user is working in it). */
  const ownsFocus = useRef(false);
  const scrolledTo = useRef<ScrollTarget | null>(null);

  const focusRow = focusedRowIndex(rows, board, focus.key, focus.index);
  const focusedRow = rows[focusRow];
  const storedCol = Math.min(Math.max(focus.col, 0), roles.length);
  const focusCol = focusedRow?.kind === 'task' ? storedCol : 0;
  const columns = matrixColumns(metrics.width - TABLE_FRAME, roles.length);
  const pageSize = Math.max(1, Math.floor((metrics.height - metrics.header) / ROW_HEIGHT) - 1);

  // A new highlight from outside moves the focus to that row (adjusting state while rendering, as
  // React recommends for props that reset state) and asks for it to be scrolled into the middle.
  const [seenHighlight, setSeenHighlight] = useState<TaskId | null>(null);
  if (highlightTaskId !== seenHighlight) {
    setSeenHighlight(highlightTaskId);
    if (highlightTaskId !== null) {
      const key = taskRowKey(highlightTaskId);
      setFocus((current) => ({ ...current, key, col: 0 }));
      setScrollTarget({ key, col: 0, align: 'center' });
      const groupId = board.tasks.find((task) => task.id === highlightTaskId)?.groupId;
      const group = groupId === undefined ? undefined : board.groups.find((g) => g.id === groupId);
      setRevealedGroupId(group?.collapsed === true ? group.id : null);
    }
  }
  // The highlighted row coming back into the rows (a filter that hid it was cleared) is scrolled to again.
  const highlightDrawn = highlightTaskId !== null && rows.some((row) => row.kind === 'task' && row.task.id === highlightTaskId);
  const [seenHighlightDrawn, setSeenHighlightDrawn] = useState(highlightDrawn);
  if (highlightDrawn !== seenHighlightDrawn) {
    setSeenHighlightDrawn(highlightDrawn);
    if (highlightDrawn && highlightTaskId !== null) setScrollTarget({ key: taskRowKey(highlightTaskId), col: 0, align: 'center' });
  }

  useLayoutEffect(() => {
    boardRef.current = board;
  });

  const measure = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const header = theadRef.current?.offsetHeight ?? 0;
    const top = gridRef.current?.offsetTop ?? 0;
    // Only a whole row scrolled matters to the window, so smaller scrolls do not re-render.
    const scrollTop = Math.floor(scroller.scrollTop / ROW_HEIGHT) * ROW_HEIGHT;
    const height = scroller.clientHeight;
    const width = scroller.clientWidth;
    setMetrics((m) =>
      m.scrollTop === scrollTop && m.height === height && m.width === width && m.top === top && m.header === header
        ? m
        : { scrollTop, height, width, top, header },
    );
  }, []);

  useEffect(() => {
    const observer = new ResizeObserver(measure);
    if (scrollerRef.current) observer.observe(scrollerRef.current);
    if (theadRef.current) observer.observe(theadRef.current);
    return () => observer.disconnect();
  }, [measure]);

  // A press anywhere outside the matrix (and its popovers) means the user went elsewhere.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (target && (gridRef.current?.contains(target) || target.closest('[data-matrix-overlay], dialog'))) return;
      ownsFocus.current = false;
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  // After every render: put the keyboard focus back on the focused cell if a re-render took it
  // (a moved row is re-inserted, an editor or popover closed), and scroll to what was asked for.
  useLayoutEffect(() => {
    const grid = gridRef.current;
    const scroller = scrollerRef.current;
    if (!grid || !scroller) return;
    if (ownsFocus.current && editing === null && overlay === null && confirm === null && focusedRow) {
      const cell = cellOf(grid, focusedRow.key, focusCol);
      if (cell && document.activeElement !== cell) cell.focus({ preventScroll: true });
    }
    if (scrollTarget && scrolledTo.current !== scrollTarget) {
      const index = rows.findIndex((row) => row.key === scrollTarget.key);
      if (index >= 0) {
        scrolledTo.current = scrollTarget;
        const header = theadRef.current?.offsetHeight ?? 0;
        const top = grid.offsetTop + header + index * ROW_HEIGHT;
        scroller.scrollTop = revealOffset({
          offset: scroller.scrollTop,
          viewSize: scroller.clientHeight,
          start: top,
          end: top + ROW_HEIGHT,
          stickyStart: header,
          align: scrollTarget.align,
        });
        if (scrollTarget.col > 0 && rows[index]?.kind === 'task') {
          const left = grid.offsetLeft + grid.clientLeft + columns.title + (scrollTarget.col - 1) * columns.role;
          scroller.scrollLeft = revealOffset({
            offset: scroller.scrollLeft,
            viewSize: scroller.clientWidth,
            start: left,
            end: left + columns.role,
            stickyStart: columns.title,
            align: 'nearest',
          });
        }
      }
    }
  });

  const run = useCallback(
    (command: Command): boolean => {
      // Folding or unfolding the group drawn open for a finding ends that: the board's own state shows again.
      if (command.type === 'setGroupCollapsed') setRevealedGroupId((current) => (current === command.groupId ? null : current));
      const before = boardRef.current;
      const result = dispatch(command);
      if (!result.ok) {
        setNotice(result.error.message);
        return false;
      }
      setNotice(null);
      if (result.value !== before) setSaid(describeCommand(before, command));
      return true;
    },
    [dispatch],
  );

  const onRenameTask = useCallback((taskId: string, title: string) => messageOf(dispatch({ type: 'renameTask', taskId, title })), [dispatch]);
  const onRenameGroup = useCallback((groupId: string, name: string) => messageOf(dispatch({ type: 'renameGroup', groupId, name })), [dispatch]);
  const onStopEditing = useCallback(() => setEditing(null), []);

  const moveFocus = (row: number, col: number, align: 'nearest' | 'center' = 'nearest') => {
    const target = rows[row];
    if (!target) return;
    setFocus({ key: target.key, col, index: row });
    setScrollTarget({ key: target.key, col: target.kind === 'task' ? col : 0, align });
  };

  const openAction = (action: MatrixAction, rowIndex: number, col: number) => {
    const row = rows[rowIndex];
    const grid = gridRef.current;
    if (!row || !grid) return;
    switch (action) {
      case 'editTitle':
        if (row.kind === 'task') setEditing({ kind: 'task', id: row.task.id });
        return;
      case 'renameGroup':
        if (row.kind === 'group') setEditing({ kind: 'group', id: row.group.id });
        return;
      case 'openPicker': {
        const role = roles[col - 1];
        const cell = cellOf(grid, row.key, col);
        if (row.kind === 'task' && role && cell) setOverlay({ kind: 'picker', taskId: row.task.id, roleId: role.id, anchor: anchorOf(cell) });
        return;
      }
      case 'openMenu': {
        const cell = cellOf(grid, row.key, row.kind === 'task' ? col : 0);
        if (cell) setOverlay({ kind: 'menu', rowKey: row.key, anchor: anchorOf(cell) });
        return;
      }
      case 'deleteTask':
        if (row.kind === 'task') setConfirm({ kind: 'task', task: row.task });
        return;
      case 'deleteGroup':
        if (row.kind === 'group') setConfirm({ kind: 'group', group: row.group, count: row.taskCount });
        return;
      default:
        assertNever(action);
    }
  };

  /** The row and column of a grid cell element, or null for anything else (a button, an input). */
  const cellAt = (target: EventTarget | null): { row: number; col: number; element: HTMLElement } | null => {
    if (!(target instanceof HTMLElement) || !target.hasAttribute('data-col')) return null;
    const key = target.closest('tr')?.getAttribute('data-key');
    const row = key ? rows.findIndex((r) => r.key === key) : -1;
    return row < 0 ? null : { row, col: Number(target.getAttribute('data-col')), element: target };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const cell = cellAt(event.target);
    if (!cell) return;
    // Tab leaves the grid (its one tab stop), possibly for the browser's own controls, where no
    // element receives the focus: drop the claim now so a later re-render does not pull it back.
    if (event.key === 'Tab') {
      ownsFocus.current = false;
      return;
    }
    // A group heading keeps the remembered column, so walking down a column survives it.
    const col = rows[cell.row]?.kind === 'task' ? cell.col : storedCol;
    const outcome = matrixKeyboard({ board, rows, focus: { row: cell.row, col }, pageSize }, event);
    if (!outcome) return;
    event.preventDefault();
    ownsFocus.current = true;
    if (outcome.focus) moveFocus(outcome.focus.row, outcome.focus.col);
    if (outcome.command) run(outcome.command);
    if (outcome.action) openAction(outcome.action, cell.row, col);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    ownsFocus.current = true;
    const cell = cellAt(event.target);
    if (!cell) return;
    const row = rows[cell.row];
    if (!row) return;
    const col = row.kind === 'task' ? cell.col : focus.col;
    if (focus.key !== row.key || focus.col !== col) setFocus({ key: row.key, col, index: cell.row });
  };

  const onBlur = (event: FocusEvent<HTMLTableElement>) => {
    const next = event.relatedTarget as HTMLElement | null;
    // No next element: the focused cell was re-inserted or the window lost focus; keep the claim.
    if (next === null || gridRef.current?.contains(next) || next.closest('[data-matrix-overlay], dialog')) return;
    ownsFocus.current = false;
  };

  const rowOfEvent = (event: MouseEvent): number => {
    const key = (event.target as HTMLElement).closest('tr')?.getAttribute('data-key');
    return key ? rows.findIndex((row) => row.key === key) : -1;
  };

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const rowIndex = rowOfEvent(event);
    const row = rows[rowIndex];
    if (!row) return;
    const button = target.closest<HTMLElement>('[data-action]');
    if (button) {
      ownsFocus.current = true;
      setFocus({ key: row.key, col: row.kind === 'task' ? 0 : focus.col, index: rowIndex });
      const action = button.getAttribute('data-action');
      if (action === 'row-menu') setOverlay({ kind: 'menu', rowKey: row.key, anchor: anchorOf(button) });
      else if (row.kind === 'group' && action === 'toggle-group') run({ type: 'setGroupCollapsed', groupId: row.group.id, collapsed: row.group.collapsed !== true });
      else if (row.kind === 'group' && action === 'rename-group') setEditing({ kind: 'group', id: row.group.id });
      else if (row.kind === 'group' && action === 'delete-group') setConfirm({ kind: 'group', group: row.group, count: row.taskCount });
      return;
    }
    const cell = target.closest<HTMLElement>('[data-col]');
    const col = Number(cell?.getAttribute('data-col') ?? -1);
    const role = roles[col - 1];
    if (cell && row.kind === 'task' && role && !target.closest('input')) {
      setOverlay({ kind: 'picker', taskId: row.task.id, roleId: role.id, anchor: anchorOf(cell) });
    }
  };

  const onDoubleClick = (event: MouseEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const row = rows[rowOfEvent(event)];
    if (!row || target.closest('button, input')) return;
    if (row.kind === 'task' && target.closest('.matrix-rowheader')) setEditing({ kind: 'task', id: row.task.id });
    if (row.kind === 'group' && target.closest('.matrix-group-name')) setEditing({ kind: 'group', id: row.group.id });
  };

  const onContextMenu = (event: MouseEvent<HTMLTableElement>) => {
    const rowIndex = rowOfEvent(event);
    const row = rows[rowIndex];
    if (!row || row.kind === 'ungrouped' || (event.target as HTMLElement).closest('input')) return;
    event.preventDefault();
    ownsFocus.current = true;
    const anchor = { top: event.clientY, left: event.clientX, bottom: event.clientY, right: event.clientX };
    setOverlay({ kind: 'menu', rowKey: row.key, anchor });
  };

  const onMouseDown = (event: MouseEvent<HTMLTableElement>) => {
    // Row buttons act without taking the focus from the cell the user is working in.
    if ((event.target as HTMLElement).closest('[data-action]')) event.preventDefault();
  };

  /** A scroll carries the popover along with its cell, and closes it once the cell is out of sight. */
  const followOverlay = (current: NonNullable<Overlay>) => {
    const grid = gridRef.current;
    const scroller = scrollerRef.current;
    if (!grid || !scroller) return;
    const element =
      current.kind === 'picker'
        ? cellOf(grid, taskRowKey(current.taskId), roles.findIndex((role) => role.id === current.roleId) + 1)
        : cellOf(grid, current.rowKey, 0);
    const box = scroller.getBoundingClientRect();
    const rect = element?.getBoundingClientRect();
    const header = theadRef.current?.offsetHeight ?? 0;
    if (!element || !rect || rect.bottom <= box.top + header || rect.top >= box.bottom) {
      setOverlay(null);
      return;
    }
    const anchor = current.kind === 'picker' ? anchorOf(element) : { ...current.anchor, top: rect.top, bottom: rect.bottom };
    setOverlay({ ...current, anchor });
  };

  // ---- Drag to reorder rows and groups ----
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS));
  const labelOfKey = (key: string): string => {
    const row = rows.find((r) => r.key === key);
    if (!row) return 'the row';
    return row.kind === 'task' ? row.task.title : row.kind === 'group' ? `group ${row.group.name}` : 'No group';
  };
  const onDragStart = ({ active }: DragStartEvent) => {
    setOverlay(null);
    setDragKey(String(active.id));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragKey(null);
    if (!over) return;
    const from = rows.findIndex((row) => row.key === String(active.id));
    const to = rows.findIndex((row) => row.key === String(over.id));
    const command = rowMoveCommand(board, rows, from, to);
    if (command) run(command);
  };

  // ---- Menus ----
  const menuEntries = (row: DisplayRow, rowIndex: number): readonly MenuEntry[] => {
    if (row.kind === 'task') {
      const up = rowMoveCommand(board, rows, rowIndex, rowIndex - 1);
      const down = rowMoveCommand(board, rows, rowIndex, rowIndex + 1);
      const current = row.groupId;
      return [
        { kind: 'item', label: 'Rename', hint: 'F2', onSelect: () => setEditing({ kind: 'task', id: row.task.id }) },
        { kind: 'item', label: 'Move up', hint: 'Alt+↑', disabled: up === null, onSelect: () => up && run(up) },
        { kind: 'item', label: 'Move down', hint: 'Alt+↓', disabled: down === null, onSelect: () => down && run(down) },
        ...(board.groups.length > 0
          ? ([
              { kind: 'separator' },
              {
                kind: 'choice',
                label: 'Move to group',
                options: [
                  { label: 'No group', checked: current === null, onSelect: () => run({ type: 'setTaskGroup', taskId: row.task.id, groupId: null }) },
                  ...board.groups.map((group) => ({
                    label: group.name,
                    checked: current === group.id,
                    onSelect: () => run({ type: 'setTaskGroup', taskId: row.task.id, groupId: group.id }),
                  })),
                ],
              },
            ] as const)
          : []),
        { kind: 'separator' },
        { kind: 'item', label: 'Delete task', hint: 'Del', danger: true, onSelect: () => setConfirm({ kind: 'task', task: row.task }) },
      ];
    }
    if (row.kind === 'group') {
      const up = groupStepCommand(board, row.group.id, -1);
      const down = groupStepCommand(board, row.group.id, 1);
      const collapsed = row.group.collapsed === true;
      return [
        { kind: 'item', label: 'Rename group', hint: 'F2', onSelect: () => setEditing({ kind: 'group', id: row.group.id }) },
        {
          kind: 'item',
          label: collapsed ? 'Unfold' : 'Fold',
          hint: 'Space',
          onSelect: () => run({ type: 'setGroupCollapsed', groupId: row.group.id, collapsed: !collapsed }),
        },
        { kind: 'item', label: 'Move group up', hint: 'Alt+↑', disabled: up === null, onSelect: () => up && run(up) },
        { kind: 'item', label: 'Move group down', hint: 'Alt+↓', disabled: down === null, onSelect: () => down && run(down) },
        { kind: 'separator' },
        { kind: 'item', label: 'Delete group', hint: 'Del', danger: true, onSelect: () => setConfirm({ kind: 'group', group: row.group, count: row.taskCount }) },
      ];
    }
    return [];
  };

  // ---- Toolbar ----
  const addTask = (title: string): string | null => {
    const taskId = newId();
    const error = messageOf(dispatch({ type: 'addTask', taskId, title }));
    if (error === null) setScrollTarget({ key: taskRowKey(taskId), col: 0, align: 'nearest' });
    return error;
  };
  const addGroup = (name: string): string | null => {
    const error = messageOf(dispatch({ type: 'addGroup', groupId: newId(), name }));
    if (error === null) setAdding(null);
    return error;
  };

  // ---- Rendering ----
  const index = cellIndex(board);
  const range = rowWindow({
    scrollTop: metrics.scrollTop,
    viewportHeight: metrics.height,
    headerHeight: metrics.top + metrics.header,
    rowHeight: ROW_HEIGHT,
    rowCount: rows.length,
    overscan: OVERSCAN,
  });
  const pinned = [focusRow];
  if (scrollTarget) pinned.push(rows.findIndex((row) => row.key === scrollTarget.key));
  const slots = rowSlots(range, pinned, rows.length);
  const colSpan = roles.length + 1;
  const rolesKey = roles.map((role) => `${role.id}:${role.colour}`).join('|');
  const tableWidth = columns.title + roles.length * columns.role;
  const taskTotal = visibleTaskIds ? rows.filter((row) => row.kind === 'task').length : board.tasks.length;

  const pickerTask = overlay?.kind === 'picker' ? board.tasks.find((task) => task.id === overlay.taskId) : undefined;
  const pickerRole = overlay?.kind === 'picker' ? roles.find((role) => role.id === overlay.roleId) : undefined;
  const menuRowIndex = overlay?.kind === 'menu' ? rows.findIndex((row) => row.key === overlay.rowKey) : -1;
  const menuRow = rows[menuRowIndex];

  const renderRow = (row: DisplayRow, i: number) => {
    const focused = i === focusRow;
    if (row.kind === 'group') {
      return (
        <MatrixGroupRow
          key={row.key}
          rowKey={row.key}
          group={row.group}
          taskCount={row.taskCount}
          index={i}
          colSpan={colSpan}
          focused={focused}
          editing={editing?.kind === 'group' && editing.id === row.group.id}
          onRename={onRenameGroup}
          onStopEditing={onStopEditing}
        />
      );
    }
    if (row.kind === 'ungrouped') {
      return <MatrixUngroupedRow key={row.key} rowKey={row.key} taskCount={row.taskCount} index={i} colSpan={colSpan} focused={focused} />;
    }
    const letters = roles.map((role) => index.get(cellKey(row.task.id, role.id)) ?? NO_LETTERS);
    return (
      <MatrixTaskRow
        key={row.key}
        rowKey={row.key}
        task={row.task}
        index={i}
        roles={roles}
        rolesKey={rolesKey}
        letters={letters}
        lettersKey={letters.map(formatLetters).join('|')}
        focusCol={focused ? focusCol : -1}
        inGroup={row.groupId !== null}
        highlighted={row.task.id === highlightTaskId}
        findings={findings.get(row.task.id) ?? null}
        editing={editing?.kind === 'task' && editing.id === row.task.id}
        onRename={onRenameTask}
        onStopEditing={onStopEditing}
      />
    );
  };

  return (
    <div className="matrix">
      <div className="matrix-toolbar">
        {adding === 'task' ? (
          <InlineEdit label="New task title" initial="" placeholder="Task title, then Enter" multiple className="matrix-add" onCommit={addTask} onCancel={() => setAdding(null)} />
        ) : (
          <button type="button" className="btn" onClick={() => setAdding('task')}>
            + Add task
          </button>
        )}
        {adding === 'group' ? (
          <InlineEdit label="New group name" initial="" placeholder="Group name, then Enter" className="matrix-add" onCommit={addGroup} onCancel={() => setAdding(null)} />
        ) : (
          <button type="button" className="btn" onClick={() => setAdding('group')}>
            + Add group
          </button>
        )}
        <span className="matrix-summary">
          {`${taskTotal} ${taskTotal === 1 ? 'task' : 'tasks'} · ${roles.length} ${roles.length === 1 ? 'role' : 'roles'}`}
          {board.groups.length > 0 && ` · ${board.groups.length} ${board.groups.length === 1 ? 'group' : 'groups'}`}
        </span>
        {notice && (
          <p className="matrix-notice" role="alert">
            {notice}
          </p>
        )}
        <span className="topbar-spacer" />
        <ul className="matrix-legend" aria-label="Letters">
          {(['R', 'A', 'C', 'I'] as const).map((letter) => (
            <li key={letter}>
              <span className={`matrix-letter letter-${letter}`}>{letter}</span> {LETTER_NAMES[letter]}
            </li>
          ))}
        </ul>
        <details className="matrix-keys">
          <summary>Keyboard</summary>
          <dl>
            <dt>Arrows, Home, End</dt>
            <dd>Move between cells</dd>
            <dt>R A C I</dt>
            <dd>Toggle a letter</dd>
            <dt>Delete</dt>
            <dd>Clear the cell</dd>
            <dt>Enter, F2</dt>
            <dd>Rename the task or group</dd>
            <dt>Space, Shift+F10</dt>
            <dd>Pick letters; on a group: Space folds</dd>
            <dt>Alt+↑ Alt+↓</dt>
            <dd>Move the row or group</dd>
            <dt>Shift+F10 on a title</dt>
            <dd>Row actions, move to a group</dd>
          </dl>
        </details>
      </div>
      <div
        ref={scrollerRef}
        className="matrix-scroller"
        onScroll={() => {
          measure();
          if (overlay !== null) followOverlay(overlay);
        }}
      >
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragKey(null)}
          accessibility={{
            announcements: {
              onDragStart: ({ active }) => `Picked up ${labelOfKey(String(active.id))}.`,
              onDragOver: ({ active, over }) => (over ? `${labelOfKey(String(active.id))} is over ${labelOfKey(String(over.id))}.` : undefined),
              onDragEnd: ({ active, over }) => (over ? `${labelOfKey(String(active.id))} was dropped.` : `${labelOfKey(String(active.id))} was put back.`),
              onDragCancel: ({ active }) => `${labelOfKey(String(active.id))} was put back.`,
            },
          }}
        >
          <SortableContext items={rowKeys} strategy={verticalListSortingStrategy}>
            <table
              ref={gridRef}
              role="grid"
              aria-label="RACI matrix"
              aria-rowcount={rows.length + 1}
              aria-colcount={colSpan}
              className="matrix-grid"
              style={{ width: tableWidth }}
              onKeyDown={onKeyDown}
              onFocus={onFocus}
              onBlur={onBlur}
              onClick={onClick}
              onDoubleClick={onDoubleClick}
              onContextMenu={onContextMenu}
              onMouseDown={onMouseDown}
            >
              <colgroup>
                <col style={{ width: columns.title }} />
                {roles.map((role) => (
                  <col key={role.id} style={{ width: columns.role }} />
                ))}
              </colgroup>
              <thead ref={theadRef}>
                <tr aria-rowindex={1}>
                  <th scope="col" className="matrix-corner">
                    Task
                  </th>
                  {roles.map((role, i) => {
                    const counts = workload.get(role.id)?.counts;
                    return (
                      <th
                        key={role.id}
                        scope="col"
                        className={`matrix-colheader${focusCol === i + 1 ? ' is-focus-col' : ''}`}
                        style={{ '--role-colour': role.colour } as CSSProperties}
                        title={counts ? `${role.name}: accountable for ${counts.A}, responsible for ${counts.R}, consulted on ${counts.C}, informed on ${counts.I}` : role.name}
                      >
                        <span className="matrix-role-name">{role.name}</span>
                        {counts && (
                          <span className="matrix-role-stats" aria-hidden="true">
                            <span className="letter-A">A</span> {counts.A} <span className="letter-R">R</span> {counts.R}
                          </span>
                        )}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 ? (
                  <tr>
                    <td className="matrix-empty" colSpan={colSpan}>
                      {visibleTaskIds ? 'No task matches the filter.' : 'No tasks yet. Add the first with “Add task”.'}
                    </td>
                  </tr>
                ) : (
                  slots.map((slot) => {
                    if (slot.kind === 'gap') {
                      return (
                        <tr key={`gap-${slot.start}`} className="matrix-spacer" aria-hidden="true" style={{ height: slot.count * ROW_HEIGHT }}>
                          <td colSpan={colSpan} />
                        </tr>
                      );
                    }
                    const row = rows[slot.index];
                    return row ? renderRow(row, slot.index) : null;
                  })
                )}
              </tbody>
            </table>
          </SortableContext>
          <DragOverlay dropAnimation={null}>
            {dragKey ? (
              <div className="matrix-drag-ghost">
                <span aria-hidden="true">⋮⋮</span> {labelOfKey(dragKey)}
              </div>
            ) : null}
          </DragOverlay>
        </DndContext>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
      {overlay?.kind === 'picker' && pickerTask && pickerRole && (
        <LetterPicker
          label={`${pickerRole.name} on ${pickerTask.title}`}
          letters={lettersOf(board, pickerTask.id, pickerRole.id)}
          anchor={overlay.anchor}
          onToggle={(letter: Letter) =>
            run({ type: 'setLetters', taskId: pickerTask.id, roleId: pickerRole.id, letters: toggleLetter(lettersOf(board, pickerTask.id, pickerRole.id), letter) })
          }
          onClear={() => run({ type: 'setLetters', taskId: pickerTask.id, roleId: pickerRole.id, letters: NO_LETTERS })}
          onClose={() => setOverlay(null)}
        />
      )}
      {overlay?.kind === 'menu' && menuRow && (
        <RowMenu
          label={menuRow.kind === 'task' ? `Actions for ${menuRow.task.title}` : menuRow.kind === 'group' ? `Actions for group ${menuRow.group.name}` : 'Actions'}
          entries={menuEntries(menuRow, menuRowIndex)}
          anchor={overlay.anchor}
          onClose={() => setOverlay(null)}
        />
      )}
      {confirm?.kind === 'task' && (
        <DeleteTaskDialog
          task={confirm.task}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            run({ type: 'deleteTask', taskId: confirm.task.id });
            setConfirm(null);
          }}
        />
      )}
      {confirm?.kind === 'group' && (
        <ConfirmDialog
          title={`Delete group “${confirm.group.name}”?`}
          confirmLabel="Delete group"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            run({ type: 'deleteGroup', groupId: confirm.group.id });
            setConfirm(null);
          }}
        >
          <p>
            {confirm.count > 0
              ? `Its ${confirm.count} ${confirm.count === 1 ? 'task stays' : 'tasks stay'} on the board, without a group.`
              : 'It has no tasks; nothing else changes.'}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function cellOf(grid: HTMLTableElement, key: string, col: number): HTMLElement | null {
  return grid.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(key)}"] [data-col="${col}"]`);
}

function messageOf(result: Result<unknown, CommandError>): string | null {
  return result.ok ? null : result.error.message;
}

/** The board with one folded group drawn open (for display only; the stored board keeps it folded). */
function withGroupOpen(board: Board, groupId: GroupId | null): Board {
  if (groupId === null || board.groups.every((group) => group.id !== groupId || group.collapsed !== true)) return board;
  return { ...board, groups: board.groups.map((group) => (group.id === groupId ? { ...group, collapsed: false } : group)) };
}

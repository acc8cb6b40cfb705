import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Board, RoleId, TaskId } from '../../../shared/domain/board';
import { compareWithCatalogue } from '../../../shared/catalogue/compareWithCatalogue';
import { CATALOGUE_ROLES } from '../../../shared/catalogue/articleCatalogue';
import type { CardOverlay } from '../lanes/TaskCard';
import type { Command } from '../../../shared/domain/command';
import type { Finding, RuleId } from '../../../shared/domain/rules/finding';
import { EMPTY_TASK_FILTER, filterTasks, type TaskFilter } from '../../../shared/domain/taskFilter';
import { routeHref } from '../app/route';
import { navigate } from '../app/useRoute';
import { exportBoardFile } from '../io/exportBoardFile';
import { currentTime } from '../ui/clock';
import { BrandMark } from '../ui/BrandMark';
import { LanesView } from '../lanes/LanesView';
import { loadCompareView } from '../compare/loadCompareView';
import { MatrixView } from '../matrix/MatrixView';
import { HealthPanel } from '../health/HealthPanel';
import { WorkloadChart } from '../health/WorkloadChart';
import { onMenuAction } from '../platform/onMenuAction';
import { FilterBar } from './FilterBar';
import { useBoardEditor, type SaveState } from './useBoardEditor';
import { useHoldUntilSaved } from './useHoldUntilSaved';
import { useLeaveWarning } from './useLeaveWarning';
import { useRuleReport } from './useRuleReport';
import { useHistoryState } from '../storage/useHistoryState';
import { StorageBanner } from '../safety/StorageBanner';
import { markFirstScreenShown } from '../app/firstScreenShown';
import { useScreenCode } from '../app/useScreenCode';

type View = 'lanes' | 'matrix' | 'compare';
type Panel = 'health' | 'workload' | null;

const VIEWS: readonly { id: View; label: string }[] = [
  { id: 'lanes', label: 'Lanes' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'compare', label: 'Compare' },
];

export function BoardScreen({ boardId }: { readonly boardId: string }) {
  const { board, dispatch, saveState, undo, redo, retry, conflict, dismissConflict, whenSaved, hasUnsavedEdits } = useBoardEditor(boardId);
  const holdUntilSaved = useHoldUntilSaved(whenSaved);
  useLeaveWarning(hasUnsavedEdits);
  const history = useHistoryState(boardId);
  const [lastStep, setLastStep] = useState<string | null>(null);
  const [view, setView] = useState<View>('lanes');
  // Its code loads when the view is first opened (loadCompareView.tsx).
  const renderCompareView = useScreenCode(view === 'compare', loadCompareView);
  const [panel, setPanel] = useState<Panel>(null);
  const [filter, setFilter] = useState<TaskFilter>(EMPTY_TASK_FILTER);
  const [selectedTaskId, setSelectedTaskId] = useState<TaskId | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [overlayOn, setOverlayOn] = useState(false);
  const overlay = useMemo(() => (board && overlayOn ? articleOverlay(board) : null), [board, overlayOn]);

  const report = useRuleReport(board);
  const { byTask, byRole } = useMemo(() => groupFindings(report?.findings ?? []), [report]);
  const visibleTaskIds = useMemo(() => (board && report ? filterTasks(board, filter, report.findings) : null), [board, filter, report]);
  const overloaded = useMemo(
    () => new Set((report?.findings ?? []).filter((f) => f.ruleId === 'overloaded-role' && f.roleId).map((f) => f.roleId as RoleId)),
    [report],
  );

  // A finding picked in the health panel must show its task: when the search or filter hides it,
  // the filter is cleared, and the filter bar says why.
  const [filterNote, setFilterNote] = useState<string | null>(null);
  const changeFilter = useCallback((next: TaskFilter) => {
    setFilter(next);
    setFilterNote(null);
  }, []);
  const selectTask = useCallback(
    (taskId: TaskId | null) => {
      setSelectedTaskId(taskId);
      if (taskId === null || visibleTaskIds === null || visibleTaskIds.has(taskId)) return;
      const title = board?.tasks.find((task) => task.id === taskId)?.title ?? 'the task';
      setFilter(EMPTY_TASK_FILTER);
      setFilterNote(`Filters cleared to show “${title}”.`);
    },
    [visibleTaskIds, board],
  );

  const apply = useCallback(
    (command: Command) => {
      const result = dispatch(command);
      setNotice(result.ok ? null : result.error.message);
    },
    [dispatch],
  );

  const exportFile = useCallback(
    async (kind: 'csv' | 'json') => {
      if (!board) return;
      const saved = await exportBoardFile(board, kind, new Date(currentTime()));
      setNotice(saved.ok ? null : saved.error);
      if (saved.ok && saved.value) setLastStep(`Exported to ${saved.value.path}`);
    },
    [board],
  );
  const openPrintView = useCallback(() => navigate(routeHref({ name: 'print', boardId, query: '' })), [boardId]);

  const runUndo = useCallback(async () => {
    const label = await undo();
    setLastStep(label === null ? 'Nothing to undo.' : `Undid: ${label}`);
  }, [undo]);
  const runRedo = useCallback(async () => {
    const label = await redo();
    setLastStep(label === null ? 'Nothing to redo.' : `Redid: ${label}`);
  }, [redo]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoShortcut(event);
      if (action === null || isTextField(event.target)) return;
      event.preventDefault();
      void (action === 'undo' ? runUndo() : runRedo());
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = onMenuAction((action) => {
      if (action === 'show-lanes') setView('lanes');
      else if (action === 'show-matrix') setView('matrix');
      else if (action === 'show-compare') setView('compare');
      else if (action === 'export-pdf') openPrintView();
      else if (action === 'export-csv') void exportFile('csv');
      else if (action === 'export-json') void exportFile('json');
      else if (action === 'undo' || action === 'redo') {
        // In a text field the menu's Undo undoes typing, as in any desktop app.
        if (isTextField(document.activeElement)) document.execCommand(action);
        else void (action === 'undo' ? runUndo() : runRedo());
      }
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [runUndo, runRedo, exportFile, openPrintView]);

  // Shown, or found missing: background work may start (see firstScreenShown).
  const settled = board !== undefined;
  useEffect(() => {
    if (settled) markFirstScreenShown();
  }, [settled]);

  if (board === undefined) return <p className="loading">Opening board…</p>;
  if (board === null || report === null) {
    return (
      <div className="app">
        <main className="main loading">
          <p>This board does not exist any more.</p>
          <a href={routeHref({ name: 'home' })}>Back to your boards</a>
        </main>
      </div>
    );
  }

  const togglePanel = (next: Exclude<Panel, null>) => setPanel((current) => (current === next ? null : next));
  const { error, warning } = report.bySeverity;

  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href={routeHref({ name: 'home' })} aria-label="All boards">
          <BrandMark />
        </a>
        <div className="board-toolbar">
          <h1 className="board-title" title={board.name}>
            {board.name}
          </h1>
          <div className="view-tabs" role="tablist" aria-label="Views">
            {VIEWS.map((v) => (
              <button key={v.id} type="button" role="tab" aria-selected={view === v.id} onClick={() => setView(v.id)}>
                {v.label}
              </button>
            ))}
          </div>
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            className="btn"
            aria-label="Undo"
            title={history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
            disabled={history.undoLabel === null}
            onClick={() => void runUndo()}
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="btn"
            aria-label="Redo"
            title={history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            disabled={history.redoLabel === null}
            onClick={() => void runRedo()}
          >
            ↷ Redo
          </button>
        </div>
        <div className="toolbar-group">
          <button
            type="button"
            className={`btn health-button${error > 0 ? ' has-errors' : warning > 0 ? ' has-warnings' : ''}`}
            aria-pressed={panel === 'health'}
            onClick={() => togglePanel('health')}
            aria-label={`Health: ${error} errors, ${warning} warnings`}
          >
            <span className="sev-dot sev-error" aria-hidden="true" />
            {error}
            <span className="sev-dot sev-warning" aria-hidden="true" />
            {warning}
            <span>Health</span>
          </button>
          <button type="button" className="btn" aria-pressed={panel === 'workload'} onClick={() => togglePanel('workload')}>
            Workload
          </button>
        </div>
        <div className="toolbar-group" role="group" aria-label="Export">
          <button type="button" className="btn" onClick={openPrintView}>
            Export PDF
          </button>
          <button type="button" className="btn" onClick={() => void exportFile('csv')}>
            Export CSV
          </button>
          <button type="button" className="btn" onClick={() => void exportFile('json')}>
            Export JSON
          </button>
        </div>
        <SaveIndicator state={saveState} />
        <span className="visually-hidden" role="status" aria-live="polite">
          {lastStep}
        </span>
      </header>
      {view !== 'compare' && (
        <FilterBar board={board} filter={filter} report={report} shown={visibleTaskIds?.size ?? null} note={filterNote} onChange={changeFilter}>
          {view === 'lanes' && (
            <button type="button" className="btn" aria-pressed={overlayOn} onClick={() => setOverlayOn((on) => !on)}>
              Article overlay
            </button>
          )}
        </FilterBar>
      )}
      <StorageBanner
        saveState={saveState}
        conflict={conflict}
        onExport={() => void exportFile('json')}
        onRetry={retry}
        onDismissConflict={dismissConflict}
      />
      {notice && (
        <div className="banner" role="alert">
          <p>{notice}</p>
          <button type="button" className="btn" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="board-body">
        <main className="main" aria-label={board.name}>
          {view === 'lanes' && (
            <LanesView
              board={board}
              dispatch={dispatch}
              holdUntilSaved={holdUntilSaved}
              visibleTaskIds={visibleTaskIds}
              highlightTaskId={selectedTaskId}
              findingsByTask={byTask}
              findingsByRole={byRole}
              overlay={overlay}
            />
          )}
          {view === 'matrix' && (
            <MatrixView board={board} dispatch={dispatch} findingsByTask={byTask} highlightTaskId={selectedTaskId} visibleTaskIds={visibleTaskIds} />
          )}
          {view === 'compare' && (renderCompareView?.({ board, dispatch }) ?? <p className="loading">Loading the compare view…</p>)}
        </main>
        {panel === 'health' && (
          <HealthPanel
            board={board}
            report={report}
            selectedTaskId={selectedTaskId}
            onSelectTask={selectTask}
            onApplyFix={apply}
            onFilterByRule={(ruleId: RuleId) => changeFilter({ ...EMPTY_TASK_FILTER, ruleId })}
          />
        )}
        {panel === 'workload' && <WorkloadChart board={board} overloaded={overloaded} />}
      </div>
    </div>
  );
}

/** For the lanes overlay: each catalogue task marked as agreeing or differing, with the article's reason. */
function articleOverlay(board: Board): ReadonlyMap<TaskId, CardOverlay> {
  const overlay = new Map<TaskId, CardOverlay>();
  for (const row of compareWithCatalogue(board).rows) {
    if (!row.task || row.status === 'missing') continue;
    const owner = CATALOGUE_ROLES.find((role) => role.id === row.articleOwner)?.name ?? 'another role';
    overlay.set(row.task.id, { status: row.status, text: `The article gives it to the ${owner.toLowerCase()}: ${row.activity.rationale}` });
  }
  return overlay;
}

/** Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
function undoShortcut(event: KeyboardEvent): 'undo' | 'redo' | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

function isTextField(target: EventTarget | Element | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'color', 'range', 'submit'].includes(target.type);
}

function groupFindings(findings: readonly Finding[]): {
  byTask: ReadonlyMap<TaskId, readonly Finding[]>;
  byRole: ReadonlyMap<RoleId, readonly Finding[]>;
} {
  const byTask = new Map<TaskId, Finding[]>();
  const byRole = new Map<RoleId, Finding[]>();
  for (const finding of findings) {
    if (finding.taskId !== undefined) byTask.set(finding.taskId, [...(byTask.get(finding.taskId) ?? []), finding]);
    else if (finding.roleId !== undefined) byRole.set(finding.roleId, [...(byRole.get(finding.roleId) ?? []), finding]);
  }
  return { byTask, byRole };
}

function SaveIndicator({ state }: { readonly state: SaveState }) {
  const text = state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? 'All changes saved' : 'Not saved';
  return (
    <span className="save-state" role="status">
      {text}
    </span>
  );
}

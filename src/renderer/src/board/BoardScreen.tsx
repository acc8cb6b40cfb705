import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RoleId, TaskId } from '../../../shared/domain/board';
import type { Command } from '../../../shared/domain/command';
import { checkBoard } from '../../../shared/domain/rules/checkBoard';
import type { Finding, RuleId } from '../../../shared/domain/rules/finding';
import { DEFAULT_RULE_SETTINGS } from '../../../shared/domain/rules/ruleSettings';
import { EMPTY_TASK_FILTER, filterTasks, type TaskFilter } from '../../../shared/domain/taskFilter';
import { routeHref } from '../app/route';
import { BrandMark } from '../ui/BrandMark';
import { LanesView } from '../lanes/LanesView';
import { HealthPanel } from '../health/HealthPanel';
import { WorkloadChart } from '../health/WorkloadChart';
import { onMenuAction } from '../platform/onMenuAction';
import { FilterBar } from './FilterBar';
import { useBoardEditor, type SaveState } from './useBoardEditor';

type View = 'lanes';
type Panel = 'health' | 'workload' | null;

const VIEWS: readonly { id: View; label: string }[] = [{ id: 'lanes', label: 'Lanes' }];

export function BoardScreen({ boardId }: { readonly boardId: string }) {
  const { board, dispatch, saveState } = useBoardEditor(boardId);
  const [view, setView] = useState<View>('lanes');
  const [panel, setPanel] = useState<Panel>(null);
  const [filter, setFilter] = useState<TaskFilter>(EMPTY_TASK_FILTER);
  const [selectedTaskId, setSelectedTaskId] = useState<TaskId | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const report = useMemo(() => (board ? checkBoard(board, board.ruleSettings ?? DEFAULT_RULE_SETTINGS) : null), [board]);
  const { byTask, byRole } = useMemo(() => groupFindings(report?.findings ?? []), [report]);
  const visibleTaskIds = useMemo(() => (board && report ? filterTasks(board, filter, report.findings) : null), [board, filter, report]);
  const overloaded = useMemo(
    () => new Set((report?.findings ?? []).filter((f) => f.ruleId === 'overloaded-role' && f.roleId).map((f) => f.roleId as RoleId)),
    [report],
  );

  const apply = useCallback(
    (command: Command) => {
      const result = dispatch(command);
      setNotice(result.ok ? null : result.error.message);
    },
    [dispatch],
  );

  useEffect(
    () =>
      onMenuAction((action) => {
        if (action === 'show-lanes') setView('lanes');
      }),
    [],
  );

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
        <SaveIndicator state={saveState} />
      </header>
      <FilterBar board={board} filter={filter} report={report} shown={visibleTaskIds?.size ?? null} onChange={setFilter} />
      {saveState.kind === 'failed' && (
        <div className="banner" role="alert">
          <p>{saveState.message} Your changes are kept in this window; they will be saved with your next edit.</p>
        </div>
      )}
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
              visibleTaskIds={visibleTaskIds}
              highlightTaskId={selectedTaskId}
              findingsByTask={byTask}
              findingsByRole={byRole}
            />
          )}
        </main>
        {panel === 'health' && (
          <HealthPanel
            board={board}
            report={report}
            selectedTaskId={selectedTaskId}
            onSelectTask={setSelectedTaskId}
            onApplyFix={apply}
            onFilterByRule={(ruleId: RuleId) => setFilter({ ...EMPTY_TASK_FILTER, ruleId })}
          />
        )}
        {panel === 'workload' && <WorkloadChart board={board} overloaded={overloaded} />}
      </div>
    </div>
  );
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

import { useState } from 'react';
import type { Board, TaskId } from '../../../shared/domain/board';
import type { Command } from '../../../shared/domain/command';
import type { Finding, RuleId } from '../../../shared/domain/rules/finding';
import type { RuleReport } from '../../../shared/domain/rules/checkBoard';
import { RULE_DESCRIPTIONS } from '../../../shared/domain/rules/ruleDescriptions';
import { RuleSettingsForm } from './RuleSettingsForm';

interface HealthPanelProps {
  readonly board: Board;
  readonly report: RuleReport;
  readonly selectedTaskId: TaskId | null;
  readonly onSelectTask: (taskId: TaskId | null) => void;
  readonly onApplyFix: (command: Command) => void;
  /** Show only the tasks with this rule's findings. */
  readonly onFilterByRule: (ruleId: RuleId) => void;
}

/** Every rule finding on the board, with counts, one-click fixes, and the rule settings. */
export function HealthPanel({ board, report, selectedTaskId, onSelectTask, onApplyFix, onFilterByRule }: HealthPanelProps) {
  const [showSettings, setShowSettings] = useState(false);
  const { error, warning } = report.bySeverity;
  return (
    <section className="side-panel" aria-label="Health">
      <header className="side-panel-header">
        <h2>Health</h2>
        <p className="health-summary" role="status">
          {error === 0 && warning === 0 ? (
            <span className="ok-text">No problems found</span>
          ) : (
            <>
              <span className="sev sev-error">{plural(error, 'error')}</span> ·{' '}
              <span className="sev sev-warning">{plural(warning, 'warning')}</span>
            </>
          )}
        </p>
        <button type="button" className="btn btn-ghost" aria-expanded={showSettings} onClick={() => setShowSettings((v) => !v)}>
          Rule settings
        </button>
      </header>
      {showSettings && <RuleSettingsForm board={board} onChange={onApplyFix} />}
      <ul className="finding-list" aria-label="Findings">
        {report.findings.map((finding, index) => (
          <FindingItem
            key={`${finding.ruleId}:${finding.taskId ?? finding.roleId ?? ''}:${index}`}
            finding={finding}
            selected={finding.taskId !== undefined && finding.taskId === selectedTaskId}
            onSelect={() => onSelectTask(finding.taskId ?? null)}
            onApplyFix={onApplyFix}
            onFilterByRule={onFilterByRule}
          />
        ))}
      </ul>
    </section>
  );
}

function FindingItem({
  finding,
  selected,
  onSelect,
  onApplyFix,
  onFilterByRule,
}: {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onApplyFix: (command: Command) => void;
  readonly onFilterByRule: (ruleId: RuleId) => void;
}) {
  const rule = RULE_DESCRIPTIONS[finding.ruleId];
  return (
    <li className={`finding finding-${finding.severity}${selected ? ' is-selected' : ''}`}>
      <div className="finding-head">
        <span className={`sev-dot sev-${finding.severity}`} aria-label={finding.severity === 'error' ? 'Error' : 'Warning'} />
        <button type="button" className="finding-title" onClick={() => onFilterByRule(finding.ruleId)} title={rule.explanation}>
          {rule.title}
        </button>
      </div>
      {finding.taskId !== undefined ? (
        <button type="button" className="finding-message" onClick={onSelect} aria-pressed={selected}>
          {finding.message}
        </button>
      ) : (
        <p className="finding-message">{finding.message}</p>
      )}
      {finding.fixes.length > 0 && (
        <div className="finding-fixes">
          {finding.fixes.map((fix) => (
            <button key={fix.label} type="button" className="btn btn-fix" onClick={() => onApplyFix(fix.command)}>
              {fix.label}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

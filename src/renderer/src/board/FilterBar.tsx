import type { ReactNode } from 'react';
import type { Board, Letter } from '../../../shared/domain/board';
import { LETTERS } from '../../../shared/domain/board';
import { RULE_IDS, isRuleId } from '../../../shared/domain/rules/finding';
import { RULE_DESCRIPTIONS } from '../../../shared/domain/rules/ruleDescriptions';
import type { RuleReport } from '../../../shared/domain/rules/checkBoard';
import { EMPTY_TASK_FILTER, isFilterActive, type TaskFilter } from '../../../shared/domain/taskFilter';

const LETTER_NAMES: Readonly<Record<Letter, string>> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };

interface FilterBarProps {
  readonly board: Board;
  readonly filter: TaskFilter;
  readonly report: RuleReport;
  readonly shown: number | null;
  /** Why the filter just changed by itself (e.g. cleared to show a picked finding's task). */
  readonly note?: string | null;
  readonly onChange: (filter: TaskFilter) => void;
  /** Extra controls for the current view, shown at the end of the bar. */
  readonly children?: ReactNode;
}

/** Search and filters for the lanes and the matrix; always visible, cleared in one click. */
export function FilterBar({ board, filter, report, shown, note = null, onChange, children }: FilterBarProps) {
  const active = isFilterActive(filter);
  return (
    <div className="filter-bar" role="search" aria-label="Search and filter">
      <input
        type="search"
        className="text-input search-input"
        placeholder="Search tasks…"
        aria-label="Search tasks"
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && filter.query !== '') {
            event.preventDefault();
            onChange({ ...filter, query: '' });
          }
        }}
      />
      <select
        className="select"
        aria-label="Filter by role"
        value={filter.roleId ?? ''}
        onChange={(event) => onChange({ ...filter, roleId: event.target.value === '' ? null : event.target.value })}
      >
        <option value="">Any role</option>
        {board.roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Filter by letter"
        value={filter.letter ?? ''}
        onChange={(event) => onChange({ ...filter, letter: LETTERS.find((l) => l === event.target.value) ?? null })}
      >
        <option value="">Any letter</option>
        {LETTERS.map((letter) => (
          <option key={letter} value={letter}>
            {letter} · {LETTER_NAMES[letter]}
          </option>
        ))}
      </select>
      <select
        className="select"
        aria-label="Filter by finding"
        value={filter.ruleId ?? ''}
        onChange={(event) => onChange({ ...filter, ruleId: isRuleId(event.target.value) ? event.target.value : null })}
      >
        <option value="">Any finding</option>
        {RULE_IDS.map((id) => (
          <option key={id} value={id}>
            {RULE_DESCRIPTIONS[id].title} ({report.byRule[id]})
          </option>
        ))}
      </select>
      {active && (
        <>
          <span className="filter-count" role="status">
            Showing {shown ?? board.tasks.length} of {board.tasks.length} tasks
          </span>
          <button type="button" className="btn btn-ghost" onClick={() => onChange(EMPTY_TASK_FILTER)}>
            Clear filters
          </button>
        </>
      )}
      {!active && note !== null && (
        <span className="filter-count filter-note" role="status">
          {note}
        </span>
      )}
      {children && <span className="filter-bar-end">{children}</span>}
    </div>
  );
}

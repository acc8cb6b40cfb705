import type { CSSProperties } from 'react';
import type { Board, Letter, RoleId } from '../../../shared/domain/board';
import { LETTERS } from '../../../shared/domain/board';
import { workloadOf } from '../../../shared/domain/workload';

const LETTER_NAMES: Readonly<Record<Letter, string>> = { R: 'responsible', A: 'accountable', C: 'consulted', I: 'informed' };

/** Per role, a stacked bar of R, A, C and I; roles the rule check calls overloaded are marked. */
export function WorkloadChart({ board, overloaded }: { readonly board: Board; readonly overloaded: ReadonlySet<RoleId> }) {
  const rows = workloadOf(board);
  const widest = Math.max(1, ...rows.map((row) => LETTERS.reduce((sum, l) => sum + row.counts[l], 0)));
  return (
    <section className="side-panel" aria-label="Workload">
      <header className="side-panel-header">
        <h2>Workload</h2>
        <ul className="legend" aria-label="Legend">
          {LETTERS.map((letter) => (
            <li key={letter}>
              <span className={`legend-swatch bar-${letter}`} aria-hidden="true" />
              {letter} {LETTER_NAMES[letter]}
            </li>
          ))}
        </ul>
      </header>
      <ul className="workload" aria-label="Letters per role">
        {rows.map((row) => {
          const total = LETTERS.reduce((sum, l) => sum + row.counts[l], 0);
          const isOver = overloaded.has(row.roleId);
          const words = LETTERS.map((l) => `${row.counts[l]} ${LETTER_NAMES[l]}`).join(', ');
          return (
            <li key={row.roleId} className={`workload-row${isOver ? ' is-overloaded' : ''}`} aria-label={`${row.name}: ${words}${isOver ? '. Overloaded' : ''}`}>
              <div className="workload-name">
                <span className="chip-dot" style={{ '--chip-colour': row.colour } as CSSProperties} aria-hidden="true" />
                <span>{row.name}</span>
                {isOver && <span className="overload-tag">Overloaded</span>}
                <span className="workload-total">
                  {total} {total === 1 ? 'letter' : 'letters'}
                </span>
              </div>
              <div className="bar" aria-hidden="true">
                {total === 0 && <span className="bar-empty">Nothing assigned</span>}
                {LETTERS.map((letter) =>
                  row.counts[letter] > 0 ? (
                    <span
                      key={letter}
                      className={`bar-seg bar-${letter}`}
                      style={{ width: `${(row.counts[letter] / widest) * 100}%` }}
                      title={`${row.counts[letter]} ${LETTER_NAMES[letter]}`}
                    >
                      {row.counts[letter]}
                    </span>
                  ) : null,
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

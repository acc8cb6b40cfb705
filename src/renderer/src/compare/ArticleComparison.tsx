import { useMemo, useState } from 'react';
import type { Board, RoleId } from '../../../shared/domain/board';
import type { Command, CommandError } from '../../../shared/domain/command';
import type { Result } from '../../../shared/domain/result';
import { CATALOGUE_ROLES, CATALOGUE_SECTIONS, type CatalogueQuestion } from '../../../shared/catalogue/articleCatalogue';
import { compareWithCatalogue, type ComparisonRow, type ComparisonStatus } from '../../../shared/catalogue/compareWithCatalogue';
import {
  addMissingActivities,
  keepMine,
  resetToArticleDefaults,
  stopKeepingMine,
  articleOwnerCommand,
} from '../../../shared/catalogue/compareActions';
import { ArticleSourceNote } from '../ui/ArticleSourceNote';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { newId } from '../ui/newId';

type StatusFilter = ComparisonStatus | 'all';

const STATUS_LABELS: Readonly<Record<ComparisonStatus, string>> = { agrees: 'Agrees', differs: 'Differs', missing: 'Missing' };
const STATUS_ORDER: Readonly<Record<ComparisonStatus, number>> = { differs: 0, missing: 1, agrees: 2 };
const LETTER_WORDS: Readonly<Record<'C' | 'I', string>> = { C: 'consulted', I: 'informed' };
const QUESTIONS: readonly CatalogueQuestion[] = ['What', 'Why', 'When', 'How'];

interface ArticleComparisonProps {
  readonly board: Board;
  readonly dispatch: (command: Command) => Result<Board, CommandError>;
}

export function ArticleComparison({ board, dispatch }: ArticleComparisonProps) {
  const comparison = useMemo(() => compareWithCatalogue(board), [board]);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [confirmReset, setConfirmReset] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const roleName = (id: RoleId) => board.roles.find((role) => role.id === id)?.name ?? 'a lane';
  const run = (command: Command | null) => {
    if (!command) return;
    const result = dispatch(command);
    setMessage(result.ok ? null : result.error.message);
  };

  // Probed with a throwaway id source: only whether there is anything to reset matters here.
  const resetNeeded = useMemo(() => resetToArticleDefaults(board, () => 'probe') !== null, [board]);
  const { score } = comparison;
  const counts = { agrees: 0, differs: 0, missing: 0 };
  for (const row of comparison.rows) counts[row.status] += 1;
  // What needs a decision comes first: differing rows, then missing ones, then those that agree.
  const rows = status === 'all' ? [...comparison.rows].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]) : comparison.rows.filter((row) => row.status === status);

  return (
    <div className="compare-article">
      <section className="score-card" aria-label="Agreement with the article">
        <div className="score-main">
          <div className="score-figure" role="status">
            <strong>{score.present === 0 ? '—' : `${score.agreeing} of ${score.present}`}</strong>
            <span>{score.present === 0 ? 'No activity from the article on this board yet' : `agree with the article (${score.percent}%)`}</span>
          </div>
          <ul className="score-counts" aria-label="Counts">
            <li>
              <span className="status-dot status-agrees" aria-hidden="true" /> {counts.agrees} agree
            </li>
            <li>
              <span className="status-dot status-differs" aria-hidden="true" /> {counts.differs} differ
              {score.keptDiffering > 0 ? ` (${score.keptDiffering} kept on purpose)` : ''}
            </li>
            <li>
              <span className="status-dot status-missing" aria-hidden="true" /> {counts.missing} missing
            </li>
            <li>{comparison.extras.length} of your own</li>
          </ul>
        </div>
        <QuestionChart byQuestion={comparison.byQuestion} />
        <ArticleSourceNote />
        <div className="score-actions">
          <button type="button" className="btn" disabled={counts.missing === 0} onClick={() => run(addMissingActivities(board, newId))}>
            Add missing activities
          </button>
          <button
            type="button"
            className="btn"
            disabled={!resetNeeded}
            aria-describedby={resetNeeded ? undefined : 'reset-not-needed'}
            onClick={() => setConfirmReset(true)}
          >
            Reset to article defaults
          </button>
          {!resetNeeded && (
            <span id="reset-not-needed" className="muted small">
              Nothing to reset: every activity is on the board, owned as the article says.
            </span>
          )}
        </div>
      </section>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="segmented" role="radiogroup" aria-label="Show">
        {(['all', 'agrees', 'differs', 'missing'] as const).map((value) => (
          <button key={value} type="button" role="radio" aria-checked={status === value} onClick={() => setStatus(value)}>
            {value === 'all' ? `All (${comparison.rows.length})` : `${STATUS_LABELS[value]} (${counts[value]})`}
          </button>
        ))}
      </div>
      <table className="compare-table" aria-label="Activities compared with the article">
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col">Your owner</th>
            <th scope="col">Article’s owner</th>
            <th scope="col">Status</th>
            <th scope="col">Why, in the article</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CompareRow
              key={row.activity.id}
              row={row}
              roleName={roleName}
              onUseArticleOwner={() => run(articleOwnerCommand(board, row.activity.id))}
              canUseArticleOwner={articleOwnerCommand(board, row.activity.id) !== null}
              onKeepMine={(note) => row.task && run(keepMine(row.task.id, note))}
              onStopKeeping={() => row.task && run(stopKeepingMine(row.task.id))}
            />
          ))}
        </tbody>
      </table>
      {comparison.extras.length > 0 && (
        <section className="extras" aria-label="Your tasks the article does not cover">
          <h3>Your tasks the article does not cover</h3>
          <ul>
            {comparison.extras.map((task) => (
              <li key={task.id}>{task.title}</li>
            ))}
          </ul>
        </section>
      )}
      {confirmReset && (
        <ConfirmDialog
          title="Reset to the article’s defaults?"
          confirmLabel="Reset"
          onCancel={() => setConfirmReset(false)}
          onConfirm={() => {
            setConfirmReset(false);
            run(resetToArticleDefaults(board, newId));
          }}
        >
          <p>
            Every activity from the article gets the article’s owner, missing ones are added, and “Keep mine” choices are
            withdrawn. Your own tasks stay as they are. You can undo this.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function CompareRow({
  row,
  roleName,
  onUseArticleOwner,
  canUseArticleOwner,
  onKeepMine,
  onStopKeeping,
}: {
  readonly row: ComparisonRow;
  readonly roleName: (id: RoleId) => string;
  readonly onUseArticleOwner: () => void;
  readonly canUseArticleOwner: boolean;
  readonly onKeepMine: (note: string) => void;
  readonly onStopKeeping: () => void;
}) {
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState(row.note ?? '');
  const articleRole = CATALOGUE_ROLES.find((role) => role.id === row.articleOwner);
  const title = row.task?.title ?? row.activity.title;
  const yours = row.status === 'missing' ? 'Not on your board' : row.yourOwners.length === 0 ? 'Unassigned' : row.yourOwners.map(roleName).join(' and ');
  const suggestions = row.suggestions.filter((s) => s.roleId !== undefined);
  return (
    <tr className={`compare-row status-row-${row.status}`} aria-label={title}>
      <th scope="row">
        <div className="activity-title">{title}</div>
        {row.task && row.task.title !== row.activity.title && <div className="muted small">Article: {row.activity.title}</div>}
        <div className="muted small">Question: {row.activity.question}</div>
      </th>
      <td className="owner-cell">{yours}</td>
      <td className="owner-cell">{articleRole?.name}</td>
      <td>
        <span className={`status-pill status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
        {row.kept && (
          <div className="kept">
            {row.status === 'agrees' ? 'Kept on purpose before, now agrees' : 'Kept on purpose'}
            {row.note ? `: ${row.note}` : ''}
          </div>
        )}
      </td>
      <td className="rationale">
        <div>{row.activity.rationale}</div>
        <div className="muted small">Section: {row.activity.sections.map((code) => CATALOGUE_SECTIONS[code]).join('; ')}</div>
        {suggestions.length > 0 && (
          <div className="suggestion small">
            Our suggestion, not the article’s:{' '}
            {suggestions.map((s) => `${roleName(s.roleId as RoleId)} ${s.letter} (${LETTER_WORDS[s.letter]})${s.held ? ', already set' : ''}`).join('; ')}
          </div>
        )}
      </td>
      <td className="row-actions">
        {row.status === 'agrees' && row.kept && (
          <button type="button" className="btn btn-ghost" onClick={onStopKeeping} aria-label={`Clear the kept note for ${title}`}>
            Clear note
          </button>
        )}
        {row.status === 'differs' && (
          <>
            <button type="button" className="btn btn-fix" onClick={onUseArticleOwner} disabled={!canUseArticleOwner} aria-label={`Use the article's owner for ${title}`}>
              Use the article’s owner
            </button>
            {row.kept ? (
              <button type="button" className="btn btn-ghost" onClick={onStopKeeping} aria-label={`Stop keeping mine for ${title}`}>
                Stop keeping mine
              </button>
            ) : noting ? (
              <form
                className="keep-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  onKeepMine(note);
                  setNoting(false);
                }}
              >
                <input
                  className="text-input"
                  aria-label={`Why keep your owner for ${title} (optional)`}
                  placeholder="Why? (optional)"
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                  autoFocus
                />
                <button type="submit" className="btn btn-primary">
                  Keep
                </button>
              </form>
            ) : (
              <button type="button" className="btn btn-ghost" onClick={() => setNoting(true)} aria-label={`Keep mine for ${title}`}>
                Keep mine
              </button>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

function QuestionChart({ byQuestion }: { readonly byQuestion: ReturnType<typeof compareWithCatalogue>['byQuestion'] }) {
  return (
    <ul className="question-chart" aria-label="Agreement by question">
      {QUESTIONS.map((question) => {
        const q = byQuestion[question];
        const agreeing = q.total === 0 ? 0 : (q.agreeing / q.total) * 100;
        const differing = q.total === 0 ? 0 : ((q.present - q.agreeing) / q.total) * 100;
        return (
          <li key={question} aria-label={`${question}: ${q.agreeing} of ${q.present} agree, ${q.total - q.present} missing`}>
            <span className="question-name">{question}</span>
            <span className="question-bar" aria-hidden="true">
              <span className="seg-agrees" style={{ width: `${agreeing}%` }} />
              <span className="seg-differs" style={{ width: `${differing}%` }} />
            </span>
            <span className="question-count">
              {q.agreeing}/{q.present}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

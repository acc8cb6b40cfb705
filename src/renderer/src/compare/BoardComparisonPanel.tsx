import { useMemo, useState } from 'react';
import type { Board, LetterSet } from '../../../shared/domain/board';
import { compareBoards } from '../../../shared/domain/compareBoards';
import { formatLetters } from '../../../shared/domain/letterSet';
import { useBoard } from '../storage/useBoard';
import { useBoardSummaries } from '../storage/useBoardSummaries';

/** This board against another saved board: owners that changed, letters that changed, tasks in only one. */
export function BoardComparisonPanel({ board }: { readonly board: Board }) {
  const summaries = useBoardSummaries();
  const others = (summaries ?? []).filter((summary) => summary.id !== board.id);
  const [otherId, setOtherId] = useState<string>('');
  const other = useBoard(otherId);

  return (
    <div className="compare-boards">
      <label className="label" htmlFor="compare-other-board">
        Compare “{board.name}” with
      </label>
      <select id="compare-other-board" className="select" value={otherId} onChange={(event) => setOtherId(event.target.value)}>
        <option value="">Choose a board…</option>
        {others.map((summary) => (
          <option key={summary.id} value={summary.id}>
            {summary.name}
          </option>
        ))}
      </select>
      {others.length === 0 && summaries !== undefined && <p className="muted">There is no other board to compare with yet.</p>}
      {otherId !== '' && other === null && <p className="field-error">That board no longer exists.</p>}
      {other && <BoardDiffTables a={board} b={other} />}
    </div>
  );
}

function BoardDiffTables({ a, b }: { readonly a: Board; readonly b: Board }) {
  const diff = useMemo(() => compareBoards(a, b), [a, b]);
  const letters = (set: LetterSet) => formatLetters(set) || '—';
  return (
    <div className="board-diff">
      <ul className="score-counts" aria-label="Differences">
        <li>{countOf(diff.counts.ownerChanges, 'owner', 'owners')} changed</li>
        <li>{countOf(diff.counts.cellChanges, 'cell', 'cells')} changed</li>
        <li>
          {diff.counts.tasksOnlyInA} only in “{a.name}”
        </li>
        <li>
          {diff.counts.tasksOnlyInB} only in “{b.name}”
        </li>
      </ul>
      <section aria-label="Owners that changed">
        <h3>Owners that changed</h3>
        {diff.ownerChanges.length === 0 ? (
          <p className="muted">Every task shared by both boards has the same owner.</p>
        ) : (
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">In “{a.name}”</th>
                <th scope="col">In “{b.name}”</th>
              </tr>
            </thead>
            <tbody>
              {diff.ownerChanges.map((change) => (
                <tr key={change.task.id}>
                  <th scope="row">{change.task.title}</th>
                  <td>{change.from?.name ?? 'Unassigned'}</td>
                  <td>{change.to?.name ?? 'Unassigned'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-label="Letters that changed">
        <h3>Letters that changed</h3>
        {diff.cellChanges.length === 0 ? (
          <p className="muted">No letter differs between the shared tasks and lanes.</p>
        ) : (
          <table className="compare-table">
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Lane</th>
                <th scope="col">In “{a.name}”</th>
                <th scope="col">In “{b.name}”</th>
              </tr>
            </thead>
            <tbody>
              {diff.cellChanges.map((change) => (
                <tr key={`${change.task.id}:${change.role.id}`}>
                  <th scope="row">{change.task.title}</th>
                  <td>{change.role.name}</td>
                  <td>{letters(change.before)}</td>
                  <td>{letters(change.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <div className="only-lists">
        <OnlyIn title={`Only in “${a.name}”`} tasks={diff.tasksOnlyInA.map((t) => t.title)} roles={diff.rolesOnlyInA.map((r) => r.name)} />
        <OnlyIn title={`Only in “${b.name}”`} tasks={diff.tasksOnlyInB.map((t) => t.title)} roles={diff.rolesOnlyInB.map((r) => r.name)} />
      </div>
    </div>
  );
}

function OnlyIn({ title, tasks, roles }: { readonly title: string; readonly tasks: readonly string[]; readonly roles: readonly string[] }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {tasks.length === 0 && roles.length === 0 ? (
        <p className="muted">Nothing.</p>
      ) : (
        <ul>
          {roles.map((name) => (
            <li key={`role:${name}`}>Lane: {name}</li>
          ))}
          {tasks.map((name, index) => (
            <li key={`task:${index}`}>{name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

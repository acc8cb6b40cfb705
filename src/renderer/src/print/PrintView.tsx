import { Fragment, useEffect, useLayoutEffect, useMemo, type CSSProperties } from 'react';
import type { Board, Letter, LetterSet, RoleId } from '../../../shared/domain/board';
import { LETTERS } from '../../../shared/domain/board';
import { cellIndex, cellKey } from '../../../shared/domain/cellIndex';
import { NO_LETTERS } from '../../../shared/domain/letterSet';
import { laneContents } from '../../../shared/domain/laneContents';
import { matrixSections } from '../../../shared/domain/matrixRows';
import { checkBoard } from '../../../shared/domain/rules/checkBoard';
import { DEFAULT_RULE_SETTINGS } from '../../../shared/domain/rules/ruleSettings';
import { RULE_DESCRIPTIONS } from '../../../shared/domain/rules/ruleDescriptions';
import { compareWithCatalogue } from '../../../shared/catalogue/compareWithCatalogue';
import { ARTICLE_SOURCE, CATALOGUE_ROLES, CATALOGUE_SECTIONS } from '../../../shared/catalogue/articleCatalogue';
import { routeHref } from '../app/route';
import { navigate } from '../app/useRoute';
import { PrintToolbar } from './PrintToolbar';
import { usePrintedBoard } from './usePrintedBoard';
import { parsePrintOptions, printQuery, type PrintOptions } from './printOptions';
import './printView.css';

const LETTER_NAMES: Readonly<Record<Letter, string>> = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };
const LETTER_MEANINGS: Readonly<Record<Letter, string>> = {
  R: 'does the work',
  A: 'answers for the result; one per task',
  C: 'is asked before decisions',
  I: 'is kept up to date',
};

/**
 * The print view of a board (route #/print/<id>): plain, paginated HTML with real text. The desktop
 * app prints it to PDF in a hidden window; the web edition opens the browser's print dialog.
 */
export function PrintView({ boardId, query }: { readonly boardId: string; readonly query: string }) {
  const board = usePrintedBoard(boardId);
  const options = useMemo(() => parsePrintOptions(query), [query]);

  useEffect(() => {
    const body = document.body;
    body.classList.add('print-mode');
    return () => {
      body.classList.remove('print-mode');
      delete body.dataset.printReady;
      delete body.dataset.printError;
    };
  }, []);

  // Ready as soon as the document is in the page (a layout effect runs before the browser paints):
  // printing lays the page out for paper itself, so waiting for the screen to lay it out and paint
  // first only delays the PDF (and a hidden window, the desktop app's, may never paint). Nothing is
  // left to load: the app uses only fonts installed on the computer (no @font-face) and the print
  // view has no images.
  useLayoutEffect(() => {
    if (board === undefined) return;
    if (board === null) document.body.dataset.printError = 'This board does not exist any more.';
    else document.body.dataset.printReady = 'true';
  }, [board]);

  useEffect(() => {
    if (board && options.autoprint) window.print();
  }, [board, options.autoprint]);

  if (board === undefined) return <p className="loading">Preparing the print view…</p>;
  if (board === null) return <p className="loading">This board does not exist any more.</p>;

  const change = (next: PrintOptions) => navigate(routeHref({ name: 'print', boardId, query: printQuery({ ...next, autoprint: false }) }));
  return (
    <>
      <style>{`@page { size: ${options.paper} ${options.orientation}; margin: 12mm; }`}</style>
      <PrintToolbar board={board} options={options} onChange={change} />
      <PrintDocument board={board} options={options} now={board.updatedAt} />
    </>
  );
}

export function PrintDocument({ board, options, now }: { readonly board: Board; readonly options: PrintOptions; readonly now: number }) {
  const show = (part: PrintOptions['parts'][number]) => options.parts.includes(part);
  return (
    <article className={options.unattended ? 'print-doc unattended' : 'print-doc'} aria-label={`Print view of ${board.name}`}>
      <header className="print-masthead">
        <h1>{board.name}</h1>
        <p className="print-meta">
          {[
            'RACI chart',
            `${board.roles.length} roles`,
            `${board.tasks.length} tasks`,
            `last edited ${new Date(now).toLocaleDateString(undefined, { dateStyle: 'long' })}`,
          ].map((fact, index) => (
            <Fragment key={index}>
              {index > 0 && ' · '}
              <span>{fact}</span>
            </Fragment>
          ))}
        </p>
        {show('legend') && <Legend />}
      </header>
      {show('lanes') && <LanesSection board={board} />}
      {show('matrix') && <MatrixSection board={board} />}
      {show('findings') && <FindingsSection board={board} />}
      {show('comparison') && <ComparisonSection board={board} />}
    </article>
  );
}

function Legend() {
  return (
    <dl className="print-key" aria-label="Legend">
      {LETTERS.map((letter) => (
        <div key={letter}>
          <dt className={`letter letter-${letter}`}>{letter}</dt>
          <dd>
            <strong>{LETTER_NAMES[letter]}</strong> {LETTER_MEANINGS[letter]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function LanesSection({ board }: { readonly board: Board }) {
  const contents = laneContents(board);
  const lanes = [
    ...board.roles.map((role) => ({ key: role.id, name: role.name, colour: role.colour, tasks: contents.byRole.get(role.id) ?? [] })),
    ...(contents.unassigned.length > 0 ? [{ key: 'pool', name: 'Unassigned', colour: '#8a91a1', tasks: contents.unassigned }] : []),
  ];
  return (
    <section className="print-section" aria-label="Lanes">
      <h2>Who is accountable</h2>
      <div className="print-lanes">
        {lanes.map((lane) => (
          <div key={lane.key} className="print-lane" style={{ '--lane-colour': lane.colour } as CSSProperties}>
            <h3>
              {lane.name} <span>({lane.tasks.length})</span>
            </h3>
            <ul>
              {lane.tasks.map((task) => (
                <li key={task.id}>{task.title}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function MatrixSection({ board }: { readonly board: Board }) {
  const cells = cellIndex(board);
  const groupNames = new Map(board.groups.map((group) => [group.id, group.name]));
  const sections = [...matrixSections(board)]
    .filter(([groupId, tasks]) => tasks.length > 0 || groupId !== null)
    .map(([groupId, tasks]) => ({ name: groupId === null ? null : (groupNames.get(groupId) ?? ''), tasks }));
  const grouped = board.groups.length > 0;
  // Left to itself the table squeezes the task column (a dozen role names claim the width), so
  // titles wrap and rows double in height. The task column takes what the roles leave at about 15%
  // each, never less than 30%; each column stays at least as wide as its longest word.
  const taskWidth = `${Math.max(30, 100 - 15 * board.roles.length)}%`;
  return (
    <section className="print-section" aria-label="Matrix">
      <h2>RACI matrix</h2>
      {sections.map((section, index) => (
        <Fragment key={index}>
          {grouped && <h3 className="print-group">{section.name === null ? 'Not in a group' : section.name}</h3>}
          <table className="print-matrix">
            <thead>
              <tr>
                <th scope="col" style={{ width: taskWidth }}>
                  Task
                </th>
                {board.roles.map((role) => (
                  <th key={role.id} scope="col" style={{ '--lane-colour': role.colour } as CSSProperties}>
                    {role.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.tasks.map((task) => (
                <tr key={task.id}>
                  <th scope="row">{task.title}</th>
                  {board.roles.map((role) => letterCell(role.id, cells.get(cellKey(task.id, role.id)) ?? NO_LETTERS))}
                </tr>
              ))}
            </tbody>
          </table>
        </Fragment>
      ))}
    </section>
  );
}

/**
 * A matrix cell: its letters (a set is kept in R, A, C, I order), each in its colour. A 1,000-row
 * board has 12,000 of them, so every node counts: the cell is a plain element, not a component of
 * its own, and a lone letter (most cells) is coloured by the cell itself rather than by a span.
 */
function letterCell(key: RoleId, letters: LetterSet) {
  const [first] = letters;
  if (first === undefined) return <td key={key} />;
  if (letters.length === 1)
    return (
      <td key={key} className={`letter letter-${first}`}>
        {first}
      </td>
    );
  return (
    <td key={key}>
      {letters.map((letter, index) => (
        <Fragment key={letter}>
          {index > 0 && '/'}
          <span className={`letter letter-${letter}`}>{letter}</span>
        </Fragment>
      ))}
    </td>
  );
}

function FindingsSection({ board }: { readonly board: Board }) {
  const report = checkBoard(board, board.ruleSettings ?? DEFAULT_RULE_SETTINGS);
  return (
    <section className="print-section" aria-label="Rule findings">
      <h2>Rule findings</h2>
      {report.findings.length === 0 ? (
        <p>No problems found: every task has one accountable role and someone responsible.</p>
      ) : (
        <>
          <p>
            {report.bySeverity.error} errors, {report.bySeverity.warning} warnings.
          </p>
          <ul className="print-findings">
            {report.findings.map((finding, index) => (
              <li key={index} className={`sev-${finding.severity}`}>
                <strong>{RULE_DESCRIPTIONS[finding.ruleId].title}:</strong> {finding.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ComparisonSection({ board }: { readonly board: Board }) {
  const comparison = compareWithCatalogue(board);
  const roleName = (id: RoleId) => board.roles.find((role) => role.id === id)?.name ?? '';
  const present = comparison.rows.filter((row) => row.status !== 'missing');
  return (
    <section className={present.length > 0 ? 'print-section print-comparison' : 'print-section'} aria-label="Comparison with the article">
      <h2>Compared with the article’s defaults</h2>
      <p>
        {comparison.score.present === 0
          ? 'No activity from the article is on this board.'
          : `${comparison.score.agreeing} of ${comparison.score.present} activities agree with the article (${comparison.score.percent}%).`}{' '}
        Source: “{ARTICLE_SOURCE.title}”, {ARTICLE_SOURCE.publisher}, {ARTICLE_SOURCE.date}; reasons in this app’s own words.
      </p>
      {present.length > 0 && (
        <table className="print-matrix print-compare">
          <thead>
            <tr>
              <th scope="col">Activity</th>
              <th scope="col">Your owner</th>
              <th scope="col">Article’s owner</th>
              <th scope="col">Status</th>
              <th scope="col">Why, and section</th>
            </tr>
          </thead>
          <tbody>
            {present.map((row) => (
              <tr key={row.activity.id}>
                <th scope="row">{row.task?.title ?? row.activity.title}</th>
                <td>{row.yourOwners.map(roleName).join(' and ') || 'Unassigned'}</td>
                <td>{CATALOGUE_ROLES.find((role) => role.id === row.articleOwner)?.name}</td>
                <td>
                  {row.status === 'agrees' ? 'Agrees' : 'Differs'}
                  {row.kept ? ` (kept${row.note ? `: ${row.note}` : ''})` : ''}
                </td>
                <td>
                  {row.activity.rationale} <em>({row.activity.sections.map((code) => CATALOGUE_SECTIONS[code]).join('; ')})</em>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

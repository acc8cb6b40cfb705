import { memo, useMemo, useState } from 'react';
import type { Board } from '../../../shared/domain/board';
import type { CsvImportPreview } from '../../../shared/codecs/parseCsvImport';
import { previewToBoard } from '../../../shared/codecs/previewToBoard';
import { formatLetters } from '../../../shared/domain/letterSet';
import { applyCommand } from '../../../shared/domain/commands';
import { validateName } from '../../../shared/domain/validateName';
import { Modal } from '../ui/Modal';
import { newId } from '../ui/newId';
import { currentTime } from '../ui/clock';
import type { ImportPreview } from './parseImport';

const SHAPE_NAMES: Readonly<Record<CsvImportPreview['shape'], string>> = {
  matrix: 'Matrix: a column per role holding letters',
  'letter-columns': 'Letter columns: Responsible, Accountable, Consulted, Informed holding role names',
  long: 'Long: one row per assignment (task, role, letter)',
};
const DELIMITER_NAMES: Readonly<Record<CsvImportPreview['delimiter'], string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };
const PREVIEW_ROWS = 40;

export type ImportState =
  | { readonly stage: 'reading'; readonly fileName: string; readonly size: number }
  | { readonly stage: 'preview'; readonly preview: ImportPreview }
  | { readonly stage: 'failed'; readonly fileName: string; readonly message: string };

interface ImportDialogProps {
  readonly state: ImportState;
  /** Writes the board (one transaction); resolves to an error message, or null when saved. */
  readonly onConfirm: (board: Board) => Promise<string | null>;
  readonly onCancel: () => void;
}

/** Shows what a file holds, and every problem with its line, before anything is written. */
export function ImportDialog({ state, onConfirm, onCancel }: ImportDialogProps) {
  const preview = state.stage === 'preview' ? state.preview : null;
  const [name, setName] = useState(preview ? defaultName(preview) : '');
  // The dialog shows the reading stage first; the preview that follows proposes the board's name.
  const [namedFor, setNamedFor] = useState(preview);
  if (preview !== namedFor) {
    setNamedFor(preview);
    if (preview) setName(defaultName(preview));
  }
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const built = useMemo(() => (state.stage === 'preview' ? buildBoard(state.preview) : null), [state]);
  const blocking = built !== null && !built.ok ? built.error : null;

  const confirm = async () => {
    if (!built?.ok) return;
    const checked = validateName(name, 'board');
    if (!checked.ok) return setError(checked.error.message);
    const renamed = applyCommand(built.value, { type: 'renameBoard', name: checked.value }, built.value.updatedAt);
    if (!renamed.ok) return setError(renamed.error.message);
    setSaving(true);
    const problem = await onConfirm(renamed.value);
    setSaving(false);
    setError(problem);
  };

  return (
    <Modal
      title="Import"
      onClose={onCancel}
      onSubmit={() => void confirm()}
      actions={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          {state.stage === 'preview' && (
            <button type="submit" className="btn btn-primary" disabled={saving || blocking !== null}>
              Import board
            </button>
          )}
        </>
      }
    >
      {state.stage === 'reading' && (
        <div role="status" className="import-progress">
          <progress aria-label="Reading the file" />
          <p>
            Reading {state.fileName} ({formatBytes(state.size)})…
          </p>
        </div>
      )}
      {state.stage === 'failed' && (
        <p className="field-error" role="alert">
          {state.fileName}: {state.message} Nothing was imported.
        </p>
      )}
      {state.stage === 'preview' && (
        <div className="import-preview">
          <label className="label" htmlFor="import-board-name">
            Name of the new board
          </label>
          <input id="import-board-name" className="text-input" value={name} onChange={(e) => setName(e.target.value)} />
          {state.preview.kind === 'json' ? <JsonSummary board={state.preview.board} warnings={state.preview.warnings} /> : <CsvSummary preview={state.preview.preview} />}
          {blocking && (
            <p className="field-error" role="alert">
              {blocking}
            </p>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </Modal>
  );
}

function JsonSummary({ board, warnings }: { readonly board: Board; readonly warnings: readonly string[] }) {
  return (
    <>
      <p className="import-facts">
        RACI Board file · {board.roles.length} roles · {board.tasks.length} tasks · {board.groups.length} groups
      </p>
      <Problems items={warnings.map((message) => ({ message, severity: 'warning' as const }))} />
    </>
  );
}

// Memoised: typing the board's name or saving re-renders the dialog, not a summary of 10,000 letters.
const CsvSummary = memo(function CsvSummary({ preview }: { readonly preview: CsvImportPreview }) {
  // Only the rows shown need their letters.
  const letters = new Map<string, string>();
  for (const a of preview.assignments) if (a.task < PREVIEW_ROWS) letters.set(`${a.task}:${a.role}`, formatLetters(a.letters));
  return (
    <>
      <p className="import-facts">
        <span>Shape: {SHAPE_NAMES[preview.shape]}</span>
        <span>
          {preview.tasks.length} tasks · {preview.roles.length} roles · {preview.groups.length} groups · {DELIMITER_NAMES[preview.delimiter]}-separated
        </span>
      </p>
      <div className="import-table-wrap">
        <table className="compare-table import-table" aria-label="Tasks to import">
          <thead>
            <tr>
              <th scope="col">Task</th>
              {preview.groups.length > 0 && <th scope="col">Group</th>}
              {preview.roles.map((role) => (
                <th key={role} scope="col">
                  {role}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.tasks.slice(0, PREVIEW_ROWS).map((task, t) => (
              <tr key={t}>
                <th scope="row">{task.title}</th>
                {preview.groups.length > 0 && <td>{task.group ?? ''}</td>}
                {preview.roles.map((role, r) => (
                  <td key={role}>{letters.get(`${t}:${r}`) ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.tasks.length > PREVIEW_ROWS && <p className="muted small">…and {preview.tasks.length - PREVIEW_ROWS} more tasks.</p>}
      <Problems items={preview.problems} />
    </>
  );
});

function Problems({ items }: { readonly items: readonly { line?: number; message: string; severity: 'error' | 'warning' }[] }) {
  if (items.length === 0) return <p className="ok-text">No problems found.</p>;
  return (
    <ul className="import-problems" aria-label="Problems">
      {items.map((item, index) => (
        <li key={index} className={`sev-${item.severity}`}>
          {item.line !== undefined && <strong>Line {item.line}: </strong>}
          {item.message}
        </li>
      ))}
    </ul>
  );
}

function buildBoard(preview: ImportPreview) {
  if (preview.kind === 'json') return { ok: true as const, value: preview.board };
  return previewToBoard(preview.preview, { id: newId(), name: defaultName(preview), now: currentTime(), newId });
}

function defaultName(preview: ImportPreview): string {
  if (preview.kind === 'json') return preview.board.name;
  const base = preview.fileName.replace(/\.[^.]+$/, '').trim();
  return base === '' ? 'Imported board' : base.slice(0, 120);
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

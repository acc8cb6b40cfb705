import { useEffect, useState } from 'react';
import { onExportProgress } from '../platform/onExportProgress';
import type { Board } from '../../../shared/domain/board';
import { routeHref } from '../app/route';
import { exportPdf, isDesktop } from '../platform/exportPdf';
import { PRINT_PARTS, exportFileName, type PrintOptions, type PrintPart } from './printOptions';

const PART_LABELS: Readonly<Record<PrintPart, string>> = {
  lanes: 'Lanes',
  matrix: 'Matrix',
  findings: 'Rule findings',
  comparison: 'Comparison with the article',
  legend: 'Legend',
};

/** On-screen controls of the print view; hidden on paper. */
export function PrintToolbar({ board, options, onChange }: { readonly board: Board; readonly options: PrintOptions; readonly onChange: (o: PrintOptions) => void }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => onExportProgress((progress) => setStatus(progress.stage === 'done' ? null : progress.message)), []);

  const print = async () => {
    if (!isDesktop()) {
      window.print();
      return;
    }
    setBusy(true);
    setStatus('Making the PDF…');
    const result = await exportPdf({
      boardId: board.id,
      fileName: exportFileName(board.name, new Date(), '.pdf'),
      paper: options.paper,
      orientation: options.orientation,
      parts: [...options.parts],
    });
    setBusy(false);
    // Set after the 'done' progress event, which clears the progress message.
    setStatus(!result.ok ? result.error : result.value === null ? null : `Saved to ${result.value.path}`);
  };

  return (
    <div className="print-toolbar" role="toolbar" aria-label="Print options">
      <a className="btn" href={routeHref({ name: 'board', boardId: board.id })}>
        ← Back to board
      </a>
      <label>
        Paper{' '}
        <select className="select" value={options.paper} onChange={(e) => onChange({ ...options, paper: e.target.value === 'Letter' ? 'Letter' : 'A4' })}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <label>
        Orientation{' '}
        <select
          className="select"
          value={options.orientation}
          onChange={(e) => onChange({ ...options, orientation: e.target.value === 'portrait' ? 'portrait' : 'landscape' })}
        >
          <option value="landscape">Landscape</option>
          <option value="portrait">Portrait</option>
        </select>
      </label>
      <fieldset className="print-parts">
        <legend className="visually-hidden">Parts to include</legend>
        {PRINT_PARTS.map((part) => (
          <label key={part} className="check-row">
            <input
              type="checkbox"
              checked={options.parts.includes(part)}
              onChange={(e) =>
                onChange({ ...options, parts: PRINT_PARTS.filter((p) => (p === part ? e.target.checked : options.parts.includes(p))) })
              }
            />
            {PART_LABELS[part]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn-primary" onClick={() => void print()} disabled={busy || options.parts.length === 0}>
        {isDesktop() ? 'Save as PDF' : 'Print or save as PDF'}
      </button>
      {status && (
        <span role="status" className="muted">
          {status}
        </span>
      )}
    </div>
  );
}

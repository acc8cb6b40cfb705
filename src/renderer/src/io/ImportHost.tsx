import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Board } from '../../../shared/domain/board';
import { getAppDatabase } from '../storage/appDatabase';
import { createBoardRecord } from '../storage/boardRepository';
import { openTextFile } from '../platform/openTextFile';
import { readDroppedFile } from '../platform/readDroppedFile';
import { onMenuAction } from '../platform/onMenuAction';
import { navigate } from '../app/useRoute';
import { routeHref } from '../app/route';
import { currentTime } from '../ui/clock';
import type { ImportState } from './ImportDialog';
import { MAX_IMPORT_BYTES } from './importLimit';
import { parseImportOffThread, prepareImportWorker } from './parseImportOffThread';

type ImportDialogComponent = typeof import('./ImportDialog').ImportDialog;

// The preview (and the board-file and CSV code it brings) loads when an import starts, not with
// the first screen. Each stage waits for it before it is shown (no Suspense, whose throttled
// reveal could skip the progress of a quick import altogether).
let importDialog: Promise<ImportDialogComponent> | undefined;
function loadImportDialog(): Promise<ImportDialogComponent> {
  importDialog ??= import('./ImportDialog').then((module) => module.ImportDialog);
  return importDialog;
}

/**
 * Readies an import about to come (a file dragged over the window, the file picker open): the parsing
 * worker starts and the preview's code loads while the person drags or picks, not after the drop.
 */
function prepareImport(spreadsheet: boolean): void {
  prepareImportWorker(spreadsheet);
  // A failed load is reported when the preview is shown.
  loadImportDialog().catch(() => undefined);
}

const StartImport = createContext<() => void>(() => {});

/** Opens the file picker and the import preview; available anywhere below ImportHost. */
export function useStartImport(): () => void {
  return useContext(StartImport);
}

/**
 * The import flow for the whole app: the Import button, the menu's Import..., and a file dropped
 * anywhere on the window all end in the same preview, and only a confirmed import writes anything.
 */
export function ImportHost({ children }: { readonly children: ReactNode }) {
  const [shown, setShown] = useState<{ readonly state: ImportState; readonly file: number; readonly Dialog: ImportDialogComponent } | null>(null);
  // Every file read starts a new dialog; its stages (reading, preview or failure) show in the same
  // one, so the page behind is not made inert a second time, which on a large preview takes long.
  const files = useRef(0);
  const [dragging, setDragging] = useState(false);
  // Only the latest stage asked for is shown: a stage still waiting for the dialog's code when a
  // later one (or closing) comes is dropped, so a closed dialog never opens again by itself.
  const latestStage = useRef(0);
  const showStage = useCallback((state: ImportState | null, file = files.current) => {
    const ticket = ++latestStage.current;
    if (state === null) return setShown(null);
    loadImportDialog().then(
      (Dialog) => {
        if (ticket === latestStage.current) setShown({ state, file, Dialog });
      },
      (error: unknown) => console.error('The import dialog could not be loaded:', error),
    );
  }, []);

  const readText = useCallback(async (fileName: string, size: number, text: Promise<{ ok: true; value: string } | { ok: false; error: string }>) => {
    const file = ++files.current;
    showStage({ stage: 'reading', fileName, size }, file);
    const parsed = await parseImportOffThread(fileName, text, currentTime());
    showStage(parsed.ok ? { stage: 'preview', preview: parsed.value } : { stage: 'failed', fileName, message: parsed.error }, file);
  }, [showStage]);

  const start = useCallback(async () => {
    // The person takes a moment to pick: the worker and the preview's code load meanwhile.
    prepareImport(false);
    const picked = await openTextFile({ kinds: ['json', 'csv'], maxBytes: MAX_IMPORT_BYTES });
    if (!picked.ok) return showStage({ stage: 'failed', fileName: 'The file', message: picked.error }, ++files.current);
    if (picked.value === null) return;
    const size = new Blob([picked.value.text]).size;
    await readText(picked.value.name, size, Promise.resolve({ ok: true, value: picked.value.text }));
  }, [readText, showStage]);

  useEffect(() => onMenuAction((action) => action === 'import' && void start()), [start]);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      // The app-wide guard marked the drop as refused; this screen imports, so it accepts it.
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
      prepareImport(draggedSpreadsheet(event.dataTransfer));
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Never let the window open the file itself.
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      void readText(file.name, file.size, readDroppedFile(file, MAX_IMPORT_BYTES));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [readText]);

  const confirm = async (board: Board): Promise<string | null> => {
    const saved = await createBoardRecord(getAppDatabase(), board);
    if (!saved.ok) return `${saved.error.message} Nothing was imported.`;
    showStage(null);
    navigate(routeHref({ name: 'board', boardId: board.id }));
    return null;
  };

  return (
    <StartImport.Provider value={() => void start()}>
      {children}
      {dragging && <div className="drop-overlay">Drop a .raci.json, .csv or .tsv file to import it</div>}
      {shown && (
        <shown.Dialog
          key={shown.file}
          state={shown.state}
          onConfirm={confirm}
          onCancel={() => showStage(null)}
        />
      )}
    </StartImport.Provider>
  );
}

/** Whether the file being dragged says it is a spreadsheet (its name is known only at the drop). */
function draggedSpreadsheet(transfer: DataTransfer | null): boolean {
  const item = transfer?.items[0];
  return item !== undefined && SPREADSHEET_TYPES.has(item.type);
}

const SPREADSHEET_TYPES = new Set(['text/csv', 'text/tab-separated-values', 'application/vnd.ms-excel']);

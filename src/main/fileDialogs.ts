/**
 * The native save and open dialogs, reduced to "which path did the user choose, if any". Each
 * dialog is filtered to the kinds of file asked for, and opens in the folder the user last used
 * (the Documents folder the first time), so exporting a board twice does not mean browsing twice.
 */
import { dirname, join } from 'node:path';
import type { FileFilter, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { TextFileKind } from '../shared/ipc/contract';
import { safeFileName } from './safeFileName';

export type DialogFileKind = TextFileKind | 'pdf';

const FILE_FILTERS: Readonly<Record<DialogFileKind, FileFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'RACI Board file (JSON)', extensions: ['json'] },
};

/** What the open dialog accepts: the importer also reads tab-separated files, which the app never saves. */
const OPEN_FILTERS: Readonly<Record<TextFileKind, FileFilter>> = {
  csv: { name: 'CSV or TSV spreadsheet', extensions: ['csv', 'tsv'] },
  json: FILE_FILTERS.json,
};

const SAVE_TITLES: Readonly<Record<DialogFileKind, string>> = { pdf: 'Export PDF', csv: 'Export CSV', json: 'Export JSON' };

/** Electron's dialog module, bound to the window that asked (so the dialog is modal to it). */
export interface NativeFileDialogs<Owner> {
  showSaveDialog(owner: Owner, options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  showOpenDialog(owner: Owner, options: OpenDialogOptions): Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  /** Where the first dialog opens (the user's Documents folder); null lets the system choose. */
  defaultDirectory(): string | null;
}

export interface SavePathRequest {
  /** The name the page suggests; made safe and given the kind's extension before it is shown. */
  readonly fileName: string;
  readonly kind: DialogFileKind;
}

export interface OpenPathRequest {
  readonly kinds: readonly TextFileKind[];
}

export interface FileDialogs<Owner> {
  /** The path to write to, or null when the user cancelled. */
  chooseSavePath(owner: Owner, request: SavePathRequest): Promise<string | null>;
  /** The file to read, or null when the user cancelled. */
  chooseOpenPath(owner: Owner, request: OpenPathRequest): Promise<string | null>;
}

export function openDialogFilters(kinds: readonly TextFileKind[]): FileFilter[] {
  const filters = kinds.map((kind) => OPEN_FILTERS[kind]);
  if (filters.length < 2) return filters;
  // One filter that shows every accepted file first, so the user need not switch filters to find one.
  const names = kinds.map((kind) => kind.toUpperCase()).join(' or ');
  return [{ name: `Board files (${names})`, extensions: filters.flatMap((filter) => filter.extensions) }, ...filters];
}

export function createFileDialogs<Owner>(native: NativeFileDialogs<Owner>): FileDialogs<Owner> {
  let lastDirectory: string | null = null;

  const startDirectory = (): string | null => {
    if (lastDirectory !== null) return lastDirectory;
    try {
      return native.defaultDirectory();
    } catch {
      // Electron throws when the system has no Documents folder: the dialog then picks one itself.
      return null;
    }
  };
  const remember = (path: string): string => {
    lastDirectory = dirname(path);
    return path;
  };

  return {
    async chooseSavePath(owner, { fileName, kind }) {
      const name = safeFileName(fileName, `.${FILE_FILTERS[kind].extensions[0] ?? kind}`);
      const directory = startDirectory();
      const result = await native.showSaveDialog(owner, {
        title: SAVE_TITLES[kind],
        defaultPath: directory === null ? name : join(directory, name),
        filters: [FILE_FILTERS[kind]],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      // Some platforms report a cancel as an empty path rather than with `canceled`.
      if (result.canceled || !result.filePath) return null;
      return remember(result.filePath);
    },

    async chooseOpenPath(owner, { kinds }) {
      const directory = startDirectory();
      const result = await native.showOpenDialog(owner, {
        title: 'Import a board',
        buttonLabel: 'Import',
        ...(directory === null ? {} : { defaultPath: directory }),
        filters: openDialogFilters(kinds),
        properties: ['openFile'],
      });
      const [path] = result.filePaths;
      if (result.canceled || path === undefined || path === '') return null;
      return remember(path);
    },
  };
}

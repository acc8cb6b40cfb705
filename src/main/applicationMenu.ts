/**
 * The application menu. Commands that act on boards (new board, undo, import, views...) are not
 * performed here: they are sent to the page as a MenuAction, because only the page knows what
 * has focus (undo in a text field undoes typing; on the board it undoes the last edit).
 * Everything the operating system already does well (clipboard, zoom, windows) uses a role.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../shared/ipc/contract';

export interface MenuTemplateOptions {
  /** Developer tools and force-reload are offered only in an unpackaged (development) build. */
  readonly isPackaged?: boolean;
  readonly appName?: string;
  /**
   * Opens another app window (File > New Window). Done in main, not sent to a page: it works
   * with no window open, and a page has no say in which windows exist.
   */
  readonly openNewWindow?: () => void;
}

/** Lets the desktop end-to-end test find File > New Window (Menu.getMenuItemById). */
export const NEW_WINDOW_MENU_ID = 'new-window';

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  send: (action: MenuAction) => void,
  { isPackaged = true, appName = 'RACI Board', openNewWindow }: MenuTemplateOptions = {},
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const action = (label: string, menuAction: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => send(menuAction),
  });

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      action('New Board', 'new-board', 'CmdOrCtrl+N'),
      ...(openNewWindow === undefined ? [] : [{ id: NEW_WINDOW_MENU_ID, label: 'New Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => openNewWindow() }]),
      action('All Boards', 'go-home', 'CmdOrCtrl+Shift+H'),
      separator,
      action('Import…', 'import', 'CmdOrCtrl+O'),
      action('Export PDF…', 'export-pdf', 'CmdOrCtrl+P'),
      action('Export CSV…', 'export-csv'),
      action('Export JSON…', 'export-json'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      action('Undo', 'undo', 'CmdOrCtrl+Z'),
      action('Redo', 'redo', isMac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      action('Lanes', 'show-lanes', 'CmdOrCtrl+1'),
      action('Matrix', 'show-matrix', 'CmdOrCtrl+2'),
      action('Compare', 'show-compare', 'CmdOrCtrl+3'),
      separator,
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'forceReload' } as const, { role: 'toggleDevTools' } as const]),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = isMac
    ? { label: 'Window', role: 'window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] }
    : { label: 'Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  // macOS adds its own search field to the Help menu; elsewhere it holds the About box.
  const helpMenu: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: isMac ? [] : [{ role: 'about', label: `About ${appName}` }] };

  return [...appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, NEW_WINDOW_MENU_ID } from '../../../src/main/applicationMenu';
import { MENU_ACTIONS, type MenuAction } from '../../../src/shared/ipc/contract';

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (menu === undefined || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function itemLabelled(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no item ${label}`);
  return item;
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => (item.role === undefined ? [] : [item.role]));
}

/** Every item, depth first, so a test can look at the whole menu at once. */
function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions): void {
  if (item.click === undefined) throw new Error(`${item.label} has no click`);
  // The handlers ignore Electron's arguments; the casts only satisfy the signature.
  item.click({} as never, undefined, {} as never);
}

describe('buildMenuTemplate', () => {
  it('starts with the app menu holding about, services, hide and quit when the platform is macOS', () => {
    const template = buildMenuTemplate('darwin', vi.fn(), { appName: 'RACI Board' });
    expect(template.map((item) => item.label)).toEqual(['RACI Board', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenuOf(template, 'RACI Board'))).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('has no app menu and puts quit in File when the platform is Windows or Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate(platform, vi.fn());
      expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      expect(roles(submenuOf(template, 'File'))).toEqual(['quit']);
    }
  });

  it('puts close, not quit, in File when the platform is macOS', () => {
    expect(roles(submenuOf(buildMenuTemplate('darwin', vi.fn()), 'File'))).toEqual(['close']);
  });

  it('sends new-board with CmdOrCtrl+N when New Board is clicked', () => {
    const send = vi.fn();
    const item = itemLabelled(submenuOf(buildMenuTemplate('linux', send), 'File'), 'New Board');
    expect(item.accelerator).toBe('CmdOrCtrl+N');
    click(item);
    expect(send).toHaveBeenCalledExactlyOnceWith('new-board');
  });

  it('opens a new window in main, without sending anything to the page, when New Window is clicked', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const send = vi.fn();
      const openNewWindow = vi.fn();
      const file = submenuOf(buildMenuTemplate(platform, send, { openNewWindow }), 'File');
      const item = itemLabelled(file, 'New Window');
      expect(item.accelerator).toBe('CmdOrCtrl+Shift+N');
      expect(item.id).toBe(NEW_WINDOW_MENU_ID);
      expect(file.indexOf(item)).toBe(file.indexOf(itemLabelled(file, 'New Board')) + 1);
      click(item);
      expect(openNewWindow).toHaveBeenCalledOnce();
      expect(send).not.toHaveBeenCalled();
    }
  });

  it('offers no New Window when there is nothing to open one with', () => {
    expect(submenuOf(buildMenuTemplate('linux', vi.fn()), 'File').map((item) => item.label)).not.toContain('New Window');
  });

  it('sends undo and redo to the page instead of using the undo roles', () => {
    const send = vi.fn();
    const edit = submenuOf(buildMenuTemplate('win32', send), 'Edit');
    expect(roles(edit)).not.toContain('undo');
    expect(roles(edit)).not.toContain('redo');
    click(itemLabelled(edit, 'Undo'));
    click(itemLabelled(edit, 'Redo'));
    expect(send.mock.calls).toEqual([['undo'], ['redo']]);
    expect(itemLabelled(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
  });

  it('binds Redo to Shift+Cmd+Z when the platform is macOS and to Ctrl+Y elsewhere', () => {
    expect(itemLabelled(submenuOf(buildMenuTemplate('darwin', vi.fn()), 'Edit'), 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(itemLabelled(submenuOf(buildMenuTemplate('win32', vi.fn()), 'Edit'), 'Redo').accelerator).toBe('Ctrl+Y');
    expect(itemLabelled(submenuOf(buildMenuTemplate('linux', vi.fn()), 'Edit'), 'Redo').accelerator).toBe('Ctrl+Y');
  });

  it('uses the clipboard roles in Edit', () => {
    const editRoles = roles(submenuOf(buildMenuTemplate('linux', vi.fn()), 'Edit'));
    expect(editRoles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    expect(editRoles).not.toContain('pasteAndMatchStyle');
    expect(roles(submenuOf(buildMenuTemplate('darwin', vi.fn()), 'Edit'))).toContain('pasteAndMatchStyle');
  });

  it('offers reload, zoom and full screen but no developer tools when the app is packaged', () => {
    const viewRoles = roles(submenuOf(buildMenuTemplate('linux', vi.fn(), { isPackaged: true }), 'View'));
    expect(viewRoles).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('hides developer tools when no packaging flag is given', () => {
    expect(roles(submenuOf(buildMenuTemplate('linux', vi.fn()), 'View'))).not.toContain('toggleDevTools');
  });

  it('offers developer tools and force reload when the app is not packaged', () => {
    const viewRoles = roles(submenuOf(buildMenuTemplate('linux', vi.fn(), { isPackaged: false }), 'View'));
    expect(viewRoles).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('switches board views from View with CmdOrCtrl+1, 2 and 3', () => {
    const send = vi.fn();
    const view = submenuOf(buildMenuTemplate('linux', send), 'View');
    for (const [label, accelerator] of [['Lanes', 'CmdOrCtrl+1'], ['Matrix', 'CmdOrCtrl+2'], ['Compare', 'CmdOrCtrl+3']] as const) {
      const item = itemLabelled(view, label);
      expect(item.accelerator).toBe(accelerator);
      click(item);
    }
    expect(send.mock.calls).toEqual([['show-lanes'], ['show-matrix'], ['show-compare']]);
  });

  it('uses the window roles in Window for each platform', () => {
    const mac = buildMenuTemplate('darwin', vi.fn());
    expect(mac.find((item) => item.label === 'Window')?.role).toBe('window');
    expect(roles(submenuOf(mac, 'Window'))).toEqual(['minimize', 'zoom', 'front']);
    expect(roles(submenuOf(buildMenuTemplate('win32', vi.fn()), 'Window'))).toEqual(['minimize', 'close']);
  });

  it('puts About in Help when the platform is not macOS', () => {
    const template = buildMenuTemplate('win32', vi.fn(), { appName: 'RACI Board' });
    expect(template.find((item) => item.label === 'Help')?.role).toBe('help');
    expect(submenuOf(template, 'Help')).toEqual([{ role: 'about', label: 'About RACI Board' }]);
  });

  it('sends every menu action from some item, each exactly once, when every clickable item is clicked', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const sent: MenuAction[] = [];
      const items = allItems(buildMenuTemplate(platform, (action) => sent.push(action), { isPackaged: false }));
      for (const item of items) if (item.click !== undefined) click(item);
      expect([...sent].sort()).toEqual([...MENU_ACTIONS].sort());
    }
  });

  it('never gives two items the same accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = allItems(buildMenuTemplate(platform, vi.fn(), { isPackaged: false, openNewWindow: vi.fn() })).flatMap((item) => (item.accelerator === undefined ? [] : [item.accelerator]));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

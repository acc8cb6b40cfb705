/**
 * Locks down every page main creates: it may not navigate away from the app, open windows,
 * attach <webview>s, or be granted any browser permission. Written against the few members it
 * uses so tests can pass plain fakes; Electron's WebContents and Session satisfy these shapes.
 */
import { isAppUrl, safeExternalHref } from './navigationPolicy';

interface PreventableEvent {
  preventDefault(): void;
}

export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent & { readonly url: string }) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { readonly url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

export interface HardenOptions {
  /** The URL the app's page is loaded from (file:// in production, the dev server in development). */
  readonly appBaseUrl: string;
  /** Hands a checked http(s) link to the user's browser (shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
  /** Told about a link the browser could not open; the page that asked cannot be told. */
  readonly onOpenExternalError?: (url: string, error: unknown) => void;
}

export function hardenWebContents(contents: HardenableWebContents, options: HardenOptions): void {
  const stayInApp = (event: PreventableEvent & { readonly url: string }) => {
    if (!isAppUrl(event.url, options.appBaseUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  // will-navigate sees only the top frame; an embedded frame must not load another page either.
  contents.on('will-frame-navigate', stayInApp);
  // A navigation the app allowed must not be redirected (by a dev server, say) somewhere else.
  contents.on('will-redirect', stayInApp);

  // window.open and target=_blank never create an Electron window: a safe link goes to the
  // user's browser, anything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    const href = safeExternalHref(url);
    if (href !== null) {
      options.openExternal(href).catch((error: unknown) => options.onOpenExternalError?.(href, error));
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * The app needs no camera, location, notifications, USB, serial or HID device, or any other browser
 * permission: refuse them all.
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents, type HardenableWebContents, type PermissionSession } from '../../../src/main/hardenWebContents';

const APP = 'file:///app/out/renderer/index.html';

type Listener = (event: { preventDefault(): void; url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const emit = (name: string, url = '') => {
    const listener = listeners.get(name);
    if (listener === undefined) throw new Error(`no listener for ${name}`);
    const event = { url, preventDefault: vi.fn() };
    listener(event);
    return event;
  };
  const open = (url: string) => {
    if (openHandler === undefined) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents: contents as HardenableWebContents, emit, open };
}

function harden() {
  const fake = fakeContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const onOpenExternalError = vi.fn();
  hardenWebContents(fake.contents, { appBaseUrl: APP, openExternal, onOpenExternalError });
  return { ...fake, openExternal, onOpenExternalError };
}

describe('hardenWebContents', () => {
  it('lets the page navigate when the target is the app page', () => {
    const { emit } = harden();
    expect(emit('will-navigate', `${APP}#/board/1`).preventDefault).not.toHaveBeenCalled();
  });

  it('blocks navigation when the target is a web page or another file', () => {
    const { emit } = harden();
    expect(emit('will-navigate', 'https://example.com/').preventDefault).toHaveBeenCalledOnce();
    expect(emit('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalledOnce();
  });

  it('blocks navigation to a file dropped onto the window, whatever its kind', () => {
    const { emit } = harden();
    for (const dropped of ['file:///home/me/plan.raci.json', 'file:///C:/Users/me/plan.csv', 'file:///home/me/notes.html', 'file:///app/out/renderer/other.html']) {
      expect(emit('will-navigate', dropped).preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('blocks navigation to a dropped file when the app page comes from the dev server', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { appBaseUrl: 'http://localhost:5173/', openExternal: vi.fn() });
    expect(fake.emit('will-navigate', 'file:///home/me/plan.raci.json').preventDefault).toHaveBeenCalledOnce();
    expect(fake.emit('will-navigate', 'http://localhost:5173/#/board/b1').preventDefault).not.toHaveBeenCalled();
  });

  it('denies a new window and opens the link in the browser when it is a safe web link', () => {
    const { open, openExternal } = harden();
    expect(open('https://example.com/article')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/article');
  });

  it('denies a new window and opens nothing when the link is not http(s)', () => {
    const { open, openExternal } = harden();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', `${APP}#/board/1`, 'https://u:p@example.com/']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports the failure when the browser cannot open a link', async () => {
    const fake = fakeContents();
    const failure = new Error('no browser');
    const onOpenExternalError = vi.fn();
    hardenWebContents(fake.contents, { appBaseUrl: APP, openExternal: () => Promise.reject(failure), onOpenExternalError });
    fake.open('https://example.com/');
    await vi.waitFor(() => expect(onOpenExternalError).toHaveBeenCalledWith('https://example.com/', failure));
  });

  it('blocks an embedded frame from loading anything but the app page', () => {
    const { emit } = harden();
    expect(emit('will-frame-navigate', 'https://example.com/').preventDefault).toHaveBeenCalledOnce();
    expect(emit('will-frame-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalledOnce();
    expect(emit('will-frame-navigate', `${APP}#/`).preventDefault).not.toHaveBeenCalled();
  });

  it('blocks a redirect away from the app page', () => {
    const { emit } = harden();
    expect(emit('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalledOnce();
    expect(emit('will-redirect', `${APP}#/board/1`).preventDefault).not.toHaveBeenCalled();
  });

  it('prevents attaching a webview', () => {
    const { emit } = harden();
    expect(emit('will-attach-webview').preventDefault).toHaveBeenCalledOnce();
  });
});

describe('denyAllPermissions', () => {
  function fakeSession() {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    let device: Parameters<PermissionSession['setDevicePermissionHandler']>[0] | undefined;
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        device = handler;
      },
    };
    denyAllPermissions(session);
    if (request === undefined || check === undefined || device === undefined) throw new Error('handlers were not installed');
    return { request, check, device };
  }

  it('answers false when the page requests any permission', () => {
    const { request } = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers false when the page checks any permission', () => {
    const { check } = fakeSession();
    expect(check({}, 'media')).toBe(false);
    expect(check(null, 'fullscreen')).toBe(false);
  });

  it('answers false when the page asks for a USB, serial or HID device', () => {
    const { device } = fakeSession();
    for (const deviceType of ['usb', 'serial', 'hid']) expect(device({ deviceType, origin: 'file://' })).toBe(false);
  });
});

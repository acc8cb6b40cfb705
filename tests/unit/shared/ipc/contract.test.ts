import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  appInfoSchema,
  BRIDGE_METHODS,
  bridgeReplySchema,
  EVENT_METHODS,
  INVOKE_METHODS,
  IPC_CHANNELS,
  IPC_EVENT_SCHEMAS,
  IPC_REQUEST_SCHEMAS,
  IPC_RESPONSE_SCHEMAS,
  MAX_EXTERNAL_URL_LENGTH,
  MENU_ACTIONS,
  menuActionSchema,
  type AppInfo,
  type MenuAction,
  type RaciBridge,
} from '../../../../src/shared/ipc/contract';
import type { Result } from '../../../../src/shared/domain/result';

describe('IPC_CHANNELS', () => {
  it('gives every bridge method its own channel', () => {
    expect(Object.keys(IPC_CHANNELS).sort()).toEqual([...BRIDGE_METHODS].sort());
    const channels = Object.values(IPC_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
  });

  it('prefixes every channel with raci: so it cannot collide with a library channel', () => {
    for (const channel of Object.values(IPC_CHANNELS)) expect(channel).toMatch(/^raci:[a-z:-]+$/);
  });
});

describe('BRIDGE_METHODS', () => {
  it('lists each method once, as either an invoke or an event method', () => {
    expect(new Set(BRIDGE_METHODS).size).toBe(INVOKE_METHODS.length + EVENT_METHODS.length);
    expect(INVOKE_METHODS.filter((method) => (EVENT_METHODS as readonly string[]).includes(method))).toEqual([]);
  });

  it('has request and response schemas for every invoke method and a payload schema for every event', () => {
    expect(Object.keys(IPC_REQUEST_SCHEMAS).sort()).toEqual([...INVOKE_METHODS].sort());
    expect(Object.keys(IPC_RESPONSE_SCHEMAS).sort()).toEqual([...INVOKE_METHODS].sort());
    expect(Object.keys(IPC_EVENT_SCHEMAS).sort()).toEqual([...EVENT_METHODS].sort());
  });

  it('matches the methods of RaciBridge', () => {
    expectTypeOf<(typeof BRIDGE_METHODS)[number]>().toEqualTypeOf<keyof RaciBridge>();
    expectTypeOf<RaciBridge['getAppInfo']>().toEqualTypeOf<() => Promise<AppInfo>>();
    expectTypeOf<RaciBridge['openExternal']>().toEqualTypeOf<(url: string) => Promise<Result<void, string>>>();
    expectTypeOf<RaciBridge['onMenuAction']>().toEqualTypeOf<(listener: (action: MenuAction) => void) => () => void>();
  });
});

describe('IPC_REQUEST_SCHEMAS', () => {
  it('accepts no payload for getAppInfo and refuses any', () => {
    expect(IPC_REQUEST_SCHEMAS.getAppInfo.safeParse(undefined).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.getAppInfo.safeParse({}).success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.getAppInfo.safeParse(null).success).toBe(false);
  });

  it('accepts a string up to the length limit for openExternal and refuses anything else', () => {
    expect(IPC_REQUEST_SCHEMAS.openExternal.safeParse('https://example.com').success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.openExternal.safeParse('x'.repeat(MAX_EXTERNAL_URL_LENGTH)).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.openExternal.safeParse('x'.repeat(MAX_EXTERNAL_URL_LENGTH + 1)).success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.openExternal.safeParse('').success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.openExternal.safeParse(new URL('https://example.com')).success).toBe(false);
  });
});

describe('appInfoSchema', () => {
  it('accepts a complete app info and refuses an unknown platform or extra fields', () => {
    expect(appInfoSchema.safeParse({ name: 'RACI Board', version: '0.1.0', platform: 'darwin' }).success).toBe(true);
    expect(appInfoSchema.safeParse({ name: 'RACI Board', version: '0.1.0', platform: 'amiga' }).success).toBe(false);
    expect(appInfoSchema.safeParse({ name: 'RACI Board', version: '0.1.0', platform: 'linux', secret: 1 }).success).toBe(false);
  });
});

describe('menuActionSchema', () => {
  it('accepts every menu action and nothing else', () => {
    for (const action of MENU_ACTIONS) expect(menuActionSchema.safeParse(action).success).toBe(true);
    expect(menuActionSchema.safeParse('delete-everything').success).toBe(false);
    expect(IPC_EVENT_SCHEMAS.onMenuAction).toBe(menuActionSchema);
  });

  it('includes the actions the menu is required to send', () => {
    expect(MENU_ACTIONS).toEqual(expect.arrayContaining(['new-board', 'undo', 'redo', 'go-home']));
  });
});

describe('bridgeReplySchema', () => {
  it('accepts a refusal or a reply that carries the method response', () => {
    const schema = bridgeReplySchema('openExternal');
    expect(schema.safeParse({ ok: false, error: 'refused' }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { ok: true, value: undefined } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { ok: false, error: 'no' } }).success).toBe(true);
  });

  it('refuses a reply whose value does not match the method response', () => {
    expect(bridgeReplySchema('openExternal').safeParse({ ok: true, value: 'opened' }).success).toBe(false);
    expect(bridgeReplySchema('getAppInfo').safeParse({ ok: true, value: { name: 'x' } }).success).toBe(false);
  });
});

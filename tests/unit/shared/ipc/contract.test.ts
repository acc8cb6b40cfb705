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
  MAX_BACKUP_BYTES,
  MAX_EXTERNAL_URL_LENGTH,
  MAX_FILE_NAME_LENGTH,
  MAX_SAVE_FILE_BYTES,
  MENU_ACTIONS,
  menuActionSchema,
  PRINT_PARTS,
  type AppInfo,
  type BackupEntry,
  type ExportProgress,
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
    expectTypeOf<RaciBridge['onExportProgress']>().toEqualTypeOf<(listener: (progress: ExportProgress) => void) => () => void>();
    expectTypeOf<ReturnType<RaciBridge['exportPdf']>>().toEqualTypeOf<Promise<Result<{ path: string } | null, string>>>();
    expectTypeOf<ReturnType<RaciBridge['saveFile']>>().toEqualTypeOf<Promise<Result<{ path: string } | null, string>>>();
    expectTypeOf<ReturnType<RaciBridge['openFile']>>().toEqualTypeOf<Promise<Result<{ name: string; text: string } | null, string>>>();
    expectTypeOf<Parameters<RaciBridge['exportPdf']>[0]>().toEqualTypeOf<{
      boardId: string;
      fileName: string;
      paper: 'A4' | 'Letter';
      orientation: 'portrait' | 'landscape';
      parts: ('lanes' | 'matrix' | 'findings' | 'comparison' | 'legend')[];
    }>();
    expectTypeOf<Parameters<RaciBridge['saveFile']>[0]>().toEqualTypeOf<{ fileName: string; content: string; kind: 'csv' | 'json' }>();
    expectTypeOf<Parameters<RaciBridge['openFile']>[0]>().toEqualTypeOf<{ kinds: ('csv' | 'json')[] }>();
    expectTypeOf<RaciBridge['writeBackup']>().toEqualTypeOf<(request: { boardId: string; boardName: string; updatedAt: number; json: string }) => Promise<Result<BackupEntry, string>>>();
    expectTypeOf<RaciBridge['listBackups']>().toEqualTypeOf<() => Promise<Result<BackupEntry[], string>>>();
    expectTypeOf<RaciBridge['readBackup']>().toEqualTypeOf<(id: string) => Promise<Result<string, string>>>();
    expectTypeOf<RaciBridge['readyToQuit']>().toEqualTypeOf<() => Promise<void>>();
    expectTypeOf<RaciBridge['onBeforeQuit']>().toEqualTypeOf<(listener: () => void) => () => void>();
    expectTypeOf<BackupEntry>().toEqualTypeOf<{ id: string; boardId: string; boardName: string; savedAt: number; updatedAt: number; bytes: number }>();
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

const pdfRequest = { boardId: 'b1', fileName: 'Launch plan.pdf', paper: 'A4', orientation: 'landscape', parts: ['lanes', 'matrix'] };

describe('exportPdf request schema', () => {
  it('accepts a complete request with any non-empty set of parts', () => {
    expect(IPC_REQUEST_SCHEMAS.exportPdf.safeParse(pdfRequest).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.exportPdf.safeParse({ ...pdfRequest, paper: 'Letter', orientation: 'portrait', parts: [...PRINT_PARTS] }).success).toBe(true);
  });

  it.each([
    ['no parts', { ...pdfRequest, parts: [] }],
    ['a part listed twice', { ...pdfRequest, parts: ['lanes', 'lanes'] }],
    ['an unknown part', { ...pdfRequest, parts: ['secrets'] }],
    ['an unknown paper size', { ...pdfRequest, paper: 'A3' }],
    ['an unknown orientation', { ...pdfRequest, orientation: 'sideways' }],
    ['an empty board id', { ...pdfRequest, boardId: '' }],
    ['an empty file name', { ...pdfRequest, fileName: '' }],
    ['an over-long file name', { ...pdfRequest, fileName: 'x'.repeat(MAX_FILE_NAME_LENGTH + 1) }],
    ['an extra field', { ...pdfRequest, printer: 'office' }],
    ['a missing field', { boardId: 'b1', fileName: 'x.pdf', paper: 'A4', orientation: 'portrait' }],
  ])('refuses a request with %s', (_kind, request) => {
    expect(IPC_REQUEST_SCHEMAS.exportPdf.safeParse(request).success).toBe(false);
  });
});

describe('saveFile request schema', () => {
  it('accepts CSV or JSON text, a byte-order mark included', () => {
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.csv', content: '\uFEFFTask,PM\r\n', kind: 'csv' }).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.json', content: '', kind: 'json' }).success).toBe(true);
  });

  it('refuses another kind, a missing name or content that is not text', () => {
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.exe', content: 'MZ', kind: 'exe' }).success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: '', content: '{}', kind: 'json' }).success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.json', content: new Uint8Array(4), kind: 'json' }).success).toBe(false);
  });

  it('accepts content of exactly the size limit and refuses one byte more', () => {
    const atLimit = 'a'.repeat(MAX_SAVE_FILE_BYTES);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.json', content: atLimit, kind: 'json' }).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.json', content: `${atLimit}a`, kind: 'json' }).success).toBe(false);
  });

  it('counts the limit in UTF-8 bytes when the text has characters of several bytes', () => {
    // Half the limit in characters, but each "é" takes two bytes: one more character is too many.
    const twoByteCharacters = 'é'.repeat(MAX_SAVE_FILE_BYTES / 2);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.csv', content: twoByteCharacters, kind: 'csv' }).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.saveFile.safeParse({ fileName: 'a.csv', content: `${twoByteCharacters}a`, kind: 'csv' }).success).toBe(false);
  });
});

describe('openFile request schema', () => {
  it('accepts one or both kinds', () => {
    expect(IPC_REQUEST_SCHEMAS.openFile.safeParse({ kinds: ['json'] }).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.openFile.safeParse({ kinds: ['json', 'csv'] }).success).toBe(true);
  });

  it('refuses no kind, a repeated kind or another kind', () => {
    for (const kinds of [[], ['csv', 'csv'], ['pdf'], 'csv']) {
      expect(IPC_REQUEST_SCHEMAS.openFile.safeParse({ kinds }).success).toBe(false);
    }
  });
});

describe('file responses', () => {
  it('accept a saved path, a cancelled dialog or an error, and nothing else', () => {
    for (const method of ['exportPdf', 'saveFile'] as const) {
      const schema = bridgeReplySchema(method);
      expect(schema.safeParse({ ok: true, value: { ok: true, value: { path: '/home/me/plan.pdf' } } }).success).toBe(true);
      expect(schema.safeParse({ ok: true, value: { ok: true, value: null } }).success).toBe(true);
      expect(schema.safeParse({ ok: true, value: { ok: false, error: 'The disk is full.' } }).success).toBe(true);
      expect(schema.safeParse({ ok: true, value: { ok: true, value: { path: '' } } }).success).toBe(false);
    }
  });

  it('accept an opened file with its name and text', () => {
    const schema = bridgeReplySchema('openFile');
    expect(schema.safeParse({ ok: true, value: { ok: true, value: { name: 'plan.csv', text: '\uFEFFa,b' } } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { ok: true, value: null } }).success).toBe(true);
    expect(schema.safeParse({ ok: true, value: { ok: true, value: { name: 'plan.csv' } } }).success).toBe(false);
  });
});

describe('export progress schema', () => {
  it('accepts each stage with a message and refuses an unknown stage', () => {
    for (const stage of ['rendering', 'saving', 'done']) {
      expect(IPC_EVENT_SCHEMAS.onExportProgress.safeParse({ stage, message: 'Working…' }).success).toBe(true);
    }
    expect(IPC_EVENT_SCHEMAS.onExportProgress.safeParse({ stage: 'uploading', message: 'x' }).success).toBe(false);
    expect(IPC_EVENT_SCHEMAS.onExportProgress.safeParse({ stage: 'done' }).success).toBe(false);
  });
});

const backupRequest = { boardId: 'b1', boardName: 'Launch plan', updatedAt: 1736073000000, json: '{"kind":"raci-board"}' };
const backupEntry = { id: 'Launch-plan_1a2b3c4d_2026-01-05T10-30-00-123Z', boardId: 'b1', boardName: 'Launch plan', savedAt: 1736073000123, updatedAt: 1736073000000, bytes: 20 };

describe('writeBackup request schema', () => {
  it('accepts a snapshot of a board with its id, name and time', () => {
    expect(IPC_REQUEST_SCHEMAS.writeBackup.safeParse(backupRequest).success).toBe(true);
  });

  it('accepts a snapshot of exactly the size limit and refuses one byte more, counted in UTF-8', () => {
    const atLimit = 'a'.repeat(MAX_BACKUP_BYTES);
    expect(IPC_REQUEST_SCHEMAS.writeBackup.safeParse({ ...backupRequest, json: atLimit }).success).toBe(true);
    expect(IPC_REQUEST_SCHEMAS.writeBackup.safeParse({ ...backupRequest, json: `${atLimit}a` }).success).toBe(false);
    expect(IPC_REQUEST_SCHEMAS.writeBackup.safeParse({ ...backupRequest, json: 'é'.repeat(MAX_BACKUP_BYTES / 2 + 1) }).success).toBe(false);
  });

  it.each([
    ['no snapshot', { ...backupRequest, json: '' }],
    ['no board id', { ...backupRequest, boardId: '' }],
    ['no board name', { ...backupRequest, boardName: '' }],
    ['a time that is not a number', { ...backupRequest, updatedAt: 'yesterday' }],
    ['a negative time', { ...backupRequest, updatedAt: -5 }],
    ['a time that is not finite', { ...backupRequest, updatedAt: Number.NaN }],
    ['a folder to write to', { ...backupRequest, folder: '/etc' }],
    ['a missing field', { boardId: 'b1', boardName: 'x', json: '{}' }],
  ])('refuses a request with %s', (_kind, request) => {
    expect(IPC_REQUEST_SCHEMAS.writeBackup.safeParse(request).success).toBe(false);
  });
});

describe('readBackup request schema', () => {
  it('accepts a backup id', () => {
    expect(IPC_REQUEST_SCHEMAS.readBackup.safeParse(backupEntry.id).success).toBe(true);
  });

  it.each(['', '..', '../index', 'a/b', 'a\\b', '/etc/passwd', `${'a'.repeat(41)}_1a2b3c4d_2026-01-05T10-30-00-123Z`, `${backupEntry.id}.raci.json`, `${backupEntry.id}\n`, `x${backupEntry.id}/..`])(
    'refuses %j, which is not a backup id',
    (id) => {
      expect(IPC_REQUEST_SCHEMAS.readBackup.safeParse(id).success).toBe(false);
    },
  );
});

describe('backup responses', () => {
  it('accept a list of backups, a written backup or a backup text, and an error', () => {
    expect(bridgeReplySchema('listBackups').safeParse({ ok: true, value: { ok: true, value: [backupEntry] } }).success).toBe(true);
    expect(bridgeReplySchema('listBackups').safeParse({ ok: true, value: { ok: false, error: 'The disk is gone.' } }).success).toBe(true);
    expect(bridgeReplySchema('writeBackup').safeParse({ ok: true, value: { ok: true, value: backupEntry } }).success).toBe(true);
    expect(bridgeReplySchema('readBackup').safeParse({ ok: true, value: { ok: true, value: '{}' } }).success).toBe(true);
  });

  it('refuse an entry with an id that could name a path', () => {
    expect(bridgeReplySchema('listBackups').safeParse({ ok: true, value: { ok: true, value: [{ ...backupEntry, id: '../x' }] } }).success).toBe(false);
  });

  it('carry nothing with readyToQuit and the before-quit notice', () => {
    expect(IPC_REQUEST_SCHEMAS.readyToQuit.safeParse(undefined).success).toBe(true);
    expect(IPC_RESPONSE_SCHEMAS.readyToQuit.safeParse(undefined).success).toBe(true);
    expect(IPC_EVENT_SCHEMAS.onBeforeQuit.safeParse(undefined).success).toBe(true);
    expect(IPC_EVENT_SCHEMAS.onBeforeQuit.safeParse('now').success).toBe(false);
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

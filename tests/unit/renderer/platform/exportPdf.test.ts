import { describe, expect, it } from 'vitest';
import { exportPdf, isDesktop } from '../../../../src/renderer/src/platform/exportPdf';
import { parseRoute } from '../../../../src/renderer/src/app/route';
import { parsePrintOptions } from '../../../../src/renderer/src/print/printOptions';
import { err } from '../../../../src/shared/domain/result';
import type { ExportPdfRequest } from '../../../../src/shared/ipc/contract';
import { fakeBridge, fakeWebEnvironment } from './fakePlatform';

const request: ExportPdfRequest = { boardId: 'board 1', fileName: 'Launch plan.pdf', paper: 'Letter', orientation: 'portrait', parts: ['matrix', 'legend'] };

describe('exportPdf', () => {
  it("hands the request to main and returns main's result when running in the desktop app", async () => {
    const bridge = fakeBridge();
    const { env } = fakeWebEnvironment();
    expect(await exportPdf(request, { ...env, bridge })).toEqual({ ok: true, value: { path: '/home/me/plan.pdf' } });
    expect(bridge.exportPdf).toHaveBeenCalledExactlyOnceWith(request);
    expect(env.goTo).not.toHaveBeenCalled();
  });

  it("returns main's failure as a value when the desktop export fails", async () => {
    const bridge = fakeBridge();
    bridge.exportPdf.mockResolvedValue(err('Making the PDF took longer than 60 seconds, so it was stopped.'));
    expect(await exportPdf(request, { bridge, goTo: () => {} })).toEqual(err('Making the PDF took longer than 60 seconds, so it was stopped.'));
  });

  it('opens the print view in this tab with autoprint and returns null when running in a browser', async () => {
    const { env } = fakeWebEnvironment();
    expect(await exportPdf(request, env)).toEqual({ ok: true, value: null });
    expect(env.goTo).toHaveBeenCalledOnce();
    const hash = env.goTo.mock.calls[0]?.[0] ?? '';
    expect(hash.startsWith('#/print/')).toBe(true);

    // The print view reads back exactly what was asked for.
    const route = parseRoute(hash);
    expect(route).toMatchObject({ name: 'print', boardId: 'board 1' });
    if (route.name !== 'print') throw new Error('not the print route');
    expect(parsePrintOptions(route.query)).toEqual({ paper: 'Letter', orientation: 'portrait', parts: ['matrix', 'legend'], autoprint: true, unattended: false });
  });

  it('refuses in words and exports nothing when no part is chosen', async () => {
    const bridge = fakeBridge();
    const { env } = fakeWebEnvironment();
    for (const target of [{ ...env, bridge }, env]) {
      const result = await exportPdf({ ...request, parts: [] }, target);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/at least one part/) });
    }
    expect(bridge.exportPdf).not.toHaveBeenCalled();
    expect(env.goTo).not.toHaveBeenCalled();
  });
});

describe('isDesktop', () => {
  it('is true when the desktop bridge is there and false when it is not', () => {
    expect(isDesktop({ bridge: fakeBridge() })).toBe(true);
    expect(isDesktop({ bridge: null })).toBe(false);
  });

  it('is false when there is no page at all', () => {
    expect(isDesktop()).toBe(false);
  });
});

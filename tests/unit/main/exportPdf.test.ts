import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPdf, type ExportPdfDeps, type PrintWindow } from '../../../src/main/exportPdf';
import type { ExportPdfRequest, ExportProgress } from '../../../src/shared/ipc/contract';

const request: ExportPdfRequest = { boardId: 'b1', fileName: 'Launch plan.pdf', paper: 'A4', orientation: 'landscape', parts: ['lanes', 'matrix'] };
const PDF: Uint8Array = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const NOT_READY = { ready: false, error: null };
const READY = { ready: true, error: null };

/** A print window whose page answers `states` in turn (the last one from then on). */
function fakeWindow(states: unknown[] = [READY], log: string[] = []) {
  let polls = 0;
  const window = {
    load: vi.fn(async (route: string) => {
      log.push(`load ${route}`);
    }),
    readPrintState: vi.fn(async () => {
      const state = states[Math.min(polls, states.length - 1)];
      polls += 1;
      return state;
    }),
    printToPdf: vi.fn(async () => {
      log.push('print');
      return PDF;
    }),
    close: vi.fn(() => {
      log.push('close');
    }),
  } satisfies PrintWindow;
  return window;
}

function setup(window: PrintWindow, overrides: Partial<ExportPdfDeps> = {}, log: string[] = []) {
  const progress: ExportProgress[] = [];
  const deps = {
    openPrintWindow: vi.fn(() => window),
    chooseSavePath: vi.fn(async () => {
      log.push('dialog');
      return '/home/me/Launch plan.pdf';
    }),
    writeFile: vi.fn(async (_path: string, _data: Uint8Array) => {
      log.push('write');
    }),
    onProgress: (p: ExportProgress) => progress.push(p),
    pollIntervalMs: 1,
    ...overrides,
  };
  return { deps, log, progress };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('exportPdf', () => {
  it('prints the ready print view, closes the window, then saves where the user chose when all goes well', async () => {
    const log: string[] = [];
    const window = fakeWindow([NOT_READY, NOT_READY, READY], log);
    const { deps, progress } = setup(window, {}, log);

    const result = await exportPdf(request, deps);

    expect(result).toEqual({ ok: true, value: { path: '/home/me/Launch plan.pdf' } });
    expect(window.readPrintState).toHaveBeenCalledTimes(3);
    expect(window.printToPdf).toHaveBeenCalledExactlyOnceWith({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(deps.chooseSavePath).toHaveBeenCalledExactlyOnceWith({ fileName: 'Launch plan.pdf', kind: 'pdf' });
    expect(deps.writeFile).toHaveBeenCalledExactlyOnceWith('/home/me/Launch plan.pdf', PDF);
    // The hidden window is gone before the user is asked anything.
    expect(log.map((entry) => entry.split(' ')[0])).toEqual(['load', 'print', 'close', 'dialog', 'write']);
    expect(progress.map((p) => p.stage)).toEqual(['rendering', 'saving', 'saving', 'done']);
    expect(progress.at(-1)?.message).toContain('/home/me/Launch plan.pdf');
  });

  it('loads the print route of the board with the requested paper, orientation and parts, to be printed unseen', async () => {
    const window = fakeWindow();
    await exportPdf({ ...request, boardId: 'board 7', paper: 'Letter', orientation: 'portrait', parts: ['findings', 'legend'] }, setup(window).deps);
    const route = window.load.mock.calls[0]?.[0] ?? '';
    expect(route.startsWith(`/print/${encodeURIComponent('board 7')}?`)).toBe(true);
    const query = new URLSearchParams(route.slice(route.indexOf('?') + 1));
    expect(Object.fromEntries(query)).toEqual({ paper: 'Letter', orientation: 'portrait', parts: 'findings,legend', unattended: '1' });
    expect(window.printToPdf).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'Letter', landscape: false }));
  });

  it('returns null, writes nothing and reports the end when the user cancels the save dialog', async () => {
    const window = fakeWindow();
    const { deps, progress } = setup(window, { chooseSavePath: vi.fn(async () => null) });
    expect(await exportPdf(request, deps)).toEqual({ ok: true, value: null });
    expect(deps.writeFile).not.toHaveBeenCalled();
    expect(window.close).toHaveBeenCalledOnce();
    expect(progress.at(-1)).toEqual({ stage: 'done', message: 'Export cancelled.' });
  });

  it('stops with a message in words and closes the window when the page is never ready within the time limit', async () => {
    vi.useFakeTimers();
    const window = fakeWindow([NOT_READY]);
    const { deps, progress } = setup(window, { timeLimitMs: 5_000, pollIntervalMs: 100 });
    const pending = exportPdf(request, deps);
    await vi.advanceTimersByTimeAsync(5_000);
    const result = await pending;

    expect(result).toEqual({ ok: false, error: expect.stringMatching(/longer than 5 seconds/) });
    expect(window.close).toHaveBeenCalledOnce();
    expect(window.printToPdf).not.toHaveBeenCalled();
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
    expect(progress.filter((p) => p.stage === 'done')).toEqual([{ stage: 'done', message: result.ok ? '' : result.error }]);

    // Polling ends with the export.
    const polls = window.readPrintState.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(window.readPrintState.mock.calls.length).toBeLessThanOrEqual(polls + 1);
  });

  it('stops within the time limit when the page never finishes loading', async () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    window.load.mockImplementation(() => new Promise<void>(() => {}));
    const { deps } = setup(window, { timeLimitMs: 60_000 });
    const pending = exportPdf(request, deps);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await pending).toEqual({ ok: false, error: expect.stringMatching(/60 seconds/) });
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('stops within the time limit when printing never finishes', async () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    window.printToPdf.mockImplementation(() => new Promise<Uint8Array>(() => {}));
    const { deps } = setup(window, { timeLimitMs: 1_000 });
    const pending = exportPdf(request, deps);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).ok).toBe(false);
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('uses a one-minute limit by default', async () => {
    vi.useFakeTimers();
    const window = fakeWindow([NOT_READY]);
    const { deps } = setup(window, { pollIntervalMs: 100 });
    let settled = false;
    const pending = exportPdf(request, deps).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toEqual({ ok: false, error: expect.stringMatching(/60 seconds/) });
  });

  it("returns the page's own sentence and prints nothing when the print view reports an error", async () => {
    const window = fakeWindow([NOT_READY, { ready: false, error: 'This board does not exist any more.' }]);
    const { deps, progress } = setup(window);
    const result = await exportPdf(request, deps);
    expect(result).toEqual({ ok: false, error: 'The board could not be printed: This board does not exist any more.' });
    expect(window.printToPdf).not.toHaveBeenCalled();
    expect(window.close).toHaveBeenCalledOnce();
    expect(progress.at(-1)?.stage).toBe('done');
  });

  it('shortens the error when the page reports a very long one', async () => {
    const window = fakeWindow([{ ready: false, error: 'x'.repeat(10_000) }]);
    const result = await exportPdf(request, setup(window).deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(400);
  });

  it('keeps waiting when the page answers something unexpected, until it says it is ready', async () => {
    const window = fakeWindow([undefined, 'loading', { ready: 'yes' }, READY]);
    expect((await exportPdf(request, setup(window).deps)).ok).toBe(true);
    expect(window.readPrintState).toHaveBeenCalledTimes(4);
  });

  it('returns a readable error and closes the window when printing fails', async () => {
    const window = fakeWindow();
    window.printToPdf.mockRejectedValue(new Error('Printing failed'));
    const { deps } = setup(window);
    expect(await exportPdf(request, deps)).toEqual({ ok: false, error: 'The PDF could not be made: Printing failed.' });
    expect(window.close).toHaveBeenCalledOnce();
    expect(deps.chooseSavePath).not.toHaveBeenCalled();
  });

  it('returns a readable error and closes the window when the page fails to load', async () => {
    const window = fakeWindow();
    window.load.mockRejectedValue(new Error("ERR_FILE_NOT_FOUND (-6) loading 'file:///app/index.html'"));
    const result = await exportPdf(request, setup(window).deps);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The print view could not be loaded: ERR_FILE_NOT_FOUND/) });
    expect(window.readPrintState).not.toHaveBeenCalled();
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('returns a readable error and closes the window when the page stops answering', async () => {
    const window = fakeWindow();
    window.readPrintState.mockRejectedValue(new Error('Render frame was disposed'));
    expect(await exportPdf(request, setup(window).deps)).toEqual({ ok: false, error: expect.stringMatching(/stopped responding/) });
    expect(window.close).toHaveBeenCalledOnce();
  });

  it('returns the path and the reason in words when the file cannot be written', async () => {
    const window = fakeWindow();
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const { deps, progress } = setup(window, { writeFile: vi.fn(async () => Promise.reject(full)) });
    const result = await exportPdf(request, deps);
    expect(result).toEqual({ ok: false, error: 'The PDF could not be saved to /home/me/Launch plan.pdf: the disk is full.' });
    expect(window.close).toHaveBeenCalledOnce();
    expect(progress.filter((p) => p.stage === 'done')).toHaveLength(1);
  });

  it('returns a readable error when the save dialog cannot be shown', async () => {
    const { deps } = setup(fakeWindow(), { chooseSavePath: vi.fn(async () => Promise.reject(new Error('no display'))) });
    expect(await exportPdf(request, deps)).toEqual({ ok: false, error: 'The save dialog could not be opened: no display.' });
  });

  it('returns a readable error when the hidden window cannot be created', async () => {
    const { deps } = setup(fakeWindow(), {
      openPrintWindow: () => {
        throw new Error('out of memory');
      },
    });
    expect(await exportPdf(request, deps)).toEqual({ ok: false, error: 'The print view could not be opened: out of memory.' });
  });

  it('still returns the outcome when closing the window throws', async () => {
    const window = fakeWindow();
    window.close.mockImplementation(() => {
      throw new Error('Object has been destroyed');
    });
    expect(await exportPdf(request, setup(window).deps)).toEqual({ ok: true, value: { path: '/home/me/Launch plan.pdf' } });
  });
});

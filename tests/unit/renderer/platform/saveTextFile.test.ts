import { describe, expect, it } from 'vitest';
import { saveTextFile } from '../../../../src/renderer/src/platform/saveTextFile';
import { MAX_SAVE_FILE_BYTES } from '../../../../src/shared/ipc/contract';
import { fakeBridge, fakeWebEnvironment } from './fakePlatform';

const csv = { fileName: 'Launch plan 2026-11-25.csv', content: '\uFEFFTask,Product manager\r\nBudget,A/R\r\n', kind: 'csv' } as const;

describe('saveTextFile', () => {
  it("hands the text to main and returns main's result when running in the desktop app", async () => {
    const bridge = fakeBridge();
    const { env, link } = fakeWebEnvironment();
    expect(await saveTextFile(csv, { ...env, bridge })).toEqual({ ok: true, value: { path: '/home/me/plan.csv' } });
    expect(bridge.saveFile).toHaveBeenCalledExactlyOnceWith({ fileName: csv.fileName, content: csv.content, kind: 'csv' });
    expect(link.click).not.toHaveBeenCalled();
  });

  it('refuses in words, before anything crosses to main, when the text is over the size limit', async () => {
    const bridge = fakeBridge();
    const { env } = fakeWebEnvironment();
    const result = await saveTextFile({ fileName: 'big.json', content: 'x'.repeat(MAX_SAVE_FILE_BYTES + 1), kind: 'json' }, { ...env, bridge });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^This export is 50\.0 MB|^This export is 50 MB/) });
    expect(result.ok ? '' : result.error).toContain('up to 50 MB');
    expect(bridge.saveFile).not.toHaveBeenCalled();
  });

  it('downloads the exact bytes under the file name when running in a browser', async () => {
    const { env, link, blobs } = fakeWebEnvironment();
    expect(await saveTextFile(csv, env)).toEqual({ ok: true, value: { path: csv.fileName } });
    expect(blobs).toHaveLength(1);
    const blob = blobs[0]!;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // The byte-order mark survives, so Excel reads the CSV as UTF-8.
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv.content);
    expect(link.href).toBe('blob:raci/1');
    expect(link.download).toBe(csv.fileName);
    expect(link.click).toHaveBeenCalledOnce();
    expect(link.remove).toHaveBeenCalledOnce();
  });

  it('gives a JSON download the JSON media type', async () => {
    const { env, blobs } = fakeWebEnvironment();
    await saveTextFile({ fileName: 'plan.raci.json', content: '{}', kind: 'json' }, env);
    expect(blobs[0]?.type).toBe('application/json;charset=utf-8');
  });

  it('releases the download URL later, not before the browser has read it', async () => {
    const { env } = fakeWebEnvironment();
    await saveTextFile(csv, env);
    expect(env.revokeObjectUrl).not.toHaveBeenCalled();
    expect(env.later).toHaveBeenCalledOnce();
    const [release, delay] = env.later.mock.calls[0]!;
    expect(delay).toBeGreaterThanOrEqual(10_000);
    release();
    expect(env.revokeObjectUrl).toHaveBeenCalledExactlyOnceWith('blob:raci/1');
  });
});

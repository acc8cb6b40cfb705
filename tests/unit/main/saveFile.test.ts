import { describe, expect, it, vi } from 'vitest';
import { saveFile, type SaveFileDeps } from '../../../src/main/saveFile';

function setup(overrides: Partial<SaveFileDeps> = {}) {
  const deps = {
    chooseSavePath: vi.fn(async () => '/home/me/plan.csv' as string | null),
    writeFile: vi.fn(async (_path: string, _data: string) => {}),
    ...overrides,
  };
  return deps;
}

describe('saveFile', () => {
  it('asks for a path with the kind and suggested name, then writes the content exactly as given', async () => {
    const deps = setup();
    const content = '\uFEFFTask,Product manager\r\nBudget,A/R\r\n';
    expect(await saveFile({ fileName: 'plan.csv', content, kind: 'csv' }, deps)).toEqual({ ok: true, value: { path: '/home/me/plan.csv' } });
    expect(deps.chooseSavePath).toHaveBeenCalledExactlyOnceWith({ fileName: 'plan.csv', kind: 'csv' });
    expect(deps.writeFile).toHaveBeenCalledExactlyOnceWith('/home/me/plan.csv', content);
  });

  it('returns null and writes nothing when the user cancels', async () => {
    const deps = setup({ chooseSavePath: vi.fn(async () => null) });
    expect(await saveFile({ fileName: 'plan.json', content: '{}', kind: 'json' }, deps)).toEqual({ ok: true, value: null });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('returns the path and the reason in words when the file cannot be written', async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/home/me/plan.csv'"), { code: 'EACCES' });
    const deps = setup({ writeFile: vi.fn(async () => Promise.reject(denied)) });
    expect(await saveFile({ fileName: 'plan.csv', content: 'a', kind: 'csv' }, deps)).toEqual({
      ok: false,
      error: 'The file could not be saved to /home/me/plan.csv: you do not have permission to use this file or folder.',
    });
  });

  it('returns a readable error when the dialog cannot be shown', async () => {
    const deps = setup({ chooseSavePath: vi.fn(async () => Promise.reject(new Error('no display'))) });
    expect(await saveFile({ fileName: 'plan.csv', content: 'a', kind: 'csv' }, deps)).toEqual({ ok: false, error: 'The save dialog could not be opened: no display.' });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { openFile, type OpenFileDeps } from '../../../src/main/openFile';
import { err, ok } from '../../../src/shared/domain/result';
import { MAX_OPEN_FILE_BYTES } from '../../../src/shared/ipc/contract';

function setup(overrides: Partial<OpenFileDeps> = {}) {
  return {
    chooseOpenPath: vi.fn(async () => '/home/me/boards/plan.raci.json' as string | null),
    readTextFile: vi.fn(async (_path: string, _maxBytes: number) => ok('{"boards":[]}')),
    ...overrides,
  };
}

describe('openFile', () => {
  it('returns the file name without its folder and its text when the user picks a file', async () => {
    const deps = setup();
    expect(await openFile({ kinds: ['json', 'csv'] }, deps)).toEqual({ ok: true, value: { name: 'plan.raci.json', text: '{"boards":[]}' } });
    expect(deps.chooseOpenPath).toHaveBeenCalledExactlyOnceWith({ kinds: ['json', 'csv'] });
  });

  it('reads with the contract limit when none is given', async () => {
    const deps = setup();
    await openFile({ kinds: ['csv'] }, deps);
    expect(deps.readTextFile).toHaveBeenCalledExactlyOnceWith('/home/me/boards/plan.raci.json', MAX_OPEN_FILE_BYTES);
  });

  it('returns null and reads nothing when the user cancels', async () => {
    const deps = setup({ chooseOpenPath: vi.fn(async () => null) });
    expect(await openFile({ kinds: ['csv'] }, deps)).toEqual({ ok: true, value: null });
    expect(deps.readTextFile).not.toHaveBeenCalled();
  });

  it('returns the reader\'s sentence when the file is refused', async () => {
    const deps = setup({ readTextFile: vi.fn(async () => err('“plan.raci.json” is 25 MB; files larger than 20 MB cannot be opened.')) });
    expect(await openFile({ kinds: ['json'] }, deps)).toEqual({ ok: false, error: '“plan.raci.json” is 25 MB; files larger than 20 MB cannot be opened.' });
  });

  it('returns a readable error when the dialog cannot be shown', async () => {
    const deps = setup({ chooseOpenPath: vi.fn(async () => Promise.reject(new Error('no display'))) });
    expect(await openFile({ kinds: ['json'] }, deps)).toEqual({ ok: false, error: 'The open dialog could not be shown: no display.' });
  });
});

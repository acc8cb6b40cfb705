import { describe, expect, it, vi } from 'vitest';
import { createFileDialogs, openDialogFilters, type NativeFileDialogs } from '../../../src/main/fileDialogs';

type Owner = { id: number };
const owner: Owner = { id: 1 };

type Native = NativeFileDialogs<Owner>;

function fakeNative() {
  return {
    showSaveDialog: vi.fn<Native['showSaveDialog']>(async () => ({ canceled: false, filePath: '/home/me/Reports/plan.pdf' })),
    showOpenDialog: vi.fn<Native['showOpenDialog']>(async () => ({ canceled: false, filePaths: ['/home/me/Imports/plan.csv'] })),
    defaultDirectory: vi.fn<Native['defaultDirectory']>(() => '/home/me/Documents'),
  };
}

describe('createFileDialogs', () => {
  it('opens the save dialog for the owner in Documents with a safe name and the kind filter', async () => {
    const native = fakeNative();
    const path = await createFileDialogs(native).chooseSavePath(owner, { fileName: 'Q3/Q4 plan', kind: 'pdf' });
    expect(path).toBe('/home/me/Reports/plan.pdf');
    expect(native.showSaveDialog).toHaveBeenCalledExactlyOnceWith(owner, {
      title: 'Export PDF',
      defaultPath: '/home/me/Documents/Q3 Q4 plan.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('filters the save dialog to CSV or JSON when saving that kind', async () => {
    const native = fakeNative();
    const dialogs = createFileDialogs(native);
    await dialogs.chooseSavePath(owner, { fileName: 'plan.csv', kind: 'csv' });
    await dialogs.chooseSavePath(owner, { fileName: 'plan', kind: 'json' });
    const options = native.showSaveDialog.mock.calls.map(([, dialogOptions]) => dialogOptions);
    expect(options.map((o) => o.filters?.map((f) => f.extensions))).toEqual([[['csv']], [['json']]]);
    expect(options[1]?.defaultPath).toMatch(/plan\.json$/);
  });

  it('returns null when the user cancels the save dialog', async () => {
    const native = fakeNative();
    native.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    const dialogs = createFileDialogs(native);
    expect(await dialogs.chooseSavePath(owner, { fileName: 'plan', kind: 'pdf' })).toBeNull();
  });

  it('opens the next dialog in the folder the user last chose', async () => {
    const native = fakeNative();
    const dialogs = createFileDialogs(native);
    await dialogs.chooseSavePath(owner, { fileName: 'plan', kind: 'pdf' });
    await dialogs.chooseSavePath(owner, { fileName: 'plan', kind: 'csv' });
    expect(native.showSaveDialog.mock.calls[1]?.[1]).toMatchObject({ defaultPath: '/home/me/Reports/plan.csv' });
    await dialogs.chooseOpenPath(owner, { kinds: ['csv'] });
    expect(native.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: '/home/me/Reports' });
  });

  it('lets the system pick the folder when there is no Documents folder', async () => {
    const native = fakeNative();
    native.defaultDirectory.mockImplementation(() => {
      throw new Error("Failed to get 'documents' path");
    });
    await createFileDialogs(native).chooseSavePath(owner, { fileName: 'plan', kind: 'pdf' });
    expect(native.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({ defaultPath: 'plan.pdf' });
  });

  it('opens one file, filtered to the kinds asked for, and returns its path', async () => {
    const native = fakeNative();
    expect(await createFileDialogs(native).chooseOpenPath(owner, { kinds: ['json', 'csv'] })).toBe('/home/me/Imports/plan.csv');
    expect(native.showOpenDialog).toHaveBeenCalledExactlyOnceWith(owner, expect.objectContaining({ properties: ['openFile'], filters: openDialogFilters(['json', 'csv']) }));
  });

  it('returns null when the user cancels the open dialog', async () => {
    const native = fakeNative();
    native.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const dialogs = createFileDialogs(native);
    expect(await dialogs.chooseOpenPath(owner, { kinds: ['csv'] })).toBeNull();
  });
});

describe('openDialogFilters', () => {
  it('offers one filter showing every accepted file first when there are several kinds', () => {
    const filters = openDialogFilters(['json', 'csv']);
    expect(filters[0]?.extensions).toEqual(['json', 'csv', 'tsv']);
    expect(filters.slice(1).map((filter) => filter.extensions)).toEqual([['json'], ['csv', 'tsv']]);
  });

  it('offers only that kind, tab-separated files with CSV, when there is one', () => {
    expect(openDialogFilters(['csv']).map((filter) => filter.extensions)).toEqual([['csv', 'tsv']]);
  });
});

import { describe, expect, it } from 'vitest';
import { openTextFile } from '../../../../src/renderer/src/platform/openTextFile';
import { err, ok } from '../../../../src/shared/domain/result';
import { fakeBridge, fakeFile, fakeWebEnvironment } from './fakePlatform';

const MB = 1024 * 1024;

describe('openTextFile', () => {
  describe('in the desktop app', () => {
    it("asks main for a file of the kinds given and returns main's answer", async () => {
      const bridge = fakeBridge();
      const { env } = fakeWebEnvironment();
      expect(await openTextFile({ kinds: ['json', 'csv'], maxBytes: 20 * MB }, { ...env, bridge })).toEqual(ok({ name: 'plan.csv', text: 'Task,PM' }));
      expect(bridge.openFile).toHaveBeenCalledExactlyOnceWith({ kinds: ['json', 'csv'] });
      expect(env.addHiddenFileInput).not.toHaveBeenCalled();
    });

    it('asks for each kind once when a kind is repeated', async () => {
      const bridge = fakeBridge();
      await openTextFile({ kinds: ['csv', 'csv'], maxBytes: MB }, { bridge, addHiddenFileInput: fakeWebEnvironment().env.addHiddenFileInput });
      expect(bridge.openFile).toHaveBeenCalledWith({ kinds: ['csv'] });
    });

    it('passes a cancel or a refusal through', async () => {
      const bridge = fakeBridge();
      const { env } = fakeWebEnvironment();
      bridge.openFile.mockResolvedValueOnce(ok(null)).mockResolvedValueOnce(err('“x.csv” is 25 MB; files larger than 20 MB cannot be opened.'));
      expect(await openTextFile({ kinds: ['csv'], maxBytes: MB }, { ...env, bridge })).toEqual(ok(null));
      expect(await openTextFile({ kinds: ['csv'], maxBytes: MB }, { ...env, bridge })).toEqual(err('“x.csv” is 25 MB; files larger than 20 MB cannot be opened.'));
    });

    it('refuses the text with the same sentence as the browser when it is over a smaller limit', async () => {
      const bridge = fakeBridge();
      bridge.openFile.mockResolvedValue(ok({ name: 'plan.csv', text: 'x'.repeat(2048) }));
      const { env } = fakeWebEnvironment();
      expect(await openTextFile({ kinds: ['csv'], maxBytes: 1024 }, { ...env, bridge })).toEqual(err('“plan.csv” is 2 KB; files larger than 1 KB cannot be opened.'));
    });
  });

  describe('in a browser', () => {
    it('opens a picker limited to the kinds given, right away', () => {
      const { env, input } = fakeWebEnvironment();
      void openTextFile({ kinds: ['json', 'csv'], maxBytes: MB }, env);
      // Synchronously, so the click still counts as the user's own gesture.
      expect(input.click).toHaveBeenCalledOnce();
      expect(input.accept.split(',')).toEqual(['.json', 'application/json', '.csv', '.tsv', 'text/csv', 'text/tab-separated-values']);
    });

    it('returns the chosen file name and text, and removes the picker, when the user picks a file', async () => {
      const { env, input } = fakeWebEnvironment();
      const pending = openTextFile({ kinds: ['csv'], maxBytes: MB }, env);
      input.files = [fakeFile('plan.csv', new TextEncoder().encode('\uFEFFTask,PM'))];
      input.fire('change');
      expect(await pending).toEqual(ok({ name: 'plan.csv', text: '\uFEFFTask,PM' }));
      expect(input.remove).toHaveBeenCalledOnce();
    });

    it('returns null and removes the picker when the user cancels', async () => {
      const { env, input } = fakeWebEnvironment();
      const pending = openTextFile({ kinds: ['json'], maxBytes: MB }, env);
      input.fire('cancel');
      expect(await pending).toEqual(ok(null));
      expect(input.remove).toHaveBeenCalledOnce();
    });

    it('returns null when the picker reports a change with no file', async () => {
      const { env, input } = fakeWebEnvironment();
      const pending = openTextFile({ kinds: ['json'], maxBytes: MB }, env);
      input.files = [];
      input.fire('change');
      expect(await pending).toEqual(ok(null));
    });

    it('refuses a file over the limit without reading it', async () => {
      const { env, input } = fakeWebEnvironment();
      const pending = openTextFile({ kinds: ['json'], maxBytes: 20 * MB }, env);
      const file = fakeFile('huge.json', new Uint8Array(0), 21 * MB);
      input.files = [file];
      input.fire('change');
      expect(await pending).toEqual(err('“huge.json” is 21 MB; files larger than 20 MB cannot be opened.'));
      expect(file.arrayBuffer).not.toHaveBeenCalled();
    });

    it('keeps the first answer when a cancel follows a pick', async () => {
      const { env, input } = fakeWebEnvironment();
      const pending = openTextFile({ kinds: ['csv'], maxBytes: MB }, env);
      input.files = [fakeFile('plan.csv', new TextEncoder().encode('a,b'))];
      input.fire('change');
      input.fire('cancel');
      expect(await pending).toEqual(ok({ name: 'plan.csv', text: 'a,b' }));
      expect(input.remove).toHaveBeenCalledOnce();
    });
  });
});

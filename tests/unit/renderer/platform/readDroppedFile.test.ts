import { describe, expect, it } from 'vitest';
import { readDroppedFile } from '../../../../src/renderer/src/platform/readDroppedFile';
import { fakeFile } from './fakePlatform';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readDroppedFile', () => {
  it('returns the text with its byte-order mark when the file is a UTF-8 CSV', async () => {
    const file = fakeFile('plan.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Tâche,PM\r\n')]));
    expect(await readDroppedFile(file, 1024)).toEqual({ ok: true, value: '\uFEFFTâche,PM\r\n' });
  });

  it('reads a real File the same way', async () => {
    const file = new File(['\uFEFF{"name":"Plan"}'], 'plan.raci.json', { type: 'application/json' });
    expect(await readDroppedFile(file, 1024)).toEqual({ ok: true, value: '\uFEFF{"name":"Plan"}' });
  });

  it('reads a file of exactly the limit', async () => {
    expect(await readDroppedFile(fakeFile('a.json', utf8('x'.repeat(32))), 32)).toEqual({ ok: true, value: 'x'.repeat(32) });
  });

  it('refuses with a sentence naming the limit, without reading, when the file is over the limit', async () => {
    const file = fakeFile('huge.json', new Uint8Array(0), 25 * 1024 * 1024);
    expect(await readDroppedFile(file, 20 * 1024 * 1024)).toEqual({ ok: false, error: '“huge.json” is 25 MB; files larger than 20 MB cannot be opened.' });
    expect(file.arrayBuffer).not.toHaveBeenCalled();
  });

  it('replaces bytes that are not UTF-8 instead of failing', async () => {
    expect(await readDroppedFile(fakeFile('latin1.csv', new Uint8Array([0x54, 0xe2, 0x63, 0x68, 0x65])), 1024)).toEqual({ ok: true, value: 'T\uFFFDche' });
  });

  it('returns a sentence when the file cannot be read (a dropped folder)', async () => {
    const folder = fakeFile('Boards', new Uint8Array(0), 0);
    folder.arrayBuffer.mockRejectedValue(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
    expect(await readDroppedFile(folder, 1024)).toEqual({ ok: false, error: expect.stringMatching(/^“Boards” could not be read/) });
  });
});

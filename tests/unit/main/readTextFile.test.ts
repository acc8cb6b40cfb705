import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTextFile, type TextFileSource } from '../../../src/main/readTextFile';
import { MAX_OPEN_FILE_BYTES } from '../../../src/shared/ipc/contract';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'raci-read-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('readTextFile', () => {
  it('keeps the byte-order mark and decodes UTF-8 when the file starts with one', async () => {
    const path = join(folder, 'plan.csv');
    writeFileSync(path, Buffer.from('\uFEFFTâche,Chef de projet\r\n', 'utf8'));
    expect(await readTextFile(path, 1024)).toEqual({ ok: true, value: '\uFEFFTâche,Chef de projet\r\n' });
  });

  it('reads a file of exactly the limit', async () => {
    const path = join(folder, 'exact.json');
    writeFileSync(path, 'x'.repeat(64));
    expect(await readTextFile(path, 64)).toEqual({ ok: true, value: 'x'.repeat(64) });
  });

  it('refuses with a sentence naming the limit when the file is larger than the limit', async () => {
    const path = join(folder, 'huge.json');
    writeFileSync(path, '');
    // A sparse file: 21 MB on paper, nothing on disk.
    truncateSync(path, MAX_OPEN_FILE_BYTES + 1024 * 1024);
    expect(await readTextFile(path, MAX_OPEN_FILE_BYTES)).toEqual({ ok: false, error: '“huge.json” is 21 MB; files larger than 20 MB cannot be opened.' });
  });

  it('never reads the file when its size is over the limit', async () => {
    const source: TextFileSource = { stat: vi.fn(async () => ({ size: 5000, isFile: () => true })), readFile: vi.fn(async () => new Uint8Array()) };
    const result = await readTextFile('/data/big.csv', 4096, source);
    expect(result.ok).toBe(false);
    expect(source.readFile).not.toHaveBeenCalled();
  });

  it('refuses the file when it grew past the limit after its size was checked', async () => {
    const source: TextFileSource = { stat: async () => ({ size: 10, isFile: () => true }), readFile: async () => new Uint8Array(5000) };
    expect(await readTextFile('/data/growing.csv', 4096, source)).toEqual({ ok: false, error: expect.stringMatching(/growing\.csv.*larger than 4 KB/) });
  });

  it('refuses a folder without trying to read it', async () => {
    const path = join(folder, 'boards.json');
    mkdirSync(path);
    expect(await readTextFile(path, 1024)).toEqual({ ok: false, error: '“boards.json” is not a file that can be imported.' });
  });

  it('says the file does not exist when it was removed after being chosen', async () => {
    expect(await readTextFile(join(folder, 'gone.csv'), 1024)).toEqual({ ok: false, error: expect.stringMatching(/^“gone\.csv” could not be read: the file or its folder does not exist/) });
  });

  it('replaces bytes that are not UTF-8 instead of failing', async () => {
    const path = join(folder, 'latin1.csv');
    writeFileSync(path, Buffer.from([0x54, 0xe2, 0x63, 0x68, 0x65]));
    expect(await readTextFile(path, 1024)).toEqual({ ok: true, value: 'T\uFFFDche' });
  });
});

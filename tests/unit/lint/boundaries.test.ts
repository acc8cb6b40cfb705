import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The architecture's boundaries (DESIGN.md) are enforced by eslint.config.mjs; these tests lint
// small snippets as if they sat at a given path, so a loosened rule fails here.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: resolve(__dirname, '../../..') });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../../..', filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

// The first lint loads the TypeScript parser, which takes seconds on a busy machine.
describe('lint boundaries', { timeout: 30_000 }, () => {
  it('refuses React, Dexie, Electron and Node built-ins in src/shared', async () => {
    for (const source of ["import 'react';", "import 'dexie';", "import 'electron';", "import 'node:fs';", "import '@dnd-kit/core';"]) {
      expect(await ruleIds(`${source}\nexport {};\n`, 'src/shared/domain/example.ts')).toContain('no-restricted-imports');
    }
  });

  it('refuses imports that leave src/shared', async () => {
    const ids = await ruleIds("import { x } from '../../renderer/src/app/route';\nexport const y = x;\n", 'src/shared/domain/example.ts');
    expect(ids).toContain('no-restricted-imports');
  });

  it('refuses DOM globals in src/shared', async () => {
    expect(await ruleIds('export const width = window.innerWidth;\n', 'src/shared/domain/example.ts')).toContain('no-restricted-globals');
  });

  it('allows src/shared to import within itself', async () => {
    expect(await ruleIds("import type { Board } from './board';\nexport type B = Board;\n", 'src/shared/domain/example.ts')).toEqual([]);
  });

  it('refuses dexie in the renderer outside storage/', async () => {
    expect(await ruleIds("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'src/renderer/src/lanes/Example.tsx')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { useLiveQuery } from 'dexie-react-hooks';\nexport const h = useLiveQuery;\n", 'src/renderer/src/home/Example.tsx')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows dexie inside storage/', async () => {
    expect(await ruleIds("import Dexie from 'dexie';\nexport const d = Dexie;\n", 'src/renderer/src/storage/example.ts')).toEqual([]);
  });

  it('refuses electron anywhere in the renderer, storage included', async () => {
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'src/renderer/src/app/Example.tsx')).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", 'src/renderer/src/storage/example.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses window.raci outside platform/', async () => {
    expect(await ruleIds('export const bridge = window.raci;\n', 'src/renderer/src/home/Example.tsx')).toContain('no-restricted-properties');
    expect(await ruleIds('export const bridge = window.raci;\n', 'src/renderer/src/platform/example.ts')).toEqual([]);
  });

  it('refuses window.raci reached through a cast, a computed key or destructuring outside platform/', async () => {
    const reaches = [
      'export const bridge = (window as unknown as { raci: unknown }).raci;\n',
      'export const bridge = (globalThis as unknown as { raci: unknown }).raci;\n',
      'export const bridge = (window as Window & { raci?: unknown }).raci;\n',
      'export const bridge = (<{ raci: unknown }>(<unknown>window)).raci;\n',
      "export const bridge = (window as unknown as Record<string, unknown>)['raci'];\n",
      'export const bridge = (window as unknown as Record<string, unknown>)[`raci`];\n',
      'export const bridge = (window as unknown as { raci?: unknown })?.raci;\n',
      'const { raci } = window as unknown as { raci: unknown };\nexport const bridge = raci;\n',
      "const { 'raci': bridge } = globalThis as unknown as { raci: unknown };\nexport { bridge };\n",
    ];
    for (const code of reaches) {
      expect(await ruleIds(code, 'src/renderer/src/lanes/example.ts'), code).toContain('no-restricted-syntax');
    }
    for (const code of reaches) {
      expect(await ruleIds(code, 'src/renderer/src/platform/example.ts'), code).toEqual([]);
    }
  });

  it('allows other members and the text .raci.json in the renderer', async () => {
    expect(await ruleIds("export const name = 'plan.raci.json';\nexport const height = window.innerHeight;\n", 'src/renderer/src/home/example.ts')).toEqual([]);
  });

  it('refuses renderer code in main and preload', async () => {
    expect(await ruleIds("import { parseRoute } from '../renderer/src/app/route';\nexport const p = parseRoute;\n", 'src/main/example.ts')).toContain(
      'no-restricted-imports',
    );
  });
});

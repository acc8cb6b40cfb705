import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `npm run typecheck` checks three projects and `npm run lint` the whole tree. A test file outside
// every project's include would run under Vitest (which strips types) and never be type-checked.
const root = resolve(__dirname, '../../..');
const TYPECHECKED_PROJECTS = ['tsconfig.node.json', 'tsconfig.web.json', 'tsconfig.e2e.json'];

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.includes('/fixtures/'));
}

function filesOfProject(configFile: string): Set<string> {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, configFile), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error(`could not read ${configFile}`);
  return new Set(parsed.fileNames.map((file) => relative(root, file).split('\\').join('/')));
}

// Listing a few hundred files and asking ESLint about each takes seconds on a busy machine.
describe('typecheck and lint coverage', { timeout: 30_000 }, () => {
  const testFiles = [...sourceFilesUnder('tests'), ...sourceFilesUnder('src')];

  it('type-checks every source and test file in one of the typecheck projects', () => {
    const checked = new Set(TYPECHECKED_PROJECTS.flatMap((project) => [...filesOfProject(project)]));
    expect(testFiles.length).toBeGreaterThan(0);
    expect(testFiles.filter((file) => !checked.has(file))).toEqual([]);
  });

  it('includes the chromiumExecutable test in a typecheck project', () => {
    expect(filesOfProject('tsconfig.e2e.json').has('tests/unit/e2e/support/chromiumExecutable.test.ts')).toBe(true);
  });

  it('lints every source and test file', async () => {
    const eslint = new ESLint({ cwd: root });
    const ignored: string[] = [];
    for (const file of testFiles) if (await eslint.isPathIgnored(join(root, file))) ignored.push(file);
    expect(ignored).toEqual([]);
  });
});

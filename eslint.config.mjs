// Lint is where the architecture is enforced: each block below is a boundary from DESIGN.md.
// tests/unit/lint/boundaries.test.ts proves every boundary still bites.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronImports = { name: 'electron', message: 'Only src/main and src/preload may import electron.' };
const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins belong to src/main.' };
const dexieOutsideStorage = [
  { name: 'dexie', message: 'Only src/renderer/src/storage may import dexie.' },
  { name: 'dexie-react-hooks', message: 'Only src/renderer/src/storage may import dexie-react-hooks.' },
];
const raciBridge = [
  { object: 'window', property: 'raci', message: 'Only src/renderer/src/platform may touch window.raci.' },
  { object: 'globalThis', property: 'raci', message: 'Only src/renderer/src/platform may touch window.raci.' },
];
// no-restricted-properties only sees `window.raci` spelled out; a cast such as
// `(window as X).raci`, `globalThis['raci']` or `const { raci } = window` slips past it. The bridge
// is the only thing in the renderer called `raci`, so any member or destructured key by that name
// is a reach for it.
const raciBridgeSyntax = [
  { selector: "MemberExpression[computed=false][property.name='raci']", message: 'Only src/renderer/src/platform may touch window.raci.' },
  { selector: "MemberExpression[computed=true][property.value='raci']", message: 'Only src/renderer/src/platform may touch window.raci.' },
  { selector: "MemberExpression[computed=true][property.type='TemplateLiteral'][property.quasis.0.value.cooked='raci']", message: 'Only src/renderer/src/platform may touch window.raci.' },
  { selector: "ObjectPattern > Property[key.name='raci']", message: 'Only src/renderer/src/platform may touch window.raci.' },
  { selector: "ObjectPattern > Property[key.value='raci']", message: 'Only src/renderer/src/platform may touch window.raci.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/unit/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,mts,ts}'],
    ignores: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // src/shared is pure: no React, DOM, storage, Electron or Node; it imports nothing outside itself.
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronImports,
            ...dexieOutsideStorage,
            { name: 'react', message: 'src/shared is pure TypeScript.' },
            { name: 'react-dom', message: 'src/shared is pure TypeScript.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['@dnd-kit/*'], message: 'src/shared is pure TypeScript.' },
            { group: ['**/main/**', '**/preload/**', '**/renderer/**', '../../*', '../../../*'], message: 'src/shared imports nothing outside itself.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'process'],
    },
  },
  // The renderer: a browser page. Never electron or Node; storage only through storage/.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronImports, ...dexieOutsideStorage], patterns: [nodeBuiltins, { group: ['**/main/**', '**/preload/index'], message: 'The renderer talks to main only through platform/.' }] },
      ],
      'no-restricted-properties': ['error', ...raciBridge],
      'no-restricted-syntax': ['error', ...raciBridgeSyntax],
    },
  },
  {
    files: ['src/renderer/src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronImports], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['src/renderer/src/platform/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
  // Main and preload never reach into the renderer.
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload never import renderer code.' }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{ts,mts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

/**
 * The bench's web server, one origin for the app and its baselines (so they share IndexedDB and are
 * served the same way, by `vite preview`):
 * - `vite build --config bench/benchSite.config.mts` builds the bare React list (bench/baseline)
 *   into out/bench/site/__bench/baseline and copies the app's build (out/renderer) beside it;
 * - `vite preview --config bench/benchSite.config.mts` serves out/bench/site. Pages the scenarios
 *   write at run time (static copies of the lanes, static tables) go to out/bench/site/__bench/pages.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repository = fileURLToPath(new URL('..', import.meta.url));
const appBuild = `${repository}out/renderer`;
const SITE = `${repository}out/bench/site`;

/** Starts the site afresh and copies the app's build in once the baseline is written. */
function siteWithApp(): Plugin {
  return {
    name: 'bench-site-with-app',
    apply: 'build',
    buildStart() {
      if (!existsSync(`${appBuild}/index.html`)) throw new Error('out/renderer has no build: run `npx electron-vite build` first (npm run bench does).');
      rmSync(SITE, { recursive: true, force: true });
    },
    closeBundle() {
      cpSync(appBuild, SITE, { recursive: true });
    },
  };
}

export default defineConfig(({ isPreview }) => ({
  root: `${repository}bench/baseline`,
  base: './',
  logLevel: 'warn',
  plugins: [siteWithApp()],
  build: {
    outDir: isPreview ? SITE : `${SITE}/__bench/baseline`,
    emptyOutDir: true,
  },
}));

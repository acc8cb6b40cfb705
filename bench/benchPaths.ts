/** Where the bench finds the app's build and serves its own pages (see benchSite.config.mts). */
import { join } from 'node:path';

const repository = join(__dirname, '..');

export const benchPaths = {
  /** The app's build, as `npm run bench` leaves it. */
  appBuild: join(repository, 'out', 'renderer'),
  /** What the bench's server serves: the app's build plus __bench/. */
  site: join(repository, 'out', 'bench', 'site'),
  /** Static pages written by the scenarios, served at /__bench/pages/. */
  pages: join(repository, 'out', 'bench', 'site', '__bench', 'pages'),
} as const;

/** The URL path of a page written to benchPaths.pages. */
export function pageUrl(fileName: string): string {
  return `/__bench/pages/${fileName}`;
}

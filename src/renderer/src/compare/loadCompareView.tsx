/**
 * The compare view's code, loaded when the view is first opened: it is a chunk of its own (the
 * table, score and chart against the article's defaults, and the board-to-board comparison), so
 * opening a board does not load it. The catalogue itself stays with the app: the home screen's
 * template and the lanes' article overlay use it too. Should the chunk fail to load (a damaged
 * install), the view says so instead of failing the whole board screen.
 *
 * What loads is a function that renders the view, not the component itself: the board screen gets
 * it from a hook (useScreenCode), and a component taken from a hook would look to React's lint as
 * if it were made anew on every render.
 */
import type { ReactNode } from 'react';
import type { CompareViewProps } from './CompareView';

export type RenderCompareView = (props: CompareViewProps) => ReactNode;

export function loadCompareView(): Promise<RenderCompareView> {
  return import('./CompareView').then(
    ({ CompareView }): RenderCompareView =>
      (props) => <CompareView {...props} />,
    (error: unknown): RenderCompareView => {
      const reason = error instanceof Error ? error.message : String(error);
      return () => (
        <div className="banner" role="alert">
          <p>The compare view could not be loaded ({reason}). Reload the window to try again; your board is unchanged.</p>
        </div>
      );
    },
  );
}

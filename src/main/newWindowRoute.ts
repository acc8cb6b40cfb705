/**
 * Which screen File > New Window opens. A second window is for watching or editing the same board
 * side by side, so it opens the board the current window shows; from any other screen (home, the
 * backups, a dialog route) it opens the home screen. Only a page of the app itself is copied, never
 * a route taken from anywhere else.
 */
import { isAppUrl } from './navigationPolicy';

export const HOME_ROUTE = '/';

const BOARD_ROUTE = /^\/board\/[^/?#]+$/;

export function newWindowRoute(currentPageUrl: string | null, appBaseUrl: string): string {
  if (currentPageUrl === null || !isAppUrl(currentPageUrl, appBaseUrl)) return HOME_ROUTE;
  const route = new URL(currentPageUrl).hash.replace(/^#/, '');
  return BOARD_ROUTE.test(route) ? route : HOME_ROUTE;
}

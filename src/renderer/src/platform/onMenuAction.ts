import type { MenuAction } from '../../../shared/ipc/contract';
import { desktopBridge } from './desktopBridge';

/** Subscribes to application-menu actions; in the web edition there is no menu, so nothing arrives. */
export function onMenuAction(listener: (action: MenuAction) => void): () => void {
  const bridge = desktopBridge();
  return bridge ? bridge.onMenuAction(listener) : () => {};
}

/**
 * Where the page comes from: the built index.html on disk, or (in development only) the Vite dev
 * server that electron-vite announces in ELECTRON_RENDERER_URL. `baseUrl` is what the navigation
 * and IPC sender checks compare against.
 */
import { pathToFileURL } from 'node:url';

export type RendererLocation =
  | { readonly kind: 'file'; readonly filePath: string; readonly baseUrl: string }
  | { readonly kind: 'dev-server'; readonly baseUrl: string };

export interface RendererLocationInput {
  readonly isPackaged: boolean;
  /** process.env.ELECTRON_RENDERER_URL */
  readonly devServerUrl: string | undefined;
  /** Absolute path of the built out/renderer/index.html. */
  readonly rendererHtmlPath: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A dev server is trusted with the bridge only if it is plain http(s) on this machine. */
function loopbackDevServer(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  try {
    const parsed = new URL(url);
    const isHttp = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    return isHttp && LOOPBACK_HOSTS.has(parsed.hostname) && parsed.username === '' && parsed.password === '' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function resolveRendererLocation({ isPackaged, devServerUrl, rendererHtmlPath }: RendererLocationInput): RendererLocation {
  // A packaged app never follows the environment: anyone could point it at another page.
  const devServer = isPackaged ? null : loopbackDevServer(devServerUrl);
  if (devServer !== null) return { kind: 'dev-server', baseUrl: devServer };
  return { kind: 'file', filePath: rendererHtmlPath, baseUrl: pathToFileURL(rendererHtmlPath).href };
}

export interface RendererLoader {
  loadFile(filePath: string, options?: { hash?: string }): Promise<void>;
  loadURL(url: string): Promise<void>;
}

/**
 * Loads the page at a hash route such as '/' or '/print/<boardId>' (the renderer routes on the
 * hash, so the same file serves every screen).
 */
export function loadRenderer(target: RendererLoader, location: RendererLocation, route = '/'): Promise<void> {
  if (location.kind === 'file') return target.loadFile(location.filePath, { hash: route });
  const url = new URL(location.baseUrl);
  url.hash = route;
  return target.loadURL(url.href);
}

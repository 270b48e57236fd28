// The app's own scheme: the built renderer is served from app://galley/ instead of file://
// (Electron's security checklist), so the page has a real origin and reaches no other file.
// Pure: a function of the request URL, the renderer folder and the file calls, so tests/main
// runs it without Electron; src/main/index.ts hands it to `protocol.handle`.
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** For `protocol.registerSchemesAsPrivileged`, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

export interface AppFileSystem {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function refuse(status: number): AppResponse {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The response to one app:// request: a file inside `rendererRoot` (links resolved, so a
 * link cannot lead out), with the Content-Security-Policy header; 400 for a URL that does
 * not parse, 403 for another host or a path that leaves the folder, 404 for anything else.
 */
export async function serveAppFile(
  requestUrl: string,
  rendererRoot: string,
  fs: AppFileSystem,
): Promise<AppResponse> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(403);
  let segments: string[];
  try {
    segments = url.pathname
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return refuse(400);
  }
  // An encoded slash, backslash or dot segment is a way out, never a file name.
  if (segments.some((s) => s === '.' || s === '..' || /[/\\\0:]/.test(s))) return refuse(403);
  if (segments.length === 0) segments = ['index.html'];
  const root = path.resolve(rendererRoot);
  const file = path.join(root, ...segments);
  if (!isInside(root, file)) return refuse(403);
  try {
    const real = await fs.realpath(file);
    if (!isInside(await fs.realpath(root), real)) return refuse(403);
    if (!(await fs.stat(real)).isFile()) return refuse(404);
    return {
      status: 200,
      headers: {
        'Content-Type': TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
      body: await fs.readFile(real),
    };
  } catch {
    return refuse(404);
  }
}

/**
 * Which page the window loads. The dev server's URL (ELECTRON_RENDERER_URL) is taken only
 * when the app is not packaged AND this is a development build (`import.meta.env.DEV`, a
 * constant electron-vite sets only for `electron-vite dev`) AND it is a loopback http URL;
 * otherwise the environment cannot choose the page.
 */
export function rendererEntry(options: {
  isPackaged: boolean;
  devBuild: boolean;
  rendererUrl: string | undefined;
}): { devUrl: string | undefined; appUrl: string } {
  const { isPackaged, devBuild, rendererUrl } = options;
  if (!isPackaged && devBuild && rendererUrl !== undefined && isLoopbackHttp(rendererUrl)) {
    return { devUrl: rendererUrl, appUrl: rendererUrl };
  }
  return { devUrl: undefined, appUrl: APP_PAGE_URL };
}

function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]')
    );
  } catch {
    return false;
  }
}

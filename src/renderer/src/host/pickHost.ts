import { createBrowserHost } from './browserHost';
import type { Host } from './Host';

/**
 * The desktop shell's preload exposes `window.galley`; a plain browser tab has none.
 * The Electron host is loaded only there, so the browser build never carries it.
 */
export async function pickHost(): Promise<Host> {
  const api = window.galley;
  if (api) {
    const { createElectronHost } = await import('./electronHost');
    return createElectronHost(api);
  }
  return createBrowserHost();
}

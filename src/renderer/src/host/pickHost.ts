// The preload's declaration file, named outright: where src/preload/index.ts is also
// compiled (the tests' tsconfig), TypeScript would otherwise skip index.d.ts.
import type { GalleyApi } from '../../../preload/index.d';
import { createBrowserHost } from './browserHost';
import type { Host } from './Host';

/**
 * The desktop shell's preload exposes `window.galley`; a plain browser tab has none.
 * The Electron host is loaded only there, so the browser build never carries it.
 */
export async function pickHost(): Promise<Host> {
  const api: GalleyApi | undefined = window.galley;
  if (api) {
    const { createElectronHost } = await import('./electronHost');
    return createElectronHost(api);
  }
  return createBrowserHost();
}

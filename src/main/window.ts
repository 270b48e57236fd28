import path from 'node:path';
import { BrowserWindow } from 'electron';
// electron-vite copies the file beside the main bundle and gives its path at run time.
import icon from '../../resources/icon.png?asset';

export interface AppWindowOptions {
  /** The preload bundle: one CommonJS file, as a sandboxed preload must be. */
  preload: string;
}

/** The one window factory: every Galley window gets the same locked-down preferences. */
export function createAppWindow({ preload }: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Galley',
    // macOS takes the icon from the app bundle and Windows from the .exe; Linux needs it here.
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: {
      preload: path.resolve(preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  return window;
}

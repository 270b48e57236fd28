import path from 'node:path';
import { BrowserWindow } from 'electron';

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

import { dialog, type BrowserWindow } from 'electron';
import type { DialogLike } from './ipc/dialog';

/** Electron's dialogs, attached to the app window (sheets on macOS) when there is one. */
export function windowDialog(getWindow: () => BrowserWindow | null): DialogLike {
  return {
    showOpenDialog: (options) => {
      const window = getWindow();
      return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const window = getWindow();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
    showMessageBox: (options) => {
      const window = getWindow();
      return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
    },
  };
}

import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';

/** Electron's `dialog`, already bound to the app window; tests pass a fake. */
export interface DialogLike {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
}

// The one API the preload exposes to the page as `window.galley`: one method per IPC
// message, nothing generic (no channel names from the page, no ipcRenderer).
import type { DecodeResult } from '../core/decode/types';
import type { EncodingName } from '../core/model';
import {
  CHANNELS,
  MENU_COMMANDS,
  type ExportFileData,
  type ExportFolder,
  type MenuCommandName,
  type OpenedFile,
  type PickedFile,
  type WriteOutcome,
} from '../main/ipc/contract';

/** The part of Electron's `ipcRenderer` the API uses, so tests can pass a fake. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createApi(ipc: IpcRendererLike) {
  return {
    pickFiles: () => ipc.invoke(CHANNELS.pickFiles) as Promise<PickedFile[]>,
    pickFolder: () => ipc.invoke(CHANNELS.pickFolder) as Promise<PickedFile[]>,
    readPicked: (token: string, encoding?: EncodingName) =>
      ipc.invoke(CHANNELS.readPicked, token, ...(encoding ? [encoding] : [])) as Promise<DecodeResult>,
    readPickedBytes: (token: string) => ipc.invoke(CHANNELS.readPickedBytes, token) as Promise<Uint8Array>,
    pickExportFolder: () => ipc.invoke(CHANNELS.pickExportFolder) as Promise<ExportFolder | null>,
    confirmSourceFolder: (token: string) =>
      ipc.invoke(CHANNELS.confirmSourceFolder, token) as Promise<boolean>,
    writeExportFiles: (token: string, files: ExportFileData[], options: { confirmSourceFolder: boolean }) =>
      ipc.invoke(CHANNELS.writeExportFiles, token, files, options) as Promise<WriteOutcome>,
    saveFile: (suggestedName: string, data: Uint8Array) =>
      ipc.invoke(CHANNELS.saveFile, suggestedName, data) as Promise<WriteOutcome | null>,
    openFile: (extensions: string[]) =>
      ipc.invoke(CHANNELS.openFile, extensions) as Promise<OpenedFile | null>,
    /** Native menu commands; returns an unsubscribe. */
    onMenuCommand(listener: (command: MenuCommandName) => void): () => void {
      const relay = (_event: unknown, command: unknown) => {
        if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommandName);
      };
      ipc.on(CHANNELS.menuCommand, relay);
      return () => {
        ipc.removeListener(CHANNELS.menuCommand, relay);
      };
    },
  };
}

/** What the page sees as `window.galley`. */
export type GalleyApi = ReturnType<typeof createApi>;

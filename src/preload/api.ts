// The one API the preload exposes to the page as `window.galley`: one method per IPC
// message, nothing generic (no channel names from the page, no ipcRenderer).
//
// Values come from ../shared/ipc/channels only: the contract itself loads zod, which a
// sandboxed preload cannot require. It is imported for its types.
import type { EncodingName } from '../core/model';
import {
  CHANNELS,
  isMenuCommand,
  type EventChannel,
  type ExportFile,
  type MenuCommand,
  type MenuLanguage,
  type RequestChannel,
} from '../shared/ipc/channels';
import type { IpcArgs, IpcResult } from '../shared/ipc/contract';

/**
 * The part of Electron's `ipcRenderer` the API uses, so tests can pass a fake. `invoke` is
 * typed by the contract: a call whose arguments disagree with the channel's schema does
 * not compile, and it resolves to the channel's result, which the main process's `handle`
 * only lets a handler return. (Electron's own `invoke` returns `Promise<any>`, so
 * `ipcRenderer` fits as it is.)
 */
export interface IpcRendererLike {
  invoke<C extends RequestChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>>;
  on(channel: EventChannel, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: EventChannel, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createApi(ipc: IpcRendererLike) {
  return {
    pickFiles: () => ipc.invoke(CHANNELS.pickFiles),
    pickFolder: () => ipc.invoke(CHANNELS.pickFolder),
    readPicked: (token: string, encoding?: EncodingName) =>
      encoding === undefined
        ? ipc.invoke(CHANNELS.readPicked, token)
        : ipc.invoke(CHANNELS.readPicked, token, encoding),
    readPickedBytes: (token: string) => ipc.invoke(CHANNELS.readPickedBytes, token),
    pickExportFolder: () => ipc.invoke(CHANNELS.pickExportFolder),
    confirmSourceFolder: (token: string) => ipc.invoke(CHANNELS.confirmSourceFolder, token),
    writeExportFiles: (token: string, files: ExportFile[]) =>
      ipc.invoke(CHANNELS.writeExportFiles, token, files),
    saveFile: (suggestedName: string, data: Uint8Array) => ipc.invoke(CHANNELS.saveFile, suggestedName, data),
    openFile: (extensions: string[]) => ipc.invoke(CHANNELS.openFile, extensions),
    setMenuLanguage: (language: MenuLanguage) => ipc.invoke(CHANNELS.setMenuLanguage, language),
    /** Native menu commands; returns an unsubscribe. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      // The page hears known commands only, whatever arrives on the channel.
      const relay = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(CHANNELS.menuCommand, relay);
      return () => {
        ipc.removeListener(CHANNELS.menuCommand, relay);
      };
    },
  };
}

/** What the page sees as `window.galley`: derived from the implementation, so it cannot drift. */
export type GalleyApi = ReturnType<typeof createApi>;

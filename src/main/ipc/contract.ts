// The IPC contract between the main process and the preload: channel names and the
// shapes that cross. Pure types and constants, so the preload bundle and the renderer's
// type checking can both import it without pulling in Node or Electron.
import type { EncodingName } from '../../core/model';

export const CHANNELS = {
  pickFiles: 'galley:pick-files',
  pickFolder: 'galley:pick-folder',
  readPicked: 'galley:read-picked',
  readPickedBytes: 'galley:read-picked-bytes',
  pickExportFolder: 'galley:pick-export-folder',
  confirmSourceFolder: 'galley:confirm-source-folder',
  writeExportFiles: 'galley:write-export-files',
  saveFile: 'galley:save-file',
  openFile: 'galley:open-file',
  /** Main → renderer: a native menu command. */
  menuCommand: 'galley:menu-command',
} as const;

/**
 * Commands the native menu sends to the renderer; the same list as Host.ts's MenuCommand
 * (electronHost.ts checks the two agree), repeated here because Host.ts needs the DOM.
 */
export const MENU_COMMANDS = [
  'open-files',
  'open-folder',
  'export',
  'backup',
  'restore',
  'undo',
  'redo',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];

/** A file the user picked in a dialog, named by an opaque token the main process resolves. */
export interface PickedFile {
  token: string;
  name: string;
  /** '/'-separated; for Open Folder it starts with the folder's own name. */
  relativePath: string;
  size: number;
}

/** A folder the user picked for an export. */
export interface ExportFolder {
  token: string;
  /** The folder's path, to show the user where files go. */
  label: string;
  /** The folder holds (or lies inside one holding) raw pages imported in this session. */
  sourceFolder: boolean;
}

/** Why writing failed, for the UI to word. */
export type WriteFailureKind =
  | 'permission'
  | 'disk-full'
  | 'read-only'
  | 'name-too-long'
  | 'source-file'
  | 'source-folder'
  | 'invalid-path'
  | 'unknown-target'
  | 'io';

export type WriteOutcome =
  | { ok: true; written: number; bytes: number }
  | { ok: false; kind: WriteFailureKind; written: number; bytes: number; path?: string; detail?: string };

export interface ExportFileData {
  path: string;
  data: string | Uint8Array;
}

/** A single file the user chose to open (a project backup). */
export type OpenedFile =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; kind: 'too-large' | 'unreadable'; detail?: string };

export type ReadPickedArgs = { token: string; encoding?: EncodingName };

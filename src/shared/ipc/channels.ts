// The names and shapes that cross between the main process, the preload and the renderer.
// No runtime import at all: the sandboxed preload bundles this file, and a sandboxed
// preload cannot `require` packages (zod included), only `electron` and a few Node globals.
import type { ExportFile } from '../../core/export/files';

export type { ExportFile };

/** Every IPC channel: renderer → main requests, and `menuCommand`, main → renderer. */
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
  /** The app's language, so the native menu speaks it too. */
  setMenuLanguage: 'galley:set-menu-language',
  /** Main → renderer: a native menu command. */
  menuCommand: 'galley:menu-command',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
/** Channels the main process sends on, the renderer only listens to. */
export type EventChannel = typeof CHANNELS.menuCommand;
/** Channels the renderer invokes and the main process handles. */
export type RequestChannel = Exclude<Channel, EventChannel>;

/** Commands the native menu sends to the renderer (the browser host raises two itself). */
export const MENU_COMMANDS = [
  'open-files',
  'open-folder',
  'export',
  'backup',
  'restore',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** The languages of the app's words (the renderer's i18n codes), which the native menu follows. */
export const MENU_LANGUAGES = ['en', 'zh'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

/** What each main → renderer message carries. */
export interface IpcEvents {
  [CHANNELS.menuCommand]: [command: MenuCommand];
}

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

export interface WriteSuccess {
  ok: true;
  written: number;
  bytes: number;
}

export interface WriteFailure {
  ok: false;
  kind: WriteFailureKind;
  /** Files completely written before the failure. */
  written: number;
  bytes: number;
  path?: string;
  detail?: string;
}

/** How writing an export batch or a single file went. */
export type WriteOutcome = WriteSuccess | WriteFailure;

/** A single file the user chose to open (a project backup). */
export type OpenedFile =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; kind: 'too-large' | 'unreadable'; detail?: string };

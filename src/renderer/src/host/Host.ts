import type { DecodeResult } from '../../../core/decode/types';
import type { ExportFile } from '../../../core/export/files';
import type { EncodingName } from '../../../core/model';
import type { MenuCommand, MenuLanguage } from '../../../shared/ipc/channels';

// Defined once, where every process can reach them; re-exported for the renderer.
export type { ExportFile, MenuCommand };

/**
 * Everything the renderer needs from the world outside the page. Implemented by the
 * Electron preload API (electronHost.ts) and by plain browser APIs (browserHost.ts), so
 * the same app runs in the desktop shell and in a Chromium tab.
 */
export interface Host {
  readonly kind: 'electron' | 'browser';
  /** Asks the user for .txt files; [] when cancelled. */
  pickFiles(): Promise<SourceFile[]>;
  /** Asks the user for a folder, read recursively for .txt files; [] when cancelled. */
  pickFolder(): Promise<SourceFile[]>;
  /** Files dropped onto the window (read in the renderer in both hosts: no path is trusted). */
  filesFromDrop(data: DataTransfer): Promise<SourceFile[]>;
  /** Menu commands from the native menu (Electron) or nothing (browser). Returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The app's language, for the native menu (Electron); nothing to do in a browser tab. */
  setMenuLanguage(language: MenuLanguage): void;
  /** Asks the user where exported files go; null when cancelled. */
  pickExportTarget(): Promise<ExportTarget | null>;
  /**
   * Saves one file the app made (a project backup) where the user chooses; false when
   * cancelled. A Blob (made in a worker) is saved without its bytes being copied on the
   * window's thread.
   */
  saveFile(suggestedName: string, data: Uint8Array | Blob): Promise<boolean>;
  /** Asks the user for one file to read (a project backup, a rule set); null when cancelled. */
  openFile(extensions: string[]): Promise<ChosenFile | null>;
}

/**
 * One file the user chose to read, as a Blob: in a browser the file on disk itself, so a
 * large backup is read where it is used (the backup worker), not copied into the window.
 */
export interface ChosenFile {
  name: string;
  file: Blob;
}

/** One file the user chose, not yet read. */
export interface SourceFile {
  name: string;
  relativePath: string;
  size: number;
  /** Reads and decodes the file; `encoding` forces one instead of detecting. */
  decode(encoding?: EncodingName): Promise<DecodeResult>;
  /**
   * The original bytes, read again. The import keeps them for pages whose encoding was a
   * guess, so the archivist can re-open such a page in another encoding; a host without
   * it imports the same, only without that choice.
   */
  readBytes?(): Promise<Uint8Array>;
}

export interface ExportSummary {
  written: number;
  bytes: number;
  /** Where the files went, in words for the user (a folder path or a zip name). */
  location: string;
}

export interface ExportTarget {
  label: string;
  write(files: ExportFile[], onProgress: (done: number, total: number) => void): Promise<ExportSummary>;
  /**
   * A target that is one zip (the browser's download): it takes the zip made whole off the
   * window's thread (export/exportWork.ts) instead of the files.
   */
  saveZip?(zip: Blob): Promise<void>;
}

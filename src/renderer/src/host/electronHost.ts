// The Host of the desktop app, over the preload API (`window.galley`). Files picked in
// native dialogs are read and decoded by the main process through opaque tokens; files
// dropped onto the window are read here, like in the browser, since no dropped path is
// trusted.
import type { GalleyApi } from '../../../preload/api';
import type { PickedFile, WriteFailure, WriteFailureKind } from '../../../shared/ipc/channels';
import type { ExportFile, ExportTarget, Host, SourceFile } from './Host';
import { byRelativePath, readDroppedFiles } from './readDroppedFiles';

/** Writing an export or a backup failed; `kind` says why, for the UI to word. */
export class HostWriteError extends Error {
  override name = 'HostWriteError';
  constructor(
    readonly kind: WriteFailureKind,
    /** The file that failed, relative to the export folder (or the backup's path). */
    readonly path: string | undefined,
    /** Files completely written before the failure. */
    readonly written: number,
    detail?: string,
  ) {
    super(`${path ? `${path}: ` : ''}${kind}${detail ? ` (${detail})` : ''}`);
  }
}

/** Files per IPC message: progress stays smooth and no message grows huge. */
const BATCH_FILES = 200;
const BATCH_BYTES = 8 * 1024 * 1024;

function sizeOf(data: string | Uint8Array): number {
  // UTF-16 length is a fair upper bound for batching; the exact bytes come back from main.
  return typeof data === 'string' ? data.length * 2 : data.byteLength;
}

function batches(files: ExportFile[]): ExportFile[][] {
  const out: ExportFile[][] = [];
  let current: ExportFile[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = sizeOf(file.data);
    if (current.length > 0 && (current.length >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function failure(outcome: WriteFailure, writtenBefore: number): HostWriteError {
  return new HostWriteError(outcome.kind, outcome.path, writtenBefore + outcome.written, outcome.detail);
}

export function createElectronHost(api: GalleyApi): Host {
  const sourceFile = (file: PickedFile): SourceFile => ({
    name: file.name,
    relativePath: file.relativePath,
    size: file.size,
    decode: (encoding) => api.readPicked(file.token, encoding),
    readBytes: () => api.readPickedBytes(file.token),
  });

  return {
    kind: 'electron',
    pickFiles: async () => (await api.pickFiles()).map(sourceFile).sort(byRelativePath),
    pickFolder: async () => (await api.pickFolder()).map(sourceFile).sort(byRelativePath),
    filesFromDrop: (data) => readDroppedFiles(data),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    // A menu left in the other language is no reason to trouble the archivist.
    setMenuLanguage: (language) => void api.setMenuLanguage(language).catch(() => undefined),

    async pickExportTarget(): Promise<ExportTarget | null> {
      const folder = await api.pickExportFolder();
      if (!folder) return null;
      // Beside raw pages only with the user's say-so, asked in a native dialog right away;
      // the main process keeps the answer and checks it on every write.
      if (folder.sourceFolder && !(await api.confirmSourceFolder(folder.token))) return null;
      return {
        label: folder.label,
        async write(files, onProgress) {
          let written = 0;
          let bytes = 0;
          onProgress(0, files.length);
          for (const batch of batches(files)) {
            const outcome = await api.writeExportFiles(folder.token, batch);
            if (!outcome.ok) throw failure(outcome, written);
            written += outcome.written;
            bytes += outcome.bytes;
            onProgress(written, files.length);
          }
          return { written, bytes, location: folder.label };
        },
      };
    },

    async saveFile(suggestedName, data) {
      const bytes = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      const outcome = await api.saveFile(suggestedName, bytes);
      if (outcome === null) return false;
      if (!outcome.ok) throw failure(outcome, 0);
      return true;
    },

    async openFile(extensions) {
      const opened = await api.openFile(extensions.map((e) => e.replace(/^\./, '')));
      if (opened === null) return null;
      if (!opened.ok) throw new Error(`${opened.kind}${opened.detail ? ` (${opened.detail})` : ''}`);
      return { name: opened.name, file: new Blob([opened.bytes as BlobPart]) };
    },
  };
}

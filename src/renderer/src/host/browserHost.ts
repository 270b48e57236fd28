// The Host of the browser build: file inputs, drag and drop, downloads, and the File
// System Access directory picker where Chromium offers it. Nothing here is trusted more
// than what the user picked or dropped.

import { zipSync } from 'fflate';
import type { ExportFile, ExportTarget, Host } from './Host';
import { byRelativePath, isPageFileName, readDroppedFiles, sourceFileFromFile } from './readDroppedFiles';

type DirectoryPicker = (options?: {
  mode?: 'read' | 'readwrite';
  id?: string;
}) => Promise<FileSystemDirectoryHandle>;

/** Opens the browser's file chooser; resolves with the chosen files, [] when cancelled. */
function chooseFiles(configure: (input: HTMLInputElement) => void): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    configure(input);
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: Uint8Array | string | Blob, type = 'application/octet-stream'): void {
  const blob = data instanceof Blob ? data : new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
}

function directoryTarget(root: FileSystemDirectoryHandle): ExportTarget {
  return {
    label: root.name,
    async write(files, onProgress) {
      let bytes = 0;
      for (const [i, file] of files.entries()) {
        const parts = file.path.split('/');
        const name = parts.pop()!;
        let dir = root;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const handle = await dir.getFileHandle(name, { create: true });
        // Chromium writes to a swap file and replaces the target on close(): atomic per file.
        const stream = await handle.createWritable();
        try {
          await stream.write(file.data as FileSystemWriteChunkType);
          await stream.close();
        } catch (error) {
          await stream.abort();
          throw error;
        }
        bytes += byteLength(file.data);
        onProgress(i + 1, files.length);
      }
      return { written: files.length, bytes, location: root.name };
    },
  };
}

function zipTarget(name: string): ExportTarget {
  return {
    label: name,
    async write(files: ExportFile[], onProgress) {
      const entries: Record<string, Uint8Array> = {};
      const encoder = new TextEncoder();
      let bytes = 0;
      for (const [i, file] of files.entries()) {
        const data = typeof file.data === 'string' ? encoder.encode(file.data) : file.data;
        entries[file.path] = data;
        bytes += data.byteLength;
        onProgress(i + 1, files.length);
      }
      download(name, zipSync(entries), 'application/zip');
      return { written: files.length, bytes, location: name };
    },
    async saveZip(zip) {
      download(name, zip);
    },
  };
}

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    async pickFiles() {
      const files = await chooseFiles((input) => {
        input.multiple = true;
        input.accept = '.txt,text/plain';
      });
      // Not spread into a new object: that would ask every file its size (sourceFileFromFile).
      return files.map((file) => sourceFileFromFile(file, file.name)).sort(byRelativePath);
    },
    async pickFolder() {
      const files = await chooseFiles((input) => {
        input.webkitdirectory = true;
      });
      return files
        .filter(
          (file) =>
            isPageFileName(file.name) && !file.webkitRelativePath.split('/').some((p) => p.startsWith('.')),
        )
        .map((file) => sourceFileFromFile(file))
        .sort(byRelativePath);
    },
    filesFromDrop(data) {
      // Taken now, while the drop event still lets the DataTransfer be read: files dropped
      // themselves (not inside a folder) can then hand their bytes back for a re-open.
      const dropped = new Map(Array.from(data.files ?? [], (file) => [file.name, file]));
      return readDroppedFiles(data).then((files) =>
        files.map((source) => {
          const file = source.relativePath === source.name ? dropped.get(source.name) : undefined;
          return file && !source.readBytes
            ? { ...source, readBytes: async () => new Uint8Array(await file.arrayBuffer()) }
            : source;
        }),
      );
    },
    onMenuCommand(listener) {
      // No native menu in a browser tab: its two accelerators for opening pages stand in.
      const onKey = (e: KeyboardEvent) => {
        if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'o') return;
        e.preventDefault();
        listener(e.shiftKey ? 'open-folder' : 'open-files');
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    setMenuLanguage() {
      // A browser tab has no native menu: the page's own words are all there is.
    },
    async pickExportTarget() {
      const picker = (window as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
      if (!picker) return zipTarget(`galley-export-${new Date().toISOString().slice(0, 10)}.zip`);
      try {
        return directoryTarget(await picker({ mode: 'readwrite', id: 'galley-export' }));
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return null;
        throw error;
      }
    },
    async saveFile(suggestedName, data) {
      download(suggestedName, data);
      return true;
    },
    async openFile(extensions) {
      const [file] = await chooseFiles((input) => {
        input.accept = extensions.map((e) => (e.startsWith('.') ? e : `.${e}`)).join(',');
      });
      return file ? { name: file.name, file } : null;
    },
  };
}

// Reading files the user dropped (or picked in a browser file input) inside the renderer.
// No dropped path is trusted or even looked at: the bytes come from the File objects the
// browser hands over, and core decodeFile turns them into pages, in a decode worker
// (decodeWorkers.ts). Both hosts use this.
import type { DecodeResult } from '../../../core/decode/types';
import type { EncodingName } from '../../../core/model';
import { decodeOffWindow, rememberFile } from './decodeWorkers';
import type { SourceFile } from './Host';
import { describe } from './readChosenFile';

/** Pages are .txt files; inside a folder everything else is left alone. */
export function isPageFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** Hidden folders (.git, .DS_Store…) never hold pages. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Orders files the way a person reads a folder listing: page-2 before page-10. */
// One collator for every comparison: localeCompare with options sets one up per call,
// and sorting the 10,000 files of a chooser calls it some 130,000 times.
const pathOrder = new Intl.Collator(undefined, { numeric: true });

export function byRelativePath(a: { relativePath: string }, b: { relativePath: string }): number {
  return pathOrder.compare(a.relativePath, b.relativePath);
}

/** Wraps a browser File as a SourceFile; read only when decode() is called. */
export function sourceFileFromFile(
  file: File,
  relativePath: string = file.webkitRelativePath || file.name,
): SourceFile {
  return rememberFile(file, {
    name: file.name,
    relativePath,
    // Asked only when wanted: a chosen file's size is looked up on disk, one round trip
    // per file, which for 10,000 chosen files held the window for seconds (see readUpTo).
    get size() {
      return file.size;
    },
    decode: (encoding?: EncodingName): Promise<DecodeResult> => decodeOffWindow(file, relativePath, encoding),
    readBytes: async () => new Uint8Array(await file.arrayBuffer()),
  });
}

/** A stand-in for a folder the browser would not list, so the user still hears about it. */
function unreadableFolder(relativePath: string, error: unknown): SourceFile {
  const name = relativePath.split('/').pop() ?? relativePath;
  return {
    name,
    relativePath,
    size: 0,
    decode: async () => ({ ok: false, name, relativePath, reason: 'unreadable', detail: describe(error) }),
  };
}

/**
 * The files of a drop: dropped files as they are (the user chose each one, so a wrong
 * one is reported, not ignored), dropped folders read recursively for .txt files.
 */
export async function readDroppedFiles(data: DataTransfer): Promise<SourceFile[]> {
  // The item list is only readable during the drop event itself, so take every entry
  // synchronously before the first await.
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) {
    return Array.from(data.files ?? [], (file) => sourceFileFromFile(file, file.name)).sort(byRelativePath);
  }
  const out: SourceFile[] = [];
  for (const entry of entries) {
    if (entry.isFile) {
      try {
        out.push(sourceFileFromFile(await fileOf(entry as FileSystemFileEntry), entry.name));
      } catch (error) {
        out.push(unreadableFolder(entry.name, error));
      }
    } else if (entry.isDirectory) {
      await walk(entry as FileSystemDirectoryEntry, entry.name, out);
    }
  }
  return out.sort(byRelativePath);
}

async function walk(dir: FileSystemDirectoryEntry, relativePath: string, out: SourceFile[]): Promise<void> {
  let children: FileSystemEntry[];
  try {
    children = await readAllEntries(dir);
  } catch (error) {
    out.push(unreadableFolder(relativePath, error));
    return;
  }
  for (const child of children) {
    if (isHidden(child.name)) continue;
    const childPath = `${relativePath}/${child.name}`;
    if (child.isDirectory) {
      await walk(child as FileSystemDirectoryEntry, childPath, out);
    } else if (child.isFile && isPageFileName(child.name)) {
      try {
        out.push(sourceFileFromFile(await fileOf(child as FileSystemFileEntry), childPath));
      } catch (error) {
        out.push(unreadableFolder(childPath, error));
      }
    }
  }
}

/** readEntries returns at most 100 entries per call in Chromium; call until it returns none. */
async function readAllEntries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

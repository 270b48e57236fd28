import path from 'node:path';
import type { FileSystemLike } from './fs';

export interface FoundFile {
  absolutePath: string;
  /** '/'-separated, starting with the opened folder's own name. */
  relativePath: string;
}

/**
 * The .txt files under `root`, recursively, in a stable order. Hidden entries are
 * skipped; symbolic links are followed, but a folder already visited (a link loop or a
 * second link to the same place) is read only once.
 */
export async function listPageFiles(fs: FileSystemLike, root: string): Promise<FoundFile[]> {
  const found: FoundFile[] = [];
  const seenFolders = new Set<string>();
  const seenFiles = new Set<string>();

  async function walk(folder: string, relative: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(folder);
    } catch {
      return;
    }
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      // An unreadable subfolder should not lose the rest of the folder.
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(folder, entry.name);
      const childRelative = `${relative}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await fs.stat(absolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDirectory) {
        await walk(absolute, childRelative);
      } else if (isFile && entry.name.toLowerCase().endsWith('.txt')) {
        const realFile = await fs.realpath(absolute).catch(() => absolute);
        if (seenFiles.has(realFile)) continue;
        seenFiles.add(realFile);
        found.push({ absolutePath: absolute, relativePath: childRelative });
      }
    }
  }

  await walk(root, path.basename(root));
  return found;
}

// Putting what an export wrote on the disk before it is called done: a power cut after
// "exported" must not leave empty or missing files. On Linux one `sync -f` (syncfs) flushes
// the whole file system the folder is on, files and folder entries alike, far cheaper than
// one fsync per file; elsewhere (or when that fails) each file and folder is fsynced.
import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import path from 'node:path';

/** Flushes `files` (absolute paths) and the folders holding them to disk. */
export type Flush = (folder: string, files: readonly string[]) => Promise<void>;

function syncfs(folder: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('sync', ['-f', folder], { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

async function fsyncPath(file: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
    await handle.sync();
  } catch (e) {
    // Windows cannot open a folder to flush it; its entries are written through anyway.
    const code = (e as { code?: string }).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') throw e;
  } finally {
    await handle?.close();
  }
}

export const flushToDisk: Flush = async (folder, files) => {
  if (process.platform === 'linux' && (await syncfs(folder))) return;
  for (const f of files) await fsyncPath(f);
  const folders = new Set(files.map((f) => path.dirname(f)));
  folders.add(folder);
  for (const d of folders) await fsyncPath(d);
};

import path from 'node:path';
import type { FileSystemLike } from './fs';

/**
 * Writes `data` to `destination` so that the file is either the old one or the whole new
 * one, never half-written, and stays so through a power cut: a temporary file in the same
 * folder, flushed to disk (fsync), renamed over the destination, then the folder flushed so
 * the rename itself is on disk. The temporary file is removed on failure.
 */
export async function writeFileAtomic(
  fs: FileSystemLike,
  destination: string,
  data: string | Uint8Array,
  uniqueId: string,
): Promise<void> {
  // Short and in the same folder: a rename across file systems would not be atomic, and
  // a long temporary name could hit the file-name limit the real name respects.
  const temporary = path.join(path.dirname(destination), `.galley-${uniqueId}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, destination);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, path.dirname(destination));
}

/**
 * Flushes a folder's entries (a new name, a rename) to disk. Windows cannot open a folder
 * for this (NTFS journals its metadata anyway), so there the errors it gives are ignored.
 */
export async function syncFolder(fs: FileSystemLike, folder: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (isUnsupported(error)) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!isUnsupported(error)) throw error;
  } finally {
    await handle.close();
  }
}

function isUnsupported(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'ENOTSUP';
}

import path from 'node:path';
import type { FileSystemLike } from './fs';

/**
 * Writes `data` to `destination` so that the file is either the old one or the whole new
 * one, never half-written: a temporary file in the same folder, then a rename over the
 * destination. The temporary file is removed on failure.
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
    await fs.writeFile(temporary, data, { flag: 'wx' });
    await fs.rename(temporary, destination);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

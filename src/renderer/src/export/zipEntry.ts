// One export file into the streaming zip (fflate Zip), compressed whole and handed on at
// once: a streaming ZipDeflate per file cost two to three times as much for an export's
// many small files.

import { deflateSync, type Zip, type ZipInputFile } from 'fflate';
import { crc32 } from '../../../core/backup/gunzip';

/**
 * Files smaller than this are stored, not deflated. Each deflateSync call sets up about
 * 170 KB of tables whatever the input's size (~200 µs): for the ~100,000 one-article .txt
 * files of a large export that was most of its time, to save a few hundred bytes each.
 * The page files and the corpus, which hold nearly all the bytes, are still deflated.
 */
export const STORE_BELOW = 4 * 1024;

/**
 * Level 1: deflating was most of a large export's time, and level 6 took half as long again
 * for a zip about a tenth smaller.
 */
export function zipEntry(zip: Zip, path: string, data: Uint8Array): void {
  const stored = data.length < STORE_BELOW;
  const entry: ZipInputFile = {
    filename: path,
    size: data.length,
    crc: crc32(data),
    compression: stored ? 0 : 8,
  };
  zip.add(entry);
  // A stored file's bytes are copied: the zip keeps them, and they are small.
  entry.ondata?.(null, stored ? data.slice() : deflateSync(data, { level: 1 }), true);
}

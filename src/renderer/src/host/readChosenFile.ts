// Reading and decoding one file the user chose or dropped: the same code in the decode
// workers (decodeWorkers.ts) and, where there are none (unit tests), in the window.

import { decodeFile } from '../../../core/decode';
import { MAX_PAGE_BYTES, type DecodeResult } from '../../../core/decode/types';
import type { EncodingName } from '../../../core/model';

export async function readChosenFile(
  file: File,
  relativePath: string,
  encoding?: EncodingName,
): Promise<DecodeResult> {
  const names = { name: file.name, relativePath };
  let bytes: Uint8Array | null;
  try {
    bytes = await readUpTo(file, MAX_PAGE_BYTES);
  } catch (error) {
    return { ok: false, ...names, reason: 'unreadable', detail: describe(error) };
  }
  if (!bytes) {
    return {
      ok: false,
      ...names,
      reason: 'too-large',
      detail: `${file.size} bytes; the limit is ${MAX_PAGE_BYTES}`,
    };
  }
  return decodeFile(bytes, names, encoding);
}

/**
 * The file's bytes, or null once they pass `limit` (what was read is dropped: a huge file is
 * never held whole). Read as a stream rather than checked against `file.size` first: the
 * size of a chosen file is a round trip to the disk, several milliseconds per file.
 */
async function readUpTo(file: Blob, limit: number): Promise<Uint8Array | null> {
  const reader = file.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0];
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

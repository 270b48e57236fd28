// Unpacking a gzipped backup with every check gzip offers, and a limit. fflate does not
// verify a member's CRC32 or length (ISIZE), so a damaged file could restore altered
// text; and unpacking without a limit lets a small file (a compression bomb) exhaust
// memory. Pure: no Node or DOM.

import { Gunzip } from 'fflate';
import { sourceOf, type ByteSource } from './byteSource';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as gzip uses it) of `bytes`, continuing from `crc`. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Compressed bytes fed to the decompressor at a time: deflate expands at most ~1032 times,
 * so one step unpacks at most ~16 MiB before the running count sees it.
 */
const STEP = 16 * 1024;
const PROBE = 4 * 1024 * 1024;

export type GunzipFailure =
  | { ok: false; reason: 'too-large'; limit: number }
  /** Neither the CRC32 nor the length match: most likely cut short (fflate does not say). */
  | { ok: false; reason: 'crc32' | 'length' | 'cut-short' }
  | { ok: false; reason: 'compression'; detail: string };

class OverLimit extends Error {}

/**
 * Unpacks one gzip member of at most `limit` bytes, handing each unpacked piece to
 * `onChunk` as it comes (nothing is gathered here), refusing (without unpacking further) as
 * soon as the output passes the limit, and checks the trailer's CRC32 and ISIZE against
 * what was unpacked. Null when all is well.
 */
export function gunzipEach(
  bytes: Uint8Array | ByteSource,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): GunzipFailure | null {
  const steps = gunzipSteps(bytes, limit, onChunk);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * gunzipEach a step at a time: the generator pauses after each STEP of compressed bytes,
 * so a caller can write what was unpacked (an await) before unpacking more.
 */
export function* gunzipSteps(
  bytes: Uint8Array | ByteSource,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): Generator<void, GunzipFailure | null> {
  const source = sourceOf(bytes);
  const { size } = source;
  const trailer = gzipTrailer(source);
  if (!trailer) return { ok: false, reason: 'compression', detail: 'too short for gzip' };
  const { crc: wantCrc, size: wantSize } = trailer;
  // The trailer's size alone does not refuse (a cut-short file has other bytes there), but
  // when it claims more than the limit, a probe of PROBE bytes that unpacks cleanly with
  // input left over is taken as proof: an honest bomb is refused after 4 MiB, not `limit`.
  // A lying trailer is caught by the running count at `limit`.
  const cap = wantSize > limit ? Math.min(limit, PROBE) : limit;
  let total = 0;
  let crc = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > cap) throw new OverLimit();
    crc = crc32(chunk, crc);
    onChunk(chunk);
  });
  for (let at = 0; at < size; at += STEP) {
    const end = Math.min(at + STEP, size);
    try {
      gunzip.push(source.read(at, end), end === size);
    } catch (e) {
      if (e instanceof OverLimit) return { ok: false, reason: 'too-large', limit };
      return { ok: false, reason: 'compression', detail: e instanceof Error ? e.message : String(e) };
    }
    yield;
  }
  const lengthOk = total % 0x100000000 === wantSize;
  if (crc !== wantCrc) return { ok: false, reason: lengthOk ? 'crc32' : 'cut-short' };
  if (!lengthOk) return { ok: false, reason: 'length' };
  return null;
}

/**
 * What a gzip file's trailer claims: the CRC32 and the length (mod 2^32) of what it unpacks
 * to; null when the file is too short to be gzip at all.
 */
export function gzipTrailer(source: ByteSource): { crc: number; size: number } | null {
  if (source.size < 18) return null;
  const end8 = source.read(source.size - 8, source.size);
  const view = new DataView(end8.buffer, end8.byteOffset, 8);
  return { crc: view.getUint32(0, true), size: view.getUint32(4, true) };
}

/** Whether bytes (a file's first two are enough) open with gzip's magic number. */
export const isGzip = (head: Uint8Array): boolean => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** The pieces as one array (the one piece itself when there is one). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

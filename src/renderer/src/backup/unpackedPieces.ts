// A backup's unpacked bytes, a piece at a time, through the platform's own gzip
// (DecompressionStream, which checks the CRC32 and length as zlib does). The backup worker
// reads through this rather than core's gunzip (fflate's streaming Gunzip): that one makes
// fresh buffers for every 16 KB it unpacks (its window, its growing output, the output's
// copy), several times the text it yields, and at 100,000 articles those dead buffers were
// a quarter of the worker's memory. Where this fails, core's gunzip reads the file again
// to say exactly why (backupWork.ts).

import type { ByteSource } from '../../../core/backup/byteSource';
import { unpackLimit } from '../../../core/backup/format';
import { gzipTrailer, isGzip } from '../../../core/backup/gunzip';

const BLOCK = 1 << 20;

/** The source's bytes as a stream, BLOCK at a time as it is read. */
function streamOf(source: ByteSource, from = 0): ReadableStream<Uint8Array> {
  let at = from;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= source.size) return controller.close();
      const end = Math.min(source.size, at + BLOCK);
      // A view, not a copy: no source changes bytes it has handed out (blockSource reads each
      // block into a new array).
      controller.enqueue(source.read(at, end));
      at = end;
    },
  });
}

/**
 * Yields the file's unpacked bytes (the file itself when it is not gzip), refusing, with an
 * error, more than unpackLimit of its size. Whether it was gzip is returned at the end.
 */
export async function* unpackedPieces(source: ByteSource): AsyncGenerator<Uint8Array, boolean> {
  if (!isGzip(source.read(0, Math.min(2, source.size)))) {
    yield source.read(0, source.size);
    return false;
  }
  const limit = unpackLimit(source.size);
  // A trailer claiming more than the limit is refused before anything is unpacked (core's
  // gunzip tells an honest bomb from a cut-short file with a small probe).
  const trailer = gzipTrailer(source);
  if (!trailer) throw new Error('it is too short for gzip');
  if (trailer.size > limit) throw new Error(`it claims to unpack to more than ${limit} bytes`);
  yield* gunzipPieces(streamOf(source), limit);
  return true;
}

/** ES2024's ArrayBuffer.prototype.transfer, where the platform has it (Chromium 114+, not Node 20). */
type DetachableBuffer = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * Gives a spent piece's memory back at once. The platform's gzip hands out a fresh buffer for
 * every piece; a dead one is freed only when V8 next collects in full, which it starts once
 * 64 MB of such memory has built up: at 100,000 articles 40-66 MB of spent pieces stood in
 * the restore worker at its peak. Detaching the buffer (a transfer to a new, empty one)
 * frees it now. Only a piece that is a buffer of its own is released.
 */
function release(piece: Uint8Array): void {
  const buffer = piece.buffer as DetachableBuffer;
  if (buffer.transfer && piece.byteOffset === 0 && piece.byteLength === buffer.byteLength) buffer.transfer(0);
}

/**
 * A gzip stream's unpacked bytes as they come, refusing (an error) more than `limit` of them.
 * A piece is good until the next is asked for: its memory is given back then.
 */
export async function* gunzipPieces(
  gzip: ReadableStream<Uint8Array>,
  limit: number,
): AsyncGenerator<Uint8Array, void> {
  let total = 0;
  // The DOM library types it for any BufferSource in; a Uint8Array out is what it gives.
  const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  const reader = gzip.pipeThrough(gunzip).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.length;
      if (total > limit) throw new Error(`it unpacks to more than ${limit} bytes`);
      yield value;
      release(value);
    }
  } finally {
    // Stopped early (a failed write, or too large): the file is not read further.
    await reader.cancel().catch(() => {});
  }
}

// A backup file's bytes, read a piece at a time: a restore reads its file twice (to plan,
// then to write) and need not hold it between, so a file on disk (a Blob in the app) is
// read in pieces where bytes in hand are simply viewed. Pure: the reading is given.

export interface ByteSource {
  readonly size: number;
  /** The bytes from `start` up to `end` (within the source; the caller does not keep them past its next read). */
  read(start: number, end: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (start, end) => bytes.subarray(start, end) };
}

export const sourceOf = (bytes: Uint8Array | ByteSource): ByteSource =>
  bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;

/**
 * A source read `block` bytes at a time through `readBlock` (a file reader), each block kept
 * until a read leaves it: the unpacker's small steps cost one read a block, not one a step.
 */
export function blockSource(
  size: number,
  readBlock: (start: number, end: number) => Uint8Array,
  block = 1 << 20,
): ByteSource {
  let at = -1;
  let held: Uint8Array = new Uint8Array(0);
  return {
    size,
    read(start, end) {
      if (start >= at && end <= at + held.length) return held.subarray(start - at, end - at);
      // A read across blocks (or larger than one) is read as it is asked.
      if (end - start > block || Math.floor(start / block) !== Math.floor((end - 1) / block))
        return readBlock(start, end);
      at = Math.floor(start / block) * block;
      held = readBlock(at, Math.min(size, at + block));
      return held.subarray(start - at, end - at);
    },
  };
}

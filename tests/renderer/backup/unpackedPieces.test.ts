import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { bytesSource } from '../../../src/core/backup/byteSource';
import { gunzipPieces, unpackedPieces } from '../../../src/renderer/src/backup/unpackedPieces';

async function gather(pieces: AsyncGenerator<Uint8Array, unknown>) {
  const out: number[] = [];
  let step = await pieces.next();
  for (; !step.done; step = await pieces.next()) out.push(...step.value);
  return { bytes: new Uint8Array(out), returned: step.value };
}

const text = new TextEncoder().encode('{"pages":{"id":"p1"}}\n'.repeat(3000));

describe("a backup unpacked by the platform's gzip", () => {
  it('gives back the bytes packed, and says the file was gzip', async () => {
    const { bytes, returned } = await gather(unpackedPieces(bytesSource(gzipSync(text))));
    expect(bytes).toEqual(text);
    expect(returned).toBe(true);
  });

  it('gives an uncompressed file as it is', async () => {
    const { bytes, returned } = await gather(unpackedPieces(bytesSource(text)));
    expect(bytes).toEqual(text);
    expect(returned).toBe(false);
  });

  it('fails on a damaged or cut-short file instead of giving altered text', async () => {
    const packed = gzipSync(text);
    const damaged = packed.slice();
    damaged[damaged.length - 6] ^= 1; // the CRC32
    await expect(gather(unpackedPieces(bytesSource(damaged)))).rejects.toThrow();
    await expect(gather(unpackedPieces(bytesSource(packed.slice(0, packed.length - 10))))).rejects.toThrow();
  });

  it('stops at its limit: a small file that unpacks to too much is refused', async () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024));
    const stream = new Blob([bomb]).stream();
    await expect(gather(gunzipPieces(stream, 1024 * 1024))).rejects.toThrow(/more than 1048576 bytes/);
  });
});

describe('spent pieces', () => {
  type Transferring = { transfer?: (length: number) => ArrayBuffer };
  const proto = ArrayBuffer.prototype as Transferring;
  const had = proto.transfer;
  // Node 20 lacks ES2024's transfer, which Chromium has: the same, made of a detaching clone.
  beforeEach(() => {
    proto.transfer ??= function (this: ArrayBuffer, length: number) {
      const moved = structuredClone(this, { transfer: [this] });
      return moved.slice(0, length);
    };
  });
  afterEach(() => {
    if (had) proto.transfer = had;
    else delete proto.transfer;
  });

  it('give their memory back once the next is asked for, and the text read is whole', async () => {
    const big = new TextEncoder().encode('{"texts":{"pageId":"p1","raw":"春耕备耕"}}\n'.repeat(5_000));
    const pieces = unpackedPieces(bytesSource(gzipSync(big)));
    const kept: Uint8Array[] = [];
    const out: number[] = [];
    for (let step = await pieces.next(); !step.done; step = await pieces.next()) {
      out.push(...step.value);
      kept.push(step.value);
    }
    expect(new Uint8Array(out)).toEqual(big);
    // More than one piece, each released (a piece kept past its turn reads as empty).
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.every((piece) => piece.byteLength === 0)).toBe(true);
  });

  it('never release a file that is not gzip: its bytes are the source, read again to write', async () => {
    const source = bytesSource(text);
    await gather(unpackedPieces(source));
    expect(source.read(0, source.size)).toEqual(text);
  });
});

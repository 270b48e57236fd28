import { describe, expect, it } from 'vitest';
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

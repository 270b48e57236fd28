import { decodeFile } from '../../src/core/decode/decodeFile';
import type { SourceFile } from '../../src/renderer/src/host/Host';
import { fixturePages } from '../fixtures';

/** A SourceFile over bytes in memory, as a host hands one over. */
export function sourceOf(relativePath: string, bytes: Uint8Array): SourceFile {
  const name = relativePath.split('/').pop()!;
  return {
    name,
    relativePath,
    size: bytes.byteLength,
    decode: (encoding) => decodeFile(bytes, { name, relativePath }, encoding),
    readBytes: async () => bytes,
  };
}

/** The fixture pages as files to import: name, UTF-8 bytes and the text they hold. */
export function fixtureFiles(): { name: string; bytes: Uint8Array; text: string }[] {
  return fixturePages().map((p) => ({
    name: p.name,
    bytes: new Uint8Array(Buffer.from(p.raw, 'utf8')),
    text: p.raw,
  }));
}

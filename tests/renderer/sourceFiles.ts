import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeFile } from '../../src/core/decode/decodeFile';
import type { SourceFile } from '../../src/renderer/src/host/Host';

export const SAMPLES_DIR = path.resolve(__dirname, '../../../shared/samples');

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

export function sampleFiles(): { name: string; bytes: Uint8Array; text: string }[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(path.join(SAMPLES_DIR, name)));
      return { name, bytes, text: new TextDecoder().decode(bytes) };
    });
}

// The fingerprint an import finds a kept page with the same text by (import/storeChunk.ts): made
// in the decode worker beside the file's sha256 where there is one, else in the window.

/** Two 32-bit FNV-1a hashes and the length: equal texts always agree, different ones almost never. */
export function textFingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

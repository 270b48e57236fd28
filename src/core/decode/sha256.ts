/** SHA-256 of `bytes` as lowercase hex: the identity of a page's original file. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // SubtleCrypto refuses views of a SharedArrayBuffer; copy in that (rare) case only.
  const own =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', own));
  let hex = '';
  for (let i = 0; i < digest.length; i++) hex += digest[i].toString(16).padStart(2, '0');
  return hex;
}

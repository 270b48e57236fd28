// Many documents' states in one body: how a member joining a project gets every page in
// one request instead of one sync round per page. Each entry: name length and name
// (UTF-8), state length and state, lengths as 32-bit big-endian.

export interface DocumentState {
  name: string;
  state: Uint8Array;
}

export function encodeBundle(entries: readonly DocumentState[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const size = entries.reduce((n, e, i) => n + 8 + names[i].length + e.state.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  entries.forEach((entry, i) => {
    view.setUint32(at, names[i].length);
    out.set(names[i], at + 4);
    at += 4 + names[i].length;
    view.setUint32(at, entry.state.length);
    out.set(entry.state, at + 4);
    at += 4 + entry.state.length;
  });
  return out;
}

/** The entries of a bundle; throws on a body cut short. */
export function decodeBundle(bytes: Uint8Array): DocumentState[] {
  const decoder = new TextDecoder();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: DocumentState[] = [];
  let at = 0;
  const take = (): Uint8Array => {
    if (at + 4 > bytes.length) throw new RangeError('bundle cut short');
    const length = view.getUint32(at);
    if (at + 4 + length > bytes.length) throw new RangeError('bundle cut short');
    const part = bytes.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return part;
  };
  while (at < bytes.length) {
    const name = decoder.decode(take());
    entries.push({ name, state: take() });
  }
  return entries;
}

// Many documents' states in one body: how a member joining a project gets every page in
// one request instead of one sync round per page. Each entry: name length and name
// (UTF-8), state length and state, lengths as 32-bit big-endian. A bundle asked for since
// a change number carries the documents unchanged since as their state vector only (the
// name length's top bit set): enough to tell whether this copy holds changes they lack.

export interface DocumentState {
  name: string;
  state: Uint8Array;
  /** `state` is the document's state vector (Y.encodeStateVector), not its state. */
  vector?: boolean;
}

const VECTOR_BIT = 0x80000000;

/** The bundle answer's header with the server's latest change number (the next `since`). */
export const CHANGES_HEADER = 'Galley-Changes';

export function encodeBundle(entries: readonly DocumentState[]): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const size = entries.reduce((n, e, i) => n + 8 + names[i].length + e.state.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  entries.forEach((entry, i) => {
    view.setUint32(at, (names[i].length | (entry.vector ? VECTOR_BIT : 0)) >>> 0);
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
  const reader = new BundleReader();
  const entries = reader.push(bytes);
  reader.end();
  return entries;
}

/**
 * A bundle read as it arrives: each piece of the body gives the entries it completes, so
 * a member joining works on the first pages while the server still sends the rest. The
 * states are views into the pieces (copy one before keeping it on its own).
 */
export class BundleReader {
  private rest: Uint8Array = new Uint8Array(0);
  private readonly decoder = new TextDecoder();

  push(piece: Uint8Array): DocumentState[] {
    const bytes = this.rest.length === 0 ? piece : concat(this.rest, piece);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries: DocumentState[] = [];
    let at = 0;
    for (;;) {
      if (at + 4 > bytes.length) break;
      const word = view.getUint32(at);
      const nameEnd = at + 4 + (word & ~VECTOR_BIT);
      if (nameEnd + 4 > bytes.length) break;
      const stateEnd = nameEnd + 4 + view.getUint32(nameEnd);
      if (stateEnd > bytes.length) break;
      const name = this.decoder.decode(bytes.subarray(at + 4, nameEnd));
      const state = bytes.subarray(nameEnd + 4, stateEnd);
      entries.push(word >= VECTOR_BIT ? { name, state, vector: true } : { name, state });
      at = stateEnd;
    }
    this.rest = bytes.subarray(at);
    return entries;
  }

  /** Throws when the body ended inside an entry. */
  end(): void {
    if (this.rest.length > 0) throw new RangeError('bundle cut short');
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

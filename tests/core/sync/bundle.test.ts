// The bundle a member joining or reconnecting gets: entries read back as written, whole
// states and state vectors told apart, also when the body arrives in pieces of any size.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BundleReader, decodeBundle, encodeBundle, type DocumentState } from '../../../src/core/sync';

const entry = fc.record({
  name: fc.string({ maxLength: 40 }),
  state: fc.uint8Array({ maxLength: 300 }),
  vector: fc.boolean(),
});

const plain = (entries: readonly DocumentState[]) =>
  entries.map((e) => ({ name: e.name, state: [...e.state], vector: e.vector === true }));

describe('bundle', () => {
  it('reads back every entry, whole states and state vectors apart', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        expect(plain(decodeBundle(encodeBundle(entries)))).toEqual(plain(entries));
      }),
    );
  });

  it('reads the same entries from a body cut into pieces anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (entries, cuts) => {
          const body = encodeBundle(entries);
          const at = [...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b);
          const reader = new BundleReader();
          const read: DocumentState[] = [];
          let from = 0;
          for (const to of [...at, body.length]) {
            read.push(
              ...plain(reader.push(body.slice(from, to))).map((e) => ({
                ...e,
                state: new Uint8Array(e.state),
              })),
            );
            from = to;
          }
          reader.end();
          expect(plain(read)).toEqual(plain(entries));
        },
      ),
    );
  });

  it('refuses a body cut short', () => {
    const body = encodeBundle([{ name: 'news/page/p1', state: new Uint8Array([1, 2, 3]) }]);
    expect(() => decodeBundle(body.subarray(0, body.length - 1))).toThrow(/cut short/);
    const reader = new BundleReader();
    expect(reader.push(body.subarray(0, 5))).toEqual([]);
    expect(() => reader.end()).toThrow(/cut short/);
  });
});

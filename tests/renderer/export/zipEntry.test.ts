// The export's zip: every file reads back whole, the files that hold the bytes (pages, the
// corpus) are deflated, and the many one-article files below STORE_BELOW are stored, which
// made a 100,000-article export several times faster for a few hundred bytes each.
import { unzipSync, Zip } from 'fflate';
import { describe, expect, it } from 'vitest';
import { STORE_BELOW, zipEntry } from '../../../src/renderer/src/export/zipEntry';

function zipOf(files: Record<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const encoder = new TextEncoder();
  for (const [path, text] of Object.entries(files)) zipEntry(zip, path, encoder.encode(text));
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** The compression method of each entry, from the zip's central directory. */
function methods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // the end record, with no comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const out = new Map<string, number>();
  let at = view.getUint32(end + 16, true);
  while (view.getUint32(at, true) === 0x02014b50) {
    const [name, extra, comment] = [28, 30, 32].map((o) => view.getUint16(at + o, true));
    out.set(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + name)), view.getUint16(at + 10, true));
    at += 46 + name + extra + comment;
  }
  return out;
}

describe('the export zip', () => {
  const article = '本报讯 11月7日14时30分，杏园街道组织消防演练。';
  const page = '第一版\n' + '各社区干部带队，消防员讲解灭火器使用方法，居民逐一上手练习。\n'.repeat(400);
  const files = { 'p1/01-消防演练.txt': article, 'p1/p1.txt': page, 'corpus.jsonl': '' };

  it('gives back every file byte for byte, stored or deflated', () => {
    const back = unzipSync(zipOf(files));
    expect(
      Object.fromEntries(Object.entries(back).map(([k, v]) => [k, new TextDecoder().decode(v)])),
    ).toEqual(files);
  });

  it('deflates a page file and stores a one-article file', () => {
    expect(new TextEncoder().encode(article).length).toBeLessThan(STORE_BELOW);
    expect(new TextEncoder().encode(page).length).toBeGreaterThanOrEqual(STORE_BELOW);
    const zip = zipOf(files);
    expect(methods(zip)).toEqual(
      new Map([
        ['p1/01-消防演练.txt', 0],
        ['p1/p1.txt', 8],
        ['corpus.jsonl', 0],
      ]),
    );
    expect(zip.length).toBeLessThan(new TextEncoder().encode(page).length / 4);
  });
});

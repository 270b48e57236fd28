// decode.*: core decodeFile over 1,000 pages made from the fixture pages (about 4 MB), as UTF-8
// and as GB18030 (the fallback path: strict UTF-8 fails first), against a bare TextDecoder
// loop over the same bytes in the same run (decode.overhead_vs_textdecoder: detection,
// line-ending normalisation and SHA-256 on top of the decoding itself).
import iconv from 'iconv-lite';
import { decodeFile } from '../src/core/decode';
import { fixturePages } from '../tests/fixtures';

const texts = fixturePages().map((p) => p.raw);

// CRLF pages, as OCR software on Windows writes them, so normalisation does real work.
const pages = Array.from(
  { length: 1000 },
  (_, i) => `第${i}版\r\n${texts[i % texts.length].replace(/\n/g, '\r\n')}`,
);
const utf8 = pages.map((p) => new TextEncoder().encode(p));
const gb = pages.map((p) => new Uint8Array(iconv.encode(p, 'gb18030')));
const mb = (set: Uint8Array[]) => set.reduce((n, b) => n + b.byteLength, 0) / 1024 / 1024;

async function best(run: () => Promise<void>, times = 3): Promise<number> {
  let fastest = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const decodeAll = (set: Uint8Array[]) => async () => {
  for (let i = 0; i < set.length; i++) {
    const result = await decodeFile(set[i], { name: `p${i}.txt`, relativePath: `p${i}.txt` });
    if (!result.ok) throw new Error(`page ${i}: ${result.reason}`);
  }
};

await decodeAll(utf8)(); // warm up
const utf8Ms = await best(decodeAll(utf8));
const gbMs = await best(decodeAll(gb));
const bareMs = await best(async () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const bytes of utf8) decoder.decode(bytes);
});

console.log(`decode.pages_per_s: ${Math.round(1000 / (utf8Ms / 1000))} pages/s`);
console.log(`decode.utf8_mb_per_s: ${(mb(utf8) / (utf8Ms / 1000)).toFixed(1)} MB/s`);
console.log(`decode.gb18030_mb_per_s: ${(mb(gb) / (gbMs / 1000)).toFixed(1)} MB/s`);
console.log(`decode.corpus_mb: ${mb(utf8).toFixed(1)} MB`);
console.log(`decode.overhead_vs_textdecoder: ${(utf8Ms / bareMs).toFixed(2)} x`);

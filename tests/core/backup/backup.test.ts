import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import { fromBase64, toBase64 } from '../../../src/core/backup/base64';
import { makeBackup } from '../../../src/core/backup/format';
import { parseBackup } from '../../../src/core/backup/parse';
import { projectSnapshot } from '../../../src/core/backup/snapshot';
import { exportProject } from '../../../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../../../src/core/export/snapshot';
import { projectData } from './fixtures';

const ALL = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };
const enc = (s: string) => new TextEncoder().encode(s);

describe('project backup', () => {
  it('restores everything it holds, compressed or not, and exports the same files afterwards', () => {
    const data = projectData();
    for (const gzip of [true, false]) {
      const file = makeBackup(data, { createdAt: Date.UTC(2026, 10, 22), gzip });
      expect(file[0] === 0x1f).toBe(gzip);
      const read = parseBackup(file);
      if (!read.ok) throw new Error(problemMessage(read.error));
      expect(read.createdAt).toBe('2026-11-22T00:00:00.000Z');
      const sortBy = <T>(list: T[], key: (t: T) => string) =>
        [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sortBy(read.data.articles, (a) => a.id)).toEqual(sortBy(data.articles, (a) => a.id));
      expect(sortBy(read.data.pages, (p) => p.id)).toEqual(sortBy(data.pages, (p) => p.id));
      expect(sortBy(read.data.texts, (t) => t.pageId)).toEqual(sortBy(data.texts, (t) => t.pageId));
      expect(read.data.revisions).toEqual(data.revisions);
      expect(read.data.rules).toEqual(data.rules);
      expect(sortBy(read.data.settings, (s) => s.key)).toEqual(sortBy(data.settings, (s) => s.key));
      expect(exportProject(projectSnapshot(read.data), ALL)).toEqual(
        exportProject(projectSnapshot(data), ALL),
      );
    }
  });

  it('makes the same file for the same project', () => {
    const a = makeBackup(projectData(), { createdAt: 5 });
    const shuffled = projectData();
    shuffled.articles.reverse();
    shuffled.pages.reverse();
    expect(makeBackup(shuffled, { createdAt: 5 })).toEqual(a);
  });

  it('keeps fields a later Galley adds', () => {
    const data = projectData();
    const withExtra = { ...data, articles: data.articles.map((a) => ({ ...a, colour: 'red' })) };
    const read = parseBackup(makeBackup(withExtra, { createdAt: 0 }));
    expect(read.ok && (read.data.articles[0] as unknown as { colour: string }).colour).toBe('red');
  });

  it('refuses a file that is not a Galley backup', () => {
    for (const bytes of [
      enc('page-000 raw text 本报讯'),
      enc('{"hello": 1}'),
      new Uint8Array([0, 1, 2, 0xff, 0xfe]),
      enc('[1,2]'),
    ]) {
      const read = parseBackup(bytes);
      expect(read.ok ? 'ok' : read.error.kind).toBe('foreign');
    }
    const rules = parseBackup(enc('{"format":"galley-rules","version":1,"rules":[]}'));
    expect(rules.ok ? 'ok' : rules.error.kind).toBe('foreign');
  });

  it('refuses a damaged backup as corrupt', () => {
    const gz = makeBackup(projectData(), { createdAt: 0 });
    const truncated = parseBackup(gz.slice(0, gz.length - 40));
    expect(truncated.ok ? 'ok' : truncated.error.kind).toBe('corrupt');
    const flipped = gz.slice();
    flipped[Math.floor(flipped.length / 2)] ^= 0xff;
    const bad = parseBackup(flipped);
    expect(bad.ok ? 'ok' : bad.error.kind).toBe('corrupt');
    const json = makeBackup(projectData(), { createdAt: 0, gzip: false });
    const cut = parseBackup(json.slice(0, json.length / 2));
    expect(cut.ok ? 'ok' : cut.error.kind).toBe('corrupt');
  });

  it('checks the gzip CRC32 and length and the content hash, so damage never restores altered text', () => {
    const code = (r: ReturnType<typeof parseBackup>) => (r.ok ? 'ok' : `${r.error.kind} ${r.error.code}`);
    const json = makeBackup(projectData(), { createdAt: 0, gzip: false });
    // Stored (level 0) deflate: a changed byte inflates without error, only the CRC32 tells.
    const stored = gzipSync(json, { level: 0 });
    const at = new TextDecoder().decode(json).indexOf('正文');
    expect(at).toBeGreaterThan(0);
    const altered = stored.slice();
    altered[
      stored.length -
        8 -
        json.length +
        new TextEncoder().encode(new TextDecoder().decode(json).slice(0, at)).length
    ] ^= 0x01;
    expect(code(parseBackup(altered))).toBe('corrupt backup.corrupt');
    if (!parseBackup(altered).ok)
      expect((parseBackup(altered) as { error: { check: string } }).error.check).toBe('crc32');
    const badLength = stored.slice();
    badLength[badLength.length - 1] ^= 0x01;
    expect(code(parseBackup(badLength))).toBe('corrupt backup.corrupt');
    expect(code(parseBackup(stored))).toBe('ok');
    // The document's own SHA-256: one character changed in an uncompressed backup.
    const text = new TextDecoder().decode(json);
    const changed = text.replace('正文', '止文');
    expect(changed).not.toBe(text);
    expect(code(parseBackup(enc(changed)))).toBe('corrupt backup.corrupt');
    expect(code(parseBackup(gzipSync(enc(changed))))).toBe('corrupt backup.corrupt');
    // A backup without the hash (older Galley, hand-made) is still read.
    const unhashed = JSON.parse(text) as { sha256?: string };
    delete unhashed.sha256;
    expect(code(parseBackup(enc(JSON.stringify(unhashed))))).toBe('ok');
  });

  it('refuses a compression bomb for its size, unpacking no more than the limit', { timeout: 30_000 }, () => {
    const bomb = gzipSync(new Uint8Array(4 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    const code = (r: ReturnType<typeof parseBackup>) => (r.ok ? 'ok' : `${r.error.kind} ${r.error.code}`);
    expect(code(parseBackup(bomb, { maxUnpacked: 1024 * 1024 }))).toBe('corrupt backup.too-large');
    // The trailer's size is not what decides (it may lie, or a cut-short file has other bytes there).
    const lying = bomb.slice();
    lying.set([0x10, 0, 0, 0], lying.length - 4);
    const started = performance.now();
    expect(code(parseBackup(lying, { maxUnpacked: 1024 * 1024 }))).toBe('corrupt backup.too-large');
    expect(performance.now() - started).toBeLessThan(5000);
    const cut = parseBackup(bomb.subarray(0, bomb.length / 2), { maxUnpacked: 16 * 1024 * 1024 });
    expect(code(cut)).toMatch(/corrupt backup.(bad-compression|truncated)/);
  });

  it('refuses a backup from a newer Galley', () => {
    const read = parseBackup(gzipSync(enc('{"format":"galley-backup","version":3}')));
    expect(read.ok ? 'ok' : read.error.kind).toBe('newer-version');
    // A later version written as lines, as version 2 is.
    const lines = parseBackup(enc('{"format":"galley-backup","version":3,"createdAt":"x"}\n{"pages":{}}\n'));
    expect(lines.ok ? 'ok' : lines.error.kind).toBe('newer-version');
  });

  it('refuses a backup whose records are incomplete or contradict each other, naming the problem', () => {
    const cases: [string, (d: Record<string, unknown[]>) => void, RegExp][] = [
      [
        'missing field',
        (d) => delete (d.articles[0] as Record<string, unknown>).status,
        /articles\.0\.status/,
      ],
      [
        'span beyond the text',
        (d) => ((d.articles[0] as { title: { spans: unknown[] } }).title.spans = [{ start: 0, end: 9999 }]),
        /span outside/,
      ],
      [
        'article on no page',
        (d) => ((d.articles[0] as { pageId: string }).pageId = 'gone'),
        /unknown page gone/,
      ],
      ['page without text', (d) => d.texts.pop(), /has no raw text/],
      ['duplicate article', (d) => d.articles.push(d.articles[0]), /appears twice/],
      ['bad sha256', (d) => ((d.pages[0] as { sha256: string }).sha256 = 'xyz'), /pages\.0\.sha256/],
      [
        'furniture beyond the text',
        (d) => ((d.pages[0] as { furniture: unknown[] }).furniture = [{ start: 0, end: 99_999 }]),
        /pages\.0\.furniture\.0: a span inside/,
      ],
      [
        'revision beyond the text',
        (d) =>
          ((
            d.revisions[0] as { content: { paragraphs: { text: string; spans: unknown[] }[] } }
          ).content.paragraphs = [{ text: 'x', spans: [{ start: 5, end: 99_999 }] }]),
        /revisions\.0\.content\.paragraph: a span inside/,
      ],
      [
        'revision without content',
        (d) => delete (d.revisions[0] as Record<string, unknown>).content,
        /revisions\.0\.content/,
      ],
    ];
    for (const [, damage, message] of cases) {
      const doc = JSON.parse(
        new TextDecoder().decode(makeBackup(projectData(), { createdAt: 0, gzip: false })),
      );
      // Hand-edited, so without the content hash (a changed document with its old hash is corrupt).
      delete (doc as { sha256?: string }).sha256;
      damage(doc);
      const read = parseBackup(enc(JSON.stringify(doc)));
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error.kind).toBe('invalid');
        expect(problemMessage(read.error)).toMatch(message);
      }
    }
  });
});

describe('base64', () => {
  it('round-trips any bytes and refuses what is not Base64', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 255);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(fromBase64('ab$d')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
  });
});

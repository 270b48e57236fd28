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

  it('refuses a backup from a newer Galley', () => {
    const read = parseBackup(gzipSync(enc('{"format":"galley-backup","version":2}')));
    expect(read.ok ? 'ok' : read.error.kind).toBe('newer-version');
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
    ];
    for (const [, damage, message] of cases) {
      const doc = JSON.parse(
        new TextDecoder().decode(makeBackup(projectData(), { createdAt: 0, gzip: false })),
      );
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

import 'fake-indexeddb/auto';
import { Dexie, type ObservabilitySet } from 'dexie';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { importFiles } from '../../../src/renderer/src/import/importFiles';
import { reopenPage } from '../../../src/renderer/src/import/reopenPage';
import type { ImportProgress } from '../../../src/renderer/src/import/types';
import { changedKeys } from '../../../src/renderer/src/ui/changedKeys';
import { encodedVariants, fixture } from '../../fixtures';
import { fixtureFiles, sourceOf } from '../sourceFiles';

let db: GalleyDb;
beforeEach(() => {
  db = createDb(`galley-import-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('importing pages', () => {
  it('keeps each fixture page as a page with its encoding, and its raw text apart', async () => {
    const files = fixtureFiles();
    const report = await importFiles(
      db,
      files.map((s) => sourceOf(s.name, s.bytes)),
    );
    expect(report).toMatchObject({
      total: files.length,
      imported: files.length,
      failed: 0,
      duplicates: 0,
    });

    const pages = await db.pages.toArray();
    expect(pages.map((p) => p.name).sort()).toEqual(files.map((s) => s.name));
    for (const file of files) {
      const page = pages.find((p) => p.name === file.name)!;
      expect(page.encoding).toBe('utf-8');
      expect(page.byteLength).toBe(file.bytes.byteLength);
      expect(page).not.toHaveProperty('raw');
      const text = await db.texts.get(page.id);
      expect(text?.raw).toBe(file.text.replace(/\r\n?/g, '\n'));
      // UTF-8 read strictly is no guess: no bytes kept.
      expect(text?.bytes).toBeUndefined();
    }
  });

  it('reads a page stored as GB18030, GBK, UTF-16 LE/BE, with a BOM or with CRLF line ends to the same text', async () => {
    const page = fixture('09-school-term');
    const variants = encodedVariants(page.raw);
    const expected: Record<string, [string, boolean, string]> = {
      'utf-8': ['utf-8', false, 'lf'],
      'utf-8-bom': ['utf-8', true, 'lf'],
      gb18030: ['gb18030', false, 'lf'],
      gbk: ['gb18030', false, 'lf'],
      'utf-16le': ['utf-16le', true, 'lf'],
      'utf-16be': ['utf-16be', true, 'lf'],
      crlf: ['utf-8', false, 'crlf'],
    };
    // Each variant alone, in a project of its own: its encoding, BOM and line endings as read.
    for (const v of variants) {
      const own = createDb(`galley-import-${crypto.randomUUID()}`);
      const report = await importFiles(own, [sourceOf(`${v.name}/${page.name}`, v.bytes)]);
      expect(report, v.name).toMatchObject({ imported: 1, failed: 0 });
      const [stored] = await own.pages.toArray();
      expect([stored.encoding, stored.bom, stored.lineEndings], v.name).toEqual(expected[v.name]);
      expect(stored.byteLength, v.name).toBe(v.bytes.byteLength);
      expect((await own.texts.get(stored.id))?.raw, v.name).toBe(page.raw);
      await own.delete();
    }
  });

  it('recognises the same text in other bytes (encoding, BOM, line endings) and does not import it again', async () => {
    const page = fixture('09-school-term');
    const variants = encodedVariants(page.raw);
    // GBK text without GB18030-only characters is byte for byte the GB18030 file: a duplicate.
    const distinct = new Set(variants.map((v) => Buffer.from(v.bytes).toString('hex'))).size;
    expect(distinct).toBeGreaterThanOrEqual(6);
    const report = await importFiles(
      db,
      variants.map((v) => sourceOf(`${v.name}/${page.name}`, v.bytes)),
    );
    expect(report).toMatchObject({
      imported: 1,
      duplicates: variants.length - distinct,
      sameTextCount: distinct - 1,
      failed: 0,
    });
    const [kept] = await db.pages.toArray();
    expect(report.sameText.map((f) => f.pageId)).toEqual(Array(distinct - 1).fill(kept.id));
    // In a later import too, under the kept page's own path.
    const crlf = variants.find((v) => v.name === 'crlf')!;
    const again = await importFiles(db, [sourceOf(kept.relativePath, crlf.bytes)]);
    expect(again).toMatchObject({ imported: 0, sameTextCount: 1, changed: 0 });
    // A changed text under the same path is a changed version, named for the carry-over.
    const changed = await importFiles(db, [sourceOf(kept.relativePath, utf8(`${page.raw}\n补记`))]);
    expect(changed).toMatchObject({ imported: 1, changed: 1 });
    expect(changed.changedPages).toEqual([{ pageId: changed.pageIds[0], previousId: kept.id }]);
  });

  it('tells apart pages of the same length, and still knows a kept one in other bytes', async () => {
    // One edition: 250 pages of exactly the same length, each its own text, over three chunks.
    const pages = Array.from({ length: 250 }, (_, i) => `第${String(i).padStart(3, '0')}版\n本报讯 今日出版`);
    const first = await importFiles(
      db,
      pages.map((text, i) => sourceOf(`ed/${i}.txt`, utf8(text))),
    );
    expect(first).toMatchObject({ imported: 250, sameTextCount: 0, duplicates: 0 });
    // Page 123 again with CRLF line ends, in a later import: the same text, not a new page.
    const again = await importFiles(db, [sourceOf('copy/123.txt', utf8(pages[123].replace('\n', '\r\n')))]);
    expect(again).toMatchObject({ imported: 0, sameTextCount: 1 });
    const kept = await db.pages.get(again.sameText[0].pageId);
    expect(kept?.relativePath).toBe('ed/123.txt');
  });

  it('skips exact duplicates, in the same batch and in a later one', async () => {
    const [a, b] = fixtureFiles();
    const first = await importFiles(db, [
      sourceOf('a/x.txt', a.bytes),
      sourceOf('b/x.txt', a.bytes),
      sourceOf(b.name, b.bytes),
    ]);
    expect(first).toMatchObject({ imported: 2, duplicates: 1 });
    const again = await importFiles(db, [sourceOf('elsewhere.txt', b.bytes)]);
    expect(again).toMatchObject({ imported: 0, duplicates: 1, failed: 0 });
    expect(await db.pages.count()).toBe(2);
    expect(await db.texts.count()).toBe(2);
  });

  it('imports other bytes under a known path as a new page flagged as a changed version', async () => {
    await importFiles(db, [sourceOf('issue/page-001.txt', utf8('本报讯 第一稿'))]);
    const original = (await db.pages.toArray())[0];
    const report = await importFiles(db, [sourceOf('issue/page-001.txt', utf8('本报讯 第二稿'))]);
    expect(report).toMatchObject({ imported: 1, changed: 1 });
    const changed = await db.pages.get(report.pageIds[0]);
    expect(changed?.changedVersionOf).toBe(original.id);
    expect((await db.pages.get(original.id))?.changedVersionOf).toBeUndefined();
    // A third version points at the second, the newest before it.
    const third = await importFiles(db, [sourceOf('issue/page-001.txt', utf8('本报讯 第三稿'))]);
    expect((await db.pages.get(third.pageIds[0]))?.changedVersionOf).toBe(changed!.id);
  });

  it('knows the newest version when versions were imported in the same millisecond', async () => {
    // A fast machine stamps quick imports alike; the ids' order must not pick the older one.
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    try {
      const versions: string[] = [];
      for (const draft of ['第一稿', '第二稿', '第三稿', '第四稿', '第五稿']) {
        const report = await importFiles(db, [sourceOf('issue/page-001.txt', utf8(`本报讯 ${draft}`))]);
        const page = await db.pages.get(report.pageIds[0]);
        expect(page?.changedVersionOf).toBe(versions.at(-1));
        versions.push(report.pageIds[0]);
      }
    } finally {
      now.mockRestore();
    }
  });

  it('refuses a binary file with its name and reason and still imports the rest', async () => {
    const [a] = fixtureFiles();
    const binary = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    const report = await importFiles(db, [
      sourceOf('scan.png.txt', binary),
      sourceOf(a.name, a.bytes),
      sourceOf('blank.txt', new Uint8Array()),
    ]);
    expect(report.failures).toEqual([expect.objectContaining({ name: 'scan.png.txt', reason: 'binary' })]);
    expect(report).toMatchObject({ imported: 2, failed: 1, done: 3 });
    const blank = await db.pages.where('name').equals('blank.txt').first();
    expect(blank).toMatchObject({ empty: true, charLength: 0 });
  });

  it('reports a file that cannot be read, by name', async () => {
    const broken = { ...sourceOf('gone.txt', utf8('x')), decode: () => Promise.reject(new Error('EACCES')) };
    const report = await importFiles(db, [broken]);
    expect(report.failures).toEqual([
      expect.objectContaining({
        name: 'gone.txt',
        reason: 'unreadable',
        detail: expect.stringContaining('EACCES'),
      }),
    ]);
  });

  it('writes in chunks and reports growing counts up to the total', async () => {
    const files = Array.from({ length: 23 }, (_, i) => sourceOf(`p-${i}.txt`, utf8(`第${i}版 本报讯`)));
    const seen: ImportProgress[] = [];
    const report = await importFiles(db, files, {
      chunkPages: 5,
      concurrency: 2,
      onProgress: (p) => seen.push(p),
    });
    expect(report.imported).toBe(23);
    expect(seen.at(-1)).toMatchObject({ done: 23, imported: 23, total: 23 });
    for (let i = 1; i < seen.length; i++) expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    // Imported grows chunk by chunk, not all at the end.
    expect(new Set(seen.map((p) => p.imported)).size).toBeGreaterThan(3);
  });

  it('stops when cancelled, keeping exactly what it reported as imported', async () => {
    const files = Array.from({ length: 40 }, (_, i) => sourceOf(`p-${i}.txt`, utf8(`第${i}版`)));
    const abort = new AbortController();
    const report = await importFiles(db, files, {
      chunkPages: 4,
      concurrency: 2,
      signal: abort.signal,
      onProgress: (p) => p.imported >= 8 && abort.abort(),
    });
    expect(report.cancelled).toBe(true);
    expect(report.imported).toBeLessThan(40);
    expect(await db.pages.count()).toBe(report.imported);
    expect(await db.texts.count()).toBe(report.imported);
  });

  it('keeps the bytes of a page whose encoding was guessed so it can be re-opened in another', async () => {
    const bytes = new Uint8Array(iconv.encode('經開區財政局召開會議', 'big5'));
    const report = await importFiles(db, [sourceOf('big5.txt', bytes)]);
    const id = report.pageIds[0];
    // Big5 is told from GB18030 by what the text looks like, and said to be a guess.
    expect((await db.pages.get(id))?.encoding).toBe('big5');
    expect((await db.texts.get(id))?.raw).toBe('經開區財政局召開會議');
    expect(report.warnings).toEqual([
      {
        name: 'big5.txt',
        relativePath: 'big5.txt',
        warnings: [{ code: 'decode.encoding-guessed', encoding: 'big5' }],
      },
    ]);

    // Read as GB18030 it is plausible garbage; the archivist can go back.
    expect(await reopenPage(db, id, 'gb18030')).toEqual({ ok: true });
    expect((await db.texts.get(id))?.raw).not.toBe('經開區財政局召開會議');
    expect(await reopenPage(db, id, 'big5')).toEqual({ ok: true });
    expect((await db.pages.get(id))?.encoding).toBe('big5');
    expect((await db.texts.get(id))?.raw).toBe('經開區財政局召開會議');
  });

  it('lists pages imported with replacement characters, and refuses one that is mostly noise', async () => {
    const good = new TextEncoder().encode('本报讯 日前，经开区劳动者权益保障机制启动。\n'.repeat(5));
    const damaged = good.slice();
    damaged[0] = 0xff; // 本's first byte: three U+FFFD at line 1, column 1 to 3
    const noise = new Uint8Array(8000).map((_, i) => 0x80 + ((i * 37) % 128));
    const report = await importFiles(db, [
      sourceOf('damaged.txt', damaged),
      sourceOf('noise.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...noise])),
      sourceOf('good.txt', good),
    ]);
    expect(report).toMatchObject({ imported: 2, failed: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({
        name: 'noise.txt',
        reason: 'undecodable',
        problem: expect.objectContaining({ code: 'decode.mostly-undecodable', encoding: 'utf-8' }),
      }),
    ]);
    expect(report.warnings).toEqual([
      {
        name: 'damaged.txt',
        relativePath: 'damaged.txt',
        // Not strict UTF-8 any more, so UTF-8 too is a guess (the likeliest reading).
        warnings: [
          { code: 'decode.encoding-guessed', encoding: 'utf-8' },
          {
            code: 'decode.replacement-characters',
            count: 3,
            at: [
              { offset: 0, line: 1, column: 1 },
              { offset: 1, line: 1, column: 2 },
              { offset: 2, line: 1, column: 3 },
            ],
          },
        ],
      },
    ]);
  });

  it('refuses to re-open a page once an article is marked on it', async () => {
    const bytes = new Uint8Array(iconv.encode('区财政局召开会议', 'gb18030'));
    const id = (await importFiles(db, [sourceOf('gb.txt', bytes)])).pageIds[0];
    const field = { text: '', spans: [] };
    await db.articles.put({
      id: 'a1',
      pageId: id,
      order: 0,
      status: 'draft',
      createdAt: 1,
      updatedAt: 1,
      section: field,
      kicker: field,
      title: { text: '区财政局', spans: [{ start: 0, end: 4 }] },
      subtitle: field,
      dateline: field,
      byline: field,
      paragraphs: [],
      captions: [],
      notes: [],
    });
    expect(await reopenPage(db, id, 'big5')).toEqual({ ok: false, reason: 'has-articles' });
    expect((await db.texts.get(id))?.raw).toBe('区财政局召开会议');
  });
});

describe('what an import tells the page list', () => {
  it('names every page it writes, so a list of 10,000 reads only those again, never the whole table', async () => {
    await db.open();
    const told: (Set<string> | 'all')[] = [];
    const listen = (parts: ObservabilitySet) => {
      const keys = changedKeys(parts, db.name, 'pages');
      if (keys !== null) told.push(keys);
    };
    Dexie.on('storagemutated', listen);
    try {
      // More than a chunk's worth, so the chunk's writes are as large as an import's are.
      const report = await importFiles(
        db,
        Array.from({ length: 230 }, (_, i) => sourceOf(`page-${i}.txt`, utf8(`第${i}版\n正文`))),
      );
      expect(report.imported).toBe(230);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(told).not.toContain('all');
      const named = new Set(told.flatMap((keys) => (keys === 'all' ? [] : [...keys])));
      expect(named).toEqual(new Set(report.pageIds));
    } finally {
      Dexie.on.storagemutated.unsubscribe(listen);
    }
  });
});

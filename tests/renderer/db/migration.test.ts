import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, createDb, declareVersions, type GalleyDb } from '../../../src/renderer/src/db/db';

let opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened) db.close();
  opened = [];
});

function uniqueName(): string {
  return `galley-test-${crypto.randomUUID()}`;
}

describe('Dexie schema migrations', () => {
  it('opens a database written by schema v1 and fills the page fields articles need', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    opened.push(v1);
    // A page as Galley v1 wrote it: none of the article fields existed yet.
    await v1.table('pages').put({
      id: 'p1',
      name: 'page-001.txt',
      relativePath: 'issue-7/page-001.txt',
      sha256: 'ab'.repeat(32),
      encoding: 'gb18030',
      bom: false,
      lineEndings: 'crlf',
      byteLength: 12,
      charLength: 6,
      importedAt: 1_700_000_000_000,
      empty: false,
    });
    await v1.table('texts').put({ pageId: 'p1', raw: '本报讯\n日前', bytes: new Uint8Array([1, 2, 3]) });
    await v1.table('settings').put({ key: 'ui.language', value: 'zh' });
    expect(v1.verno).toBe(1);
    v1.close();

    const db: GalleyDb = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const page = await db.pages.get('p1');
    expect(page).toMatchObject({
      furniture: [],
      articleCount: 0,
      coverage: 0,
      encoding: 'gb18030',
      name: 'page-001.txt',
    });
    const text = await db.texts.get('p1');
    expect(text?.raw).toBe('本报讯\n日前');
    expect(Array.from(text?.bytes ?? [])).toEqual([1, 2, 3]);
    expect(await db.settings.get('ui.language')).toEqual({ key: 'ui.language', value: 'zh' });
    // Still found through the v1 indexes.
    expect(await db.pages.where('relativePath').equals('issue-7/page-001.txt').count()).toBe(1);
  });

  it('gives the upgraded database working article, revision and rule tables', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.open();
    v1.close();

    const db = createDb(name);
    opened.push(db);
    const base = { pageId: 'p1', status: 'draft' as const, createdAt: 1, updatedAt: 1 };
    await db.articles.bulkPut([
      { ...emptyArticle('a2'), ...base, order: 1 },
      { ...emptyArticle('a1'), ...base, order: 0 },
    ]);
    const ordered = await db.articles
      .where('[pageId+order]')
      .between(['p1', Dexie.minKey], ['p1', Dexie.maxKey])
      .toArray();
    expect(ordered.map((a) => a.id)).toEqual(['a1', 'a2']);
    await db.rules.bulkPut([
      { id: 'r2', name: 'b', find: ',', replace: '，', regex: false, enabled: true, order: 2 },
      { id: 'r1', name: 'a', find: ' ', replace: '', regex: false, enabled: true, order: 1 },
    ]);
    expect((await db.rules.orderBy('order').toArray()).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('does not touch a page that already has article fields when upgrading', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.table('pages').put({
      id: 'p2',
      name: 'x.txt',
      relativePath: 'x.txt',
      sha256: 'cd',
      importedAt: 2,
      articleCount: 3,
      coverage: 0.5,
      furniture: [{ start: 0, end: 4 }],
    });
    v1.close();
    const db = createDb(name);
    opened.push(db);
    expect(await db.pages.get('p2')).toMatchObject({
      articleCount: 3,
      coverage: 0.5,
      furniture: [{ start: 0, end: 4 }],
    });
  });

  it('counts the problems of pages with articles when upgrading to v4', async () => {
    const name = uniqueName();
    const v3 = new Dexie(name);
    declareVersions(v3, 3);
    const raw = '本报讯 日前举行演练。参加者三百人。';
    const page = { id: 'p3', name: 'y.txt', relativePath: 'y.txt', sha256: 'ef', importedAt: 3 };
    await v3.table('pages').bulkPut([
      { ...page, articleCount: 2, coverage: 1, furniture: [] },
      { ...page, id: 'p4', articleCount: 0, coverage: 0, furniture: [] },
    ]);
    await v3.table('texts').put({ pageId: 'p3', raw });
    const base = { pageId: 'p3', status: 'draft', createdAt: 1, updatedAt: 1 };
    // The second article's text was left behind in the first: one text.duplicate.
    await v3.table('articles').bulkPut([
      {
        ...emptyArticle('a1'),
        ...base,
        order: 0,
        paragraphs: [{ text: raw, spans: [{ start: 0, end: 11 }] }],
      },
      {
        ...emptyArticle('a2'),
        ...base,
        order: 1,
        paragraphs: [{ text: '参加者三百人。', spans: [{ start: 11, end: raw.length }] }],
      },
    ]);
    v3.close();
    const db = createDb(name);
    opened.push(db);
    expect((await db.pages.get('p3'))?.problemCount).toBe(1);
    expect((await db.pages.get('p4'))?.problemCount).toBe(0);
  });
});

function emptyArticle(id: string) {
  const field = () => ({ text: '', spans: [] });
  return {
    id,
    section: field(),
    kicker: field(),
    title: field(),
    subtitle: field(),
    dateline: field(),
    byline: field(),
    paragraphs: [],
    captions: [],
    notes: [],
  };
}

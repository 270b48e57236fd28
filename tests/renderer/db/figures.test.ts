// The review figures kept for each article (schema v5, in its page's packed record since
// v10): counted when the article is written, by whoever writes it, and counted for existing
// articles when an older database is upgraded.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFigures } from '../../../src/core/diff';
import { emptyContent, type Article } from '../../../src/core/model';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { CURRENT_VERSION, createDb, declareVersions, type GalleyDb } from '../../../src/renderer/src/db/db';
import { addPage, spanIn } from '../review/fixtures';
import { keptFigures, keptFiguresOf } from './keptFigures';

let opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened) {
    if (db instanceof Dexie && 'articles' in db) await forgetSessions(db as GalleyDb);
    db.close();
  }
  opened = [];
});

function freshDb(): GalleyDb {
  const db = createDb(`galley-figures-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

const RAW = '本报讯 日前举行消防演练,参加者三百人。\n记者 王明';

function article(id: string, order: number, text: string, start: number, end: number): Article {
  return {
    ...emptyContent(),
    id,
    pageId: 'p1',
    order,
    status: 'corrected',
    createdAt: 1,
    updatedAt: 1,
    paragraphs: [{ text, spans: [{ start, end }] }],
  };
}

describe('figures kept with each article', () => {
  it('counts a saved article against its page and follows each edit and deletion', async () => {
    const db = freshDb();
    const raw = await addPage(db, 'p1', '05-fire-drill.txt');
    const s = await openSession(db, 'p1');
    s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' });
    await s.flush();
    const [a] = s.getSnapshot().state.articles;
    const row = await keptFiguresOf(db, a.id);
    expect(row).toMatchObject({ pageId: 'p1', order: 0, status: 'draft', updatedAt: a.updatedAt });
    expect(row?.figures).toEqual(articleFigures(a, raw));
    expect(row?.figures.distance).toBe(0);

    s.editText(a.id, { kind: 'paragraph', index: 0 }, `${a.paragraphs[0].text}补`);
    await s.flush();
    const edited = await keptFiguresOf(db, a.id);
    expect(edited?.figures.insertions).toBe(1);

    s.delete(a.id);
    await s.flush();
    expect(await keptFiguresOf(db, a.id)).toBeUndefined();
  });

  it('counts articles written outside a session (a restored backup) in the same transaction', async () => {
    const db = freshDb();
    await db.texts.put({ pageId: 'p1', raw: RAW });
    const a1 = article('a1', 0, '本报讯 日前举行消防演练，参加者三百人。', 0, 20);
    const a2 = article('a2', 1, '记者 王明', 21, 26);
    await db.transaction('rw', db.articles, async () => {
      await db.articles.bulkPut([a1, a2]);
    });
    const rows = await keptFigures(db);
    expect(rows.map((r) => r.articleId)).toEqual(['a1', 'a2']);
    // The comma was made full width: one substitution.
    expect(rows[0].figures).toMatchObject({ substitutions: 1, distance: 1 });
    expect(rows[1].figures.distance).toBe(0);

    await db.articles.clear();
    expect(await keptFigures(db)).toEqual([]);
  });

  it('counts the figures of existing articles when upgrading to v5', async () => {
    const name = `galley-figures-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    declareVersions(v4, 4);
    await v4.table('pages').bulkPut([
      { id: 'p1', name: 'a.txt', relativePath: 'a.txt', sha256: 'ab', importedAt: 1, articleCount: 1 },
      { id: 'p2', name: 'b.txt', relativePath: 'b.txt', sha256: 'cd', importedAt: 1, articleCount: 0 },
    ]);
    await v4.table('texts').bulkPut([
      { pageId: 'p1', raw: RAW },
      { pageId: 'p2', raw: '空' },
    ]);
    await v4.table('articles').put(article('a1', 0, '本报讯 日前举行消防演练，参加者三百人。', 0, 20));
    v4.close();

    const db = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const [row, ...others] = await keptFigures(db);
    expect(row).toMatchObject({ articleId: 'a1', pageId: 'p1', status: 'corrected' });
    expect(row.figures).toMatchObject({ reference_chars: 20, substitutions: 1, distance: 1 });
    expect(others).toEqual([]);
    // v10 keeps them in the pages' packed records alone: no table of a row an article.
    expect(db.tables.map((t) => t.name)).not.toContain('figures');
  });
});

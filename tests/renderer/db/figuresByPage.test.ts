// The review figures packed a page at a time (schema v8, `pageFigures`): whoever writes an
// article (a page's session, a restore and its undo, a team member's change projected, an
// upgrade from v7), each page's record holds exactly its articles' kept figures, so the
// totals the corpus review sums from them are the ones the articles add up to.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { streamBackup } from '../../../src/core/backup';
import { sumFigures } from '../../../src/core/diff';
import { emptyContent, type Article } from '../../../src/core/model';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { readProjectData } from '../../../src/renderer/src/backup/projectData';
import { restoreBackup } from '../../../src/renderer/src/backup/restoreBackup';
import { CURRENT_VERSION, createDb, declareVersions, type GalleyDb } from '../../../src/renderer/src/db/db';
import { figuresRowOf } from '../../../src/renderer/src/db/figures';
import { figuresAt, packPage, type PageFigures } from '../../../src/renderer/src/db/figuresByPage';
import { writeProjections } from '../../../src/renderer/src/sync/projection';
import { addPage, spanIn } from '../review/fixtures';

/** A backup file as the archivist's file chooser gives it. */
const asFile = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

let opened: GalleyDb[] = [];
afterEach(async () => {
  for (const db of opened) {
    await forgetSessions(db);
    await db.delete();
  }
  opened = [];
});

function freshDb(name = `galley-packed-${crypto.randomUUID()}`): GalleyDb {
  const db = createDb(name);
  opened.push(db);
  return db;
}

/** Every page's record is its articles' figures (counted against its raw text) packed, and no other page has one. */
async function expectInStep(db: GalleyDb): Promise<PageFigures[]> {
  const [articles, texts, packed] = await Promise.all([
    db.articles.toArray(),
    db.texts.toArray(),
    db.pageFigures.toArray(),
  ]);
  const raws = new Map(texts.map((t) => [t.pageId, t.raw]));
  const rows = articles.map((a) => figuresRowOf(a, raws.get(a.pageId) ?? ''));
  const pageIds = [...new Set(rows.map((r) => r.pageId))].sort();
  expect(packed.map((p) => p.pageId).sort()).toEqual(pageIds);
  for (const p of packed)
    expect(p).toEqual(
      packPage(
        p.pageId,
        rows.filter((r) => r.pageId === p.pageId),
      ),
    );
  return packed;
}

/** The corpus totals summed from the packed records, as the review sums them. */
const packedTotals = (packed: readonly PageFigures[]) =>
  sumFigures(packed.flatMap((p) => p.ids.map((_, i) => figuresAt(p, i))));

/** Three articles on a page, the second corrected by hand. */
async function markPage(db: GalleyDb, pageId: string, name: string): Promise<string[]> {
  const raw = await addPage(db, pageId, name);
  const s = await openSession(db, pageId);
  for (const line of raw
    .split('\n')
    .filter((l) => l.startsWith('本报讯'))
    .slice(0, 3))
    s.assign([spanIn(raw, line.slice(0, 12))], { kind: 'new-article' });
  const ids = s.getSnapshot().state.articles.map((a) => a.id);
  const second = s.getSnapshot().state.articles[1];
  s.editText(second.id, { kind: 'paragraph', index: 0 }, `${second.paragraphs[0].text}补正`);
  await s.flush();
  return ids;
}

describe('figures packed a page at a time', () => {
  it('follow each save, edit, status change and deletion of a page’s session', async () => {
    const db = freshDb();
    const ids = await markPage(db, 'p1', '05-fire-drill.txt');
    let [packed] = await expectInStep(db);
    expect(packed.ids).toEqual(ids);
    expect(packed.insertions[1]).toBe(2);

    const s = await openSession(db, 'p1');
    s.setStatus(ids[0], 'corrected');
    s.delete(ids[2]);
    await s.flush();
    [packed] = await expectInStep(db);
    expect(packed.ids).toEqual(ids.slice(0, 2));
    expect(packed.status[0]).toBe('corrected');

    for (const id of ids.slice(0, 2)) s.delete(id);
    await s.flush();
    expect(await expectInStep(db)).toEqual([]);
  });

  it('keep the corpus totals right through a restore into another project and its undo', async () => {
    const source = freshDb();
    await markPage(source, 'p1', '05-fire-drill.txt');
    await markPage(source, 'p2', '02-street-roundup.txt');
    // A backup without figures lines (an older one): the restore counts every article's figures.
    const file = streamBackup(await readProjectData(source), { createdAt: 0, figures: [] });
    const sourceTotals = packedTotals(await expectInStep(source));
    expect(sourceTotals.distance).toBeGreaterThan(0);

    const target = freshDb();
    const own = await markPage(target, 'p3', '04-rural-revival.txt');
    const before = packedTotals(await expectInStep(target));
    const restored = await restoreBackup(target, asFile(file));
    if (!restored.ok) throw new Error('the restore failed');
    const after = await expectInStep(target);
    expect(after).toHaveLength(3);
    expect(packedTotals(after).distance).toBe(before.distance + sourceTotals.distance);
    expect(packedTotals(after).reference_chars).toBe(before.reference_chars + sourceTotals.reference_chars);

    await restored.undo();
    const undone = await expectInStep(target);
    expect(undone.map((p) => p.ids)).toEqual([own]);
    expect(packedTotals(undone)).toEqual(before);
  });

  it('follow a team member’s change projected onto the page, and an article moved to another page', async () => {
    const db = freshDb();
    const ids = await markPage(db, 'p1', '05-fire-drill.txt');
    await addPage(db, 'p2', '02-street-roundup.txt');
    const raw = (await db.texts.get('p1'))!.raw;
    const articles = await db.articles.where('pageId').equals('p1').sortBy('order');
    // Their copy: the first article reviewed, the last one gone.
    const theirs = [
      { ...articles[0], status: 'reviewed' as const, updatedAt: articles[0].updatedAt + 1 },
      articles[1],
    ];
    await db.transaction('rw', db.articles, db.pages, db.settings, () =>
      writeProjections(db, [{ raw, state: { pageId: 'p1', articles: theirs, furniture: [] }, open: [] }]),
    );
    let [packed] = await expectInStep(db);
    expect(packed.ids).toEqual(ids.slice(0, 2));
    expect(packed.status[0]).toBe('reviewed');

    await db.articles.put({ ...articles[1], pageId: 'p2', order: 0 });
    const both = await expectInStep(db);
    expect(both.map((p) => [p.pageId, p.ids])).toEqual([
      ['p1', [ids[0]]],
      ['p2', [ids[1]]],
    ]);
    [packed] = both;
    await db.articles.clear();
    expect(await expectInStep(db)).toEqual([]);
  });

  it('are packed from the kept figures when a v7 database is upgraded', async () => {
    const name = `galley-packed-${crypto.randomUUID()}`;
    const v7 = new Dexie(name);
    declareVersions(v7, 7);
    const raw = '本报讯 日前举行消防演练,参加者三百人。\n记者 王明';
    const article = (id: string, pageId: string, order: number, text: string, end: number): Article => ({
      ...emptyContent(),
      id,
      pageId,
      order,
      status: 'corrected',
      createdAt: 1,
      updatedAt: 1,
      paragraphs: [{ text, spans: [{ start: 0, end }] }],
    });
    const articles = [
      article('a2', 'p1', 1, '本报讯', 3),
      article('a1', 'p1', 0, '本报讯 日前举行消防演练，参加者三百人。', 20),
      article('b1', 'p2', 0, '本报迅', 3),
    ];
    await v7.table('texts').bulkPut([
      { pageId: 'p1', raw },
      { pageId: 'p2', raw },
    ]);
    await v7.table('articles').bulkPut(articles);
    await v7.table('figures').bulkPut(articles.map((a) => figuresRowOf(a, raw)));
    v7.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const packed = await expectInStep(db);
    expect(packed.map((p) => p.ids)).toEqual([['a1', 'a2'], ['b1']]);
    expect(packed[0].substitutions[0]).toBe(1);
    expect(packed[1].substitutions[0]).toBe(1);
  });
});

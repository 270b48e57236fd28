// The review worker's list (the same code runs in the window here): it filters, sorts and
// sums a scope's kept figures itself and hands the window only the rows it asks for by
// place, the shown article's row with each list, and the queue's next article.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { reviewWork, type ReviewQuery } from '../../../src/renderer/src/review/reviewWork';
import { addPage, spanIn } from './fixtures';
import { keptFigures } from '../db/keptFigures';

let db: GalleyDb;
let ids: string[];
const corpus = { kind: 'corpus' } as const;
const all: ReviewQuery = { status: 'all', text: '', sort: 'order' };

beforeEach(async () => {
  db = createDb(`galley-review-work-${crypto.randomUUID()}`);
  const raw = await addPage(db, 'p1', '05-fire-drill.txt');
  const s = await openSession(db, 'p1');
  for (const line of raw
    .split('\n')
    .filter((l) => l.startsWith('本报讯'))
    .slice(0, 3))
    s.assign([spanIn(raw, line)], { kind: 'new-article' });
  await s.flush();
  ids = s.getSnapshot().state.articles.map((a) => a.id);
});
afterEach(async () => {
  await forgetSessions(db);
  await db.delete();
});

describe('the review worker’s list', () => {
  it('counts and sums the whole scope, lists only what the filter lets through, and gives rows by place', async () => {
    const s = await openSession(db, 'p1');
    s.setStatus(ids[1], 'corrected');
    await s.flush();
    const work = reviewWork(() => db);
    const list = await work.list(db.name, corpus, { ...all, status: 'draft' }, '0', null);
    expect(list.total).toBe(ids.length);
    expect(list.listed).toBe(ids.length - 1);
    const kept = await keptFigures(db);
    expect(list.totals.reference_chars).toBe(kept.reduce((n, f) => n + f.figures.reference_chars, 0));
    expect((await work.slice(list.token, 0, 100)).map((r) => r.article.id)).toEqual(
      ids.filter((id) => id !== ids[1]),
    );
    expect((await work.slice(list.token, 1, 2)).map((r) => r.article.id)).toEqual([ids[2]]);
    await work.release(list.token);
    expect(await work.slice(list.token, 0, 100)).toEqual([]);
  });

  it('reads the database again only for a new count of changes, and brings the shown article’s row', async () => {
    const work = reviewWork(() => db);
    const first = await work.list(db.name, corpus, all, '0', ids[0]);
    expect(first.current?.row.article.status).toBe('draft');
    expect(first.current?.index).toBe(0);
    const s = await openSession(db, 'p1');
    s.setStatus(ids[0], 'corrected');
    await s.flush();
    // Another sort on the same reading: the rows already read.
    const same = await work.list(db.name, corpus, { ...all, sort: 'status' }, '0', ids[0]);
    expect(same.counts.corrected).toBe(0);
    const again = await work.list(db.name, corpus, all, '1', ids[0]);
    expect(again.counts.corrected).toBe(1);
    expect(again.current?.row.article.status).toBe('corrected');
    expect((await work.find(again.token, ids[2]))?.index).toBe(2);
  });

  it('steps to the next unreviewed article, skipping one just marked whose new status is not read yet', async () => {
    const work = reviewWork(() => db);
    const list = await work.list(db.name, corpus, all, '0', null);
    const [first] = await work.slice(list.token, 0, 1);
    expect((await work.next(list.token, null, []))?.row.article.id).toBe(ids[0]);
    const marked: [string, number][] = [[ids[1], (await work.slice(list.token, 1, 2))[0].article.updatedAt]];
    expect((await work.next(list.token, first.article.id, marked))?.row.article.id).toBe(ids[2]);
    expect(await work.next(list.token, ids[2], [...marked, [ids[0], first.article.updatedAt]])).toBeNull();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { acceptSuggestions } from '../../../src/renderer/src/suggest/accept';
import { ids, seedPages } from '../cleanup/fixtures';

let db: GalleyDb;
beforeEach(async () => {
  db = createDb(`galley-accept-${crypto.randomUUID()}`);
  await seedPages(db, ['05-fire-drill']);
});
afterEach(() => db.close());

describe('accepting suggestions in the app', () => {
  it('is one undo step and one write, and the page counts its articles and coverage', async () => {
    const s = await openSession(db, '05-fire-drill');
    const hand = '区人大常委会视察城区燃气安全工作';
    const byHand = s.raw.indexOf(hand);
    expect(s.assign([{ start: byHand, end: byHand + hand.length }], { kind: 'new-article' }).ok).toBe(true);
    await s.flush();
    const handOnly = s.getSnapshot().state;

    const r = acceptSuggestions(handOnly, s.raw, suggestArticles(s.raw), { now: 2, newId: ids });
    s.change('accept-suggestions', r.state);
    await s.flush();
    const stored = await db.articles.where('pageId').equals('05-fire-drill').toArray();
    expect(stored).toHaveLength(1 + r.created.length);
    const page = await db.pages.get('05-fire-drill');
    expect(page?.articleCount).toBe(stored.length);
    expect(page?.coverage).toBeGreaterThan(0.9);

    expect(s.undo()).toBe(true);
    await s.flush();
    expect(s.getSnapshot().state).toBe(handOnly);
    expect(await db.articles.where('pageId').equals('05-fire-drill').count()).toBe(1);
    expect((await db.pages.get('05-fire-drill'))?.articleCount).toBe(1);
  });
});

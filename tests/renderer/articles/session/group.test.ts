import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changePages } from '../../../../src/renderer/src/articles/session/group';
import { openSession } from '../../../../src/renderer/src/articles/session/registry';
import { findInArticles, replaceHits, type FindQuery } from '../../../../src/renderer/src/find/search';
import { createDb, type GalleyDb } from '../../../../src/renderer/src/db/db';
import { acceptSuggested, seedPages } from '../../cleanup/fixtures';

let db: GalleyDb;
beforeEach(async () => {
  db = createDb(`galley-cleanup-${crypto.randomUUID()}`);
  await seedPages(db, ['02-street-roundup', '09-school-term']);
  // Both pages get their suggested articles, each in one step.
  for (const id of ['02-street-roundup', '09-school-term']) await acceptSuggested(db, id);
});
afterEach(() => db.close());

const q: FindQuery = { text: '本报讯', regex: false, caseSensitive: true };

async function storedTexts(): Promise<string> {
  const articles = await db.articles.toArray();
  return articles.map((a) => a.dateline.text).join('|');
}

describe('a step over several pages', () => {
  it('replaces across pages in one step; undo on either page undoes it everywhere, redo brings it back', async () => {
    const s0 = await openSession(db, '02-street-roundup');
    const s2 = await openSession(db, '09-school-term');
    const before0 = s0.getSnapshot().state;
    const before2 = s2.getSnapshot().state;
    expect(await storedTexts()).toContain('本报讯');

    let replaced = 0;
    const group = await changePages(db, 'replace', ['02-street-roundup', '09-school-term'], (state) => {
      const { hits } = findInArticles(state.articles, q);
      const r = replaceHits(state, hits, q, '本报消息', 2);
      replaced += r.replaced;
      return r.state;
    });
    expect(group).not.toBeNull();
    expect(replaced).toBe(before0.articles.length + before2.articles.length);
    expect(await storedTexts()).not.toContain('本报讯');
    expect(s2.getSnapshot().state.articles[0].dateline.text).toBe('本报消息');
    // Spans are provenance: untouched.
    expect(s2.getSnapshot().state.articles[0].dateline.spans).toEqual(before2.articles[0].dateline.spans);

    // Undo from the second page undoes the first too.
    expect(s2.undo()).toBe(true);
    await group!.written;
    expect(s0.getSnapshot().state.articles).toEqual(before0.articles);
    expect(s2.getSnapshot().state.articles).toEqual(before2.articles);
    expect((await db.articles.toArray()).every((a) => a.dateline.text === '本报讯')).toBe(true);
    // The next undo on the first page is its own earlier step (the accepted suggestions), not the replace again.
    expect(s0.getSnapshot().canUndo).toBe(true);

    expect(s0.redo()).toBe(true);
    await group!.written;
    expect(await storedTexts()).not.toContain('本报讯');
    expect(s2.getSnapshot().state.articles[0].dateline.text).toBe('本报消息');
  });

  it('keeps an edit made on a page after the step when the step is undone', async () => {
    const group = await changePages(
      db,
      'replace',
      ['02-street-roundup', '09-school-term'],
      (state) => replaceHits(state, findInArticles(state.articles, q).hits, q, '本报消息', 2).state,
    );
    const s2 = await openSession(db, '09-school-term');
    const first = s2.getSnapshot().state.articles[0];
    s2.editText(first.id, { kind: 'title' }, '改过的标题');
    group!.undo();
    await group!.written;
    await s2.flush();
    const stored = await db.articles.get(first.id);
    expect(stored?.title.text).toBe('改过的标题');
    // Its other articles went back.
    expect(s2.getSnapshot().state.articles[1].dateline.text).toBe('本报讯');
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storePage } from '../cleanup/fixtures';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { ArticleSession, SAVE_DELAY_MS } from '../../../src/renderer/src/articles/session/ArticleSession';
import { loadPageArticles } from '../../../src/renderer/src/articles/session/persist';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { fixtureText } from '../../fixtures';

// A column-broken page: the first line of an article's body, and its headline.
const raw = fixtureText('12-waste-sorting');
const span = (text: string) => {
  const start = raw.indexOf(text);
  if (start < 0) throw new Error(`not on the page: ${text}`);
  return { start, end: start + text.length };
};
const BODY = span('本报讯 10月22日一早，杏园街道杏');
const TITLE = span('垃圾分类有“积分”');

let db: GalleyDb;
beforeEach(async () => {
  db = createDb(`galley-articles-${crypto.randomUUID()}`);
  await storePage(db, 'p1', '12-waste-sorting.txt', raw);
});
afterEach(async () => {
  await db.delete();
});

async function reloaded() {
  return (await loadPageArticles(db, 'p1')).state;
}

describe('article session', () => {
  it('writes each action with the page’s article count and coverage, and reloads to the same state', async () => {
    const s = await openSession(db, 'p1');
    const r = s.assign([BODY], { kind: 'new-article' });
    expect(r.ok).toBe(true);
    const id = s.getSnapshot().state.articles[0].id;
    s.assign([TITLE], { kind: 'field', articleId: id, field: 'title' });
    await s.flush();
    expect(await reloaded()).toEqual(s.getSnapshot().state);
    const page = await db.pages.get('p1');
    expect(page?.articleCount).toBe(1);
    expect(page?.coverage).toBeCloseTo(s.coverageOf(), 10);
    expect(page?.coverage).toBeGreaterThan(0);
  });

  it('saves typing within half a second, showing saving then saved', async () => {
    const s = new ArticleSession(db, raw, await reloaded());
    s.assign([BODY], { kind: 'new-article' });
    await s.flush();
    const id = s.getSnapshot().state.articles[0].id;
    s.editText(id, { kind: 'paragraph', index: 0 }, '改正后的第一段');
    expect(s.getSnapshot().save).toBe('saving');
    expect(SAVE_DELAY_MS).toBeLessThan(500);
    // Nobody calls flush: the session saves by itself.
    await vi.waitFor(
      async () => expect((await db.articles.get(id))?.paragraphs[0].text).toBe('改正后的第一段'),
      {
        timeout: 500,
        interval: 20,
      },
    );
    await vi.waitFor(() => expect(s.getSnapshot().save).toBe('saved'), { timeout: 100, interval: 10 });
  });

  it('undoes and redoes structural actions and typing, in IndexedDB too', async () => {
    const s = new ArticleSession(db, raw, await reloaded());
    s.assign([BODY], { kind: 'new-article' });
    const id = s.getSnapshot().state.articles[0].id;
    s.editText(id, { kind: 'paragraph', index: 0 }, '一');
    s.editText(id, { kind: 'paragraph', index: 0 }, '一二');
    s.editText(id, { kind: 'paragraph', index: 0 }, '一二三');
    s.sealTyping();
    s.delete(id);
    await s.flush();
    expect(await db.articles.count()).toBe(0);

    s.undo();
    await s.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe('一二三');
    // The three keystrokes were one typing burst: one undo step.
    s.undo();
    await s.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe('本报讯 10月22日一早，杏园街道杏');
    s.undo();
    await s.flush();
    expect(await db.articles.count()).toBe(0);
    expect((await db.pages.get('p1'))?.articleCount).toBe(0);
    s.redo();
    s.redo();
    await s.flush();
    expect(await reloaded()).toEqual(s.getSnapshot().state);
    expect(s.getSnapshot().state.articles[0].paragraphs[0].text).toBe('一二三');
  });

  it('keeps one revision per editing burst and restores an earlier one', async () => {
    let clock = 1_000_000;
    const s = new ArticleSession(db, raw, await reloaded(), { now: () => clock });
    s.assign([BODY], { kind: 'new-article' });
    const id = s.getSnapshot().state.articles[0].id;
    s.editText(id, { kind: 'paragraph', index: 0 }, '第一稿');
    await s.flush();
    clock += 1000;
    s.editText(id, { kind: 'paragraph', index: 0 }, '第一稿，改');
    await s.flush();
    expect(await db.revisions.where({ articleId: id }).count()).toBe(1);
    clock += 60_000;
    s.editText(id, { kind: 'paragraph', index: 0 }, '第二稿');
    await s.flush();
    const revisions = await db.revisions.where({ articleId: id }).sortBy('createdAt');
    expect(revisions.map((r) => r.content.paragraphs[0].text)).toEqual(['第一稿，改', '第二稿']);

    s.restore(id, revisions[0].content);
    await s.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe('第一稿，改');
    expect((await db.articles.get(id))?.paragraphs[0].spans).toEqual([BODY]);
  });

  it('keeps a hand-made order and the problem count on the page row across a reload', async () => {
    const s = new ArticleSession(db, raw, await reloaded());
    s.assign([TITLE], { kind: 'new-article' });
    s.assign([BODY], { kind: 'new-article' });
    const [first] = s.getSnapshot().state.articles;
    s.reorder(first.id, 1);
    await s.flush();
    expect(s.getSnapshot().state.handOrdered).toBe(true);
    expect((await db.pages.get('p1'))?.handOrdered).toBe(true);
    expect((await reloaded()).handOrdered).toBe(true);
    expect((await db.pages.get('p1'))?.problemCount).toBe(0);

    // Text left behind: the body's words typed into the title (raw text the body holds).
    const body = s.getSnapshot().state.articles.find((a) => a.paragraphs.length > 0)!;
    const title = s.getSnapshot().state.articles.find((a) => a.id !== body.id)!;
    s.editText(title.id, { kind: 'paragraph', index: 0 }, `垃圾分类有“积分” ${body.paragraphs[0].text}`);
    await s.flush();
    expect(s.problemsOf().map((p) => p.code)).toContain('text.duplicate');
    expect((await db.pages.get('p1'))?.problemCount).toBe(s.problemsOf().length);

    s.undo();
    s.undo();
    await s.flush();
    expect(s.getSnapshot().state.handOrdered).toBeUndefined();
    expect(await db.pages.get('p1')).toMatchObject({ handOrdered: false, problemCount: 0 });
  });

  it('moves text out of a corrected paragraph after the archivist chose a version: one undo step', async () => {
    const s = new ArticleSession(db, raw, await reloaded());
    s.assign([BODY], { kind: 'new-article' });
    const id = s.getSnapshot().state.articles[0].id;
    const text = raw.slice(BODY.start, BODY.end);
    const cut = 8;
    const middle = { start: BODY.start + 4, end: BODY.start + cut };
    // Typed text between the characters taken and those kept: no clean cut.
    s.editText(id, { kind: 'paragraph', index: 0 }, `${text.slice(0, cut)}【注】${text.slice(cut)}`);
    s.sealTyping();
    const asked = s.assign([middle], { kind: 'furniture' }, true);
    if (asked.ok || asked.reason !== 'needs-choice') throw new Error('expected needs-choice');
    expect(asked.choices).toHaveLength(1);
    const before = s.getSnapshot().state;
    const [choice] = asked.choices;
    const done = s.assign([middle], { kind: 'furniture' }, true, [
      { articleId: choice.articleId, field: choice.field, pick: 'drop' },
    ]);
    expect(done.ok).toBe(true);
    expect(s.getSnapshot().state.articles[0].paragraphs[0].text).toBe(choice.drop);
    expect(s.getSnapshot().state.furniture).toEqual([middle]);
    await s.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe(choice.drop);
    s.undo();
    expect(s.getSnapshot().state).toBe(before);
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { deleteArticle, mergeArticles, reorder, setFieldText, splitArticle } from '../../../src/core/article';
import { markStatus } from '../../../src/core/article/status';
import {
  applyLocalChange,
  docToPage,
  pageToDoc,
  resolveDeletedEdited,
  syncConflicts,
} from '../../../src/core/sync';
import { copyOf, markedPage, syncBoth } from './helpers';

describe('a page as a Y.Doc', () => {
  it('reads back exactly the page it was written from, also after a trip through bytes', () => {
    const page = markedPage();
    expect(page.state.articles.length).toBeGreaterThan(1);
    const doc = pageToDoc({
      raw: page.raw,
      state: { ...page.state, furniture: [{ start: 0, end: 3 }], handOrdered: true },
    });
    const back = docToPage(copyOf(doc));
    expect(back.raw).toBe(page.raw);
    expect(back.state).toEqual({ ...page.state, furniture: [{ start: 0, end: 3 }], handOrdered: true });
  });

  it('keeps the raw text it was first given when the page is written again', () => {
    const page = markedPage();
    const doc = pageToDoc(page);
    pageToDoc({ raw: 'something else', state: page.state }, doc);
    expect(docToPage(doc).raw).toBe(page.raw);
  });

  it('writes a local step as one transaction that the projection reads back', () => {
    const page = markedPage();
    const doc = pageToDoc(page);
    const a = page.state.articles[0];
    const steps = [
      (s: typeof page.state) => setFieldText(s, a.id, { kind: 'title' }, '改过的标题', 5000),
      (s: typeof page.state) => markStatus(s, a.id, 'reviewed', 5001, '王编辑'),
      (s: typeof page.state) => reorder(s, a.id, 1),
      (s: typeof page.state) => mergeArticles(s, s.articles[0].id, s.articles[1].id, 5002),
    ];
    let state = page.state;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    for (const step of steps) {
      const next = step(state);
      applyLocalChange(doc, state, next);
      state = next;
      expect(docToPage(doc).state).toEqual(state);
    }
    expect(transactions).toBe(steps.length);
  });

  it('merges two archivists typing in the same field as text, and changes to different articles', () => {
    const page = markedPage();
    const left = pageToDoc(page);
    const right = copyOf(left);
    const [a, b] = page.state.articles;
    const para = a.paragraphs[0].text;
    const mine = setFieldText(page.state, a.id, { kind: 'paragraph', index: 0 }, `【前】${para}`, 2000);
    const theirs = setFieldText(page.state, a.id, { kind: 'paragraph', index: 0 }, `${para}【后】`, 2001);
    const theirs2 = setFieldText(theirs, b.id, { kind: 'title' }, '另一篇的新标题', 2002);
    applyLocalChange(left, page.state, mine);
    applyLocalChange(right, page.state, theirs2);
    syncBoth(left, right);
    const merged = docToPage(left).state;
    expect(docToPage(right).state).toEqual(merged);
    expect(merged.articles[0].paragraphs[0].text).toBe(`【前】${para}【后】`);
    expect(merged.articles[1].title.text).toBe('另一篇的新标题');
    expect(syncConflicts(left)).toEqual([]);
  });

  it('reports the one-owner rule broken by a merge through checkPage, on both copies', () => {
    const page = markedPage();
    const left = pageToDoc(page);
    const right = copyOf(left);
    const [a, b] = page.state.articles;
    // Each archivist gives article b's first paragraph's raw text to a different article.
    const taken = b.paragraphs[0].spans;
    const intoA = {
      ...page.state,
      articles: page.state.articles.map((x) =>
        x.id === a.id ? { ...x, notes: [{ text: 'x', spans: taken }] } : x,
      ),
    };
    const stillB = setFieldText(page.state, b.id, { kind: 'paragraph', index: 0 }, '留在原处', 3000);
    applyLocalChange(left, page.state, intoA);
    applyLocalChange(right, page.state, stillB);
    syncBoth(left, right);
    const conflicts = syncConflicts(left);
    expect(conflicts.map((c) => c.code)).toContain('span.shared');
    expect(syncConflicts(right)).toEqual(conflicts);
  });

  it('lists an article deleted on one side and edited on the other, until it is resolved', () => {
    const page = markedPage();
    const left = pageToDoc(page);
    const right = copyOf(left);
    const a = page.state.articles[0];
    applyLocalChange(left, page.state, deleteArticle(page.state, a.id));
    applyLocalChange(
      right,
      page.state,
      setFieldText(page.state, a.id, { kind: 'title' }, '删不掉的标题', 4000),
    );
    syncBoth(left, right);
    expect(syncConflicts(right)).toEqual([{ code: 'sync.deleted-edited', articleId: a.id }]);
    // Not yet settled: the article stays out of the page, its edit is kept in the document.
    expect(docToPage(right).state.articles.some((x) => x.id === a.id)).toBe(false);
    resolveDeletedEdited(right, a.id, 'keep');
    syncBoth(left, right);
    expect(syncConflicts(left)).toEqual([]);
    expect(docToPage(left).state.articles.find((x) => x.id === a.id)?.title.text).toBe('删不掉的标题');
  });

  it("keeps both halves of a split and the other side's typing in the untouched part", () => {
    const page = markedPage();
    const a = page.state.articles.find((x) => x.paragraphs.length >= 2);
    if (!a) throw new Error('the page has an article of two paragraphs');
    const left = pageToDoc(page);
    const right = copyOf(left);
    const split = splitArticle(page.state, page.raw, a.id, 1, 0, { now: 6000, newId: () => 'new' }).state;
    const last = a.paragraphs.length - 1;
    const typed = setFieldText(page.state, a.id, { kind: 'title' }, `${a.title.text}！`, 6001);
    applyLocalChange(left, page.state, split);
    applyLocalChange(right, page.state, typed);
    syncBoth(left, right);
    const merged = docToPage(left).state;
    expect(merged.articles.find((x) => x.id === a.id)?.title.text).toBe(`${a.title.text}！`);
    expect(merged.articles.find((x) => x.id === 'new')?.paragraphs.at(-1)?.text).toBe(
      a.paragraphs[last].text,
    );
    expect(docToPage(right).state).toEqual(merged);
  });

  it('merges an edit made while another client was away for a long time', () => {
    const page = markedPage();
    const server = pageToDoc(page);
    const away = copyOf(server);
    let awayState = page.state;
    const a = page.state.articles[0];
    for (let i = 0; i < 200; i++) {
      const next = setFieldText(awayState, a.id, { kind: 'title' }, `${a.title.text}${i}`, 7000 + i);
      applyLocalChange(away, awayState, next);
      awayState = next;
    }
    const online = copyOf(server);
    const b = page.state.articles[1];
    applyLocalChange(
      online,
      page.state,
      setFieldText(page.state, b.id, { kind: 'kicker' }, '在线改的', 7500),
    );
    syncBoth(online, server);
    syncBoth(away, server);
    syncBoth(online, server);
    const merged = docToPage(online).state;
    expect(merged.articles[0].title.text).toBe(`${a.title.text}199`);
    expect(merged.articles[1].kicker.text).toBe('在线改的');
    expect(Y.encodeStateVector(online)).toEqual(Y.encodeStateVector(away));
  });
});

describe('a change read back from another store', () => {
  it('writes nothing when the state is equal but not the same objects', () => {
    const page = markedPage();
    const doc = pageToDoc(page);
    let updates = 0;
    doc.on('update', () => updates++);
    applyLocalChange(doc, docToPage(doc).state, structuredClone(page.state));
    expect(updates).toBe(0);
  });
});

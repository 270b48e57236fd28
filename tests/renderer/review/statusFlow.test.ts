// The status flow through the article session, the one path every edit takes: marking
// reviewed records who and when; every kind of edit to a reviewed article brings it back
// to corrected; reordering and undo do not lose a review that still holds.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleSession } from '../../../src/renderer/src/articles/session/ArticleSession';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { saveReviewer } from '../../../src/renderer/src/db/reviewer';
import { addPage, spanIn } from './fixtures';

let db: GalleyDb;
let raw: string;
let clock: number;

beforeEach(async () => {
  db = createDb(`galley-review-${crypto.randomUUID()}`);
  raw = await addPage(db, 'p1', '05-fire-drill.txt');
  clock = 1_750_000_000_000;
});
afterEach(async () => {
  await forgetSessions(db);
  await db.delete();
});

/** Two articles on 05-fire-drill, the first one reviewed by 张冲. */
async function reviewedPair(): Promise<{ s: ArticleSession; first: string; second: string }> {
  const s = await openSession(db, 'p1');
  // The session stamps times with Date.now; pin it so reviewedAt can be checked.
  (s as unknown as { now: () => number }).now = () => clock;
  expect(s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' }).ok).toBe(true);
  const first = s.getSnapshot().state.articles[0].id;
  expect(
    s.assign([spanIn(raw, '全区校园消防安全综合演练')], {
      kind: 'field',
      articleId: first,
      field: 'title',
    }).ok,
  ).toBe(true);
  // The byline printed under the first article, made an article of its own by mistake.
  expect(s.assign([spanIn(raw, '记者 韩雪 通讯员 石磊')], { kind: 'new-article' }).ok).toBe(true);
  const second = s.getSnapshot().state.articles[1].id;
  await saveReviewer(db, '  张冲 ');
  s.setStatus(first, 'corrected');
  clock += 1000;
  s.setStatus(first, 'reviewed');
  await s.flush();
  return { s, first, second };
}

const article = (s: ArticleSession, id: string) => s.getSnapshot().state.articles.find((a) => a.id === id)!;

describe('status flow draft → corrected → reviewed', () => {
  it('records the reviewer name (trimmed) and the time when an article is marked reviewed, and stores it', async () => {
    const { first } = await reviewedPair();
    const stored = await db.articles.get(first);
    expect(stored?.status).toBe('reviewed');
    expect(stored?.reviewer).toBe('张冲');
    expect(stored?.reviewedAt).toBe(clock);
  });

  it('brings a reviewed article back to corrected on typing, and clears who reviewed it', async () => {
    const { s, first } = await reviewedPair();
    s.editText(first, { kind: 'title' }, '全区校园消防安全综合演练　在青河中学举行');
    await s.flush();
    const stored = await db.articles.get(first);
    expect(stored?.status).toBe('corrected');
    expect(stored?.reviewer).toBeUndefined();
    expect(stored?.reviewedAt).toBeUndefined();
  });

  it('brings it back to corrected on every structural edit: assign, merge, split, remove, add, restore', async () => {
    const edits: [string, (s: ArticleSession, first: string, second: string) => void][] = [
      [
        'assign',
        (s, first) =>
          s.assign(
            [spanIn(raw, '记者 韩雪 通讯员 石磊')],
            { kind: 'field', articleId: first, field: 'byline' },
            true,
          ),
      ],
      ['merge', (s, first, second) => s.merge(first, second)],
      ['split', (s, first) => s.split(first, 0, 4)],
      ['remove field', (s, first) => s.removeField(first, { kind: 'title' })],
      ['add paragraph', (s, first) => s.addParagraph(first)],
      [
        'restore',
        (s, first) => s.restore(first, { ...article(s, first), title: { text: '旧标题', spans: [] } }),
      ],
      // Cleanup and accepted suggestions hand the session a whole new page state.
      [
        'cleanup',
        (s, first) => {
          const state = s.getSnapshot().state;
          const articles = state.articles.map((a) =>
            a.id === first ? { ...a, title: { ...a.title, text: a.title.text + '！' } } : a,
          );
          s.change('cleanup', { ...state, articles });
        },
      ],
    ];
    for (const [name, edit] of edits) {
      const { s, first, second } = await reviewedPair();
      edit(s, first, second);
      expect(article(s, first).status, name).toBe('corrected');
      s.undo();
      // Undo puts back the reviewed state it replaced, with its reviewer.
      expect(article(s, first).status, name).toBe('reviewed');
      expect(article(s, first).reviewer, name).toBe('张冲');
      await forgetSessions(db);
      await db.articles.clear();
    }
  });

  it('keeps the review when only the reading order changes, or another article is edited', async () => {
    const { s, first, second } = await reviewedPair();
    s.reorder(first, 1);
    s.editText(second, { kind: 'paragraph', index: 0 }, '记者 韩雪　通讯员 石磊');
    await s.flush();
    expect((await db.articles.get(first))?.status).toBe('reviewed');
    expect((await db.articles.get(first))?.order).toBe(1);
  });

  it('leaving reviewed by hand clears the reviewer; draft is never promoted by typing alone', async () => {
    const { s, first, second } = await reviewedPair();
    s.setStatus(first, 'corrected');
    expect(article(s, first).reviewer).toBeUndefined();
    s.editText(second, { kind: 'paragraph', index: 0 }, '改过');
    expect(article(s, second).status).toBe('draft');
  });
});

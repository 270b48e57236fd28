import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storePage } from '../../cleanup/fixtures';
import { createDb, type GalleyDb } from '../../../../src/renderer/src/db/db';
import { ArticleSession } from '../../../../src/renderer/src/articles/session/ArticleSession';
import { loadPageArticles } from '../../../../src/renderer/src/articles/session/persist';
import { unsavedWork } from '../../../../src/renderer/src/articles/session/unsaved';
import { fixtureText } from '../../../fixtures';

const raw = fixtureText('12-waste-sorting');
const span = (text: string) => {
  const start = raw.indexOf(text);
  if (start < 0) throw new Error(`not on the page: ${text}`);
  return { start, end: start + text.length };
};
const BODY = span('本报讯 10月22日一早，杏园街道杏');
const TITLE = span('垃圾分类有“积分”');

/** Writes to the articles table fail while `failing` is above zero, as a full disk would. */
let failing = 0;
let db: GalleyDb;

beforeEach(async () => {
  failing = 0;
  // The session logs each failed write; the tests cause them on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  db = createDb(`galley-save-failure-${crypto.randomUUID()}`);
  // Fault injection below Dexie's tables: the transaction's write is refused and aborts it.
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (name === 'articles' && failing > 0) {
              failing--;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  await storePage(db, 'p1', '12-waste-sorting.txt', raw);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Two articles A (the body) and B (the headline), written. */
async function twoArticles(): Promise<{ s: ArticleSession; a: string; b: string }> {
  const s = new ArticleSession(db, raw, (await loadPageArticles(db, 'p1')).state);
  s.assign([BODY], { kind: 'new-article' });
  s.assign([TITLE], { kind: 'new-article' });
  await s.flush();
  const [a, b] = s.getSnapshot().state.articles.map((x) => x.id);
  return { s, a, b };
}

describe('a failed save', () => {
  it('is not forgotten: after a failed merge, the next write removes B and sets the article count', async () => {
    const { s, a, b } = await twoArticles();
    expect(await db.articles.count()).toBe(2);

    failing = 1;
    s.merge(a, b);
    await s.flush();
    expect(s.getSnapshot().save).toBe('error');
    expect(await db.articles.get(b)).toBeDefined();

    // Typing afterwards: its write succeeds, and it must carry the merge's deletion too.
    s.editText(a, { kind: 'paragraph', index: 0 }, '改正后的第一段');
    await s.flush();
    expect(s.getSnapshot().save).toBe('saved');
    expect(await db.articles.get(b)).toBeUndefined();
    expect(await db.articles.count()).toBe(1);
    expect((await db.pages.get('p1'))?.articleCount).toBe(1);
    const reloaded = (await loadPageArticles(db, 'p1')).state;
    expect(reloaded).toEqual(s.getSnapshot().state);
  });

  it('is tried again by itself with backoff, and reports unsaved work until it is written', async () => {
    const { s, a, b } = await twoArticles();
    failing = 2;
    s.merge(a, b);
    await s.flush();
    expect(s.getSnapshot().save).toBe('error');
    expect(unsavedWork.getSnapshot().failing).toBe(1);
    expect(unsavedWork.hasUnsaved).toBe(true);

    // Nobody calls flush: the first retry (after 1 s) fails too, the second (2 s later) commits.
    await vi.waitFor(
      async () => {
        expect(failing).toBe(0);
        expect(s.getSnapshot().save).toBe('saved');
      },
      { timeout: 6000, interval: 50 },
    );
    expect(await db.articles.get(b)).toBeUndefined();
    expect((await db.pages.get('p1'))?.articleCount).toBe(1);
    expect(unsavedWork.getSnapshot().failing).toBe(0);
    expect(unsavedWork.hasUnsaved).toBe(false);
  });

  it('does not count a write queued on top of a failed one as saved', async () => {
    const { s, a, b } = await twoArticles();
    failing = 1;
    s.merge(a, b);
    // Typing taken before the failure is known: its own write commits, but the merge's does not.
    s.editText(a, { kind: 'paragraph', index: 0 }, '一');
    const first = s.flush();
    s.editText(a, { kind: 'paragraph', index: 0 }, '一二');
    await Promise.all([first, s.flush()]);
    expect(s.getSnapshot().save).toBe('error');

    s.editText(a, { kind: 'paragraph', index: 0 }, '一二三');
    await s.flush();
    expect(s.getSnapshot().save).toBe('saved');
    expect((await db.articles.toArray()).map((x) => x.id)).toEqual([a]);
    expect((await db.articles.get(a))?.paragraphs[0].text).toBe('一二三');
  });

  it('restores a deleted article that an undo brings back, even when the delete failed', async () => {
    const { s, a, b } = await twoArticles();
    failing = 1;
    s.delete(b);
    await s.flush();
    s.undo();
    await s.flush();
    expect(s.getSnapshot().save).toBe('saved');
    expect((await db.articles.toArray()).map((x) => x.id).sort()).toEqual([a, b].sort());
    expect((await db.pages.get('p1'))?.articleCount).toBe(2);
  });
});

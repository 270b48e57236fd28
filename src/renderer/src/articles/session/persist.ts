// Reading and writing one page's articles. Every write is one Dexie transaction over the
// articles, the page row (furniture, article count, coverage, hand order, problem count)
// and the revisions it adds.

import type { Revision } from '../../../../core/backup/types';
import type { Changes, PageArticles } from '../../../../core/article';
import { pageArticlesOf } from '../../../../core/article';
import type { GalleyDb } from '../../db/db';
import { rawTextIn } from '../../db/figuresMiddleware';

export async function loadPageArticles(
  db: GalleyDb,
  pageId: string,
): Promise<{ state: PageArticles; raw: string }> {
  return db.transaction('r', db.pages, db.texts, db.articles, async () => {
    const [page, text, articles] = await Promise.all([
      db.pages.get(pageId),
      db.texts.get(pageId),
      db.articles.where('[pageId+order]').between([pageId, -Infinity], [pageId, Infinity]).toArray(),
    ]);
    const state = page ? pageArticlesOf(page, articles) : { pageId, articles, furniture: [] };
    return { state, raw: text?.raw ?? '' };
  });
}

export async function writeChanges(
  db: GalleyDb,
  state: PageArticles,
  coverage: number,
  changes: Changes,
  revisions: Revision[],
  problemCount?: number,
  /** The page's raw text, when the caller holds it: the figures of the articles are counted against it. */
  raw?: string,
): Promise<void> {
  await db.transaction('rw', db.articles, db.pages, db.revisions, async (tx) => {
    if (raw !== undefined) rawTextIn(tx, state.pageId, raw);
    if (changes.remove.length > 0) await db.articles.bulkDelete(changes.remove);
    if (changes.put.length > 0) await db.articles.bulkPut(changes.put);
    if (revisions.length > 0) await db.revisions.bulkPut(revisions);
    // Typing seldom changes any: leaving the page row alone spares the page list a re-query.
    const page = await db.pages.get(state.pageId);
    const handOrdered = state.handOrdered === true;
    if (
      page &&
      (changes.furnitureChanged ||
        page.articleCount !== state.articles.length ||
        page.coverage !== coverage ||
        (page.handOrdered === true) !== handOrdered ||
        (problemCount !== undefined && page.problemCount !== problemCount))
    ) {
      await db.pages.update(state.pageId, {
        furniture: [...state.furniture],
        articleCount: state.articles.length,
        coverage,
        handOrdered,
        ...(problemCount === undefined ? {} : { problemCount }),
      });
    }
  });
}

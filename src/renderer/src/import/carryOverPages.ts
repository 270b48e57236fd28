// Carrying the work on pages over to their new versions (a changed file imported again,
// Page.changedVersionOf): core carryOver maps every span of the old page through a
// character diff onto the new raw text, as one undoable step of the new page's history.
// What did not map cleanly comes back with both raw texts, to show.

import type { CarryLoss } from '../../../core/article';
import { carryOver } from '../../../core/article';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { loadPageArticles } from '../articles/session/persist';
import { flushAll, openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';

export interface CarriedPage {
  pageId: string;
  previousId: string;
  oldRaw: string;
  newRaw: string;
  articles: number;
  lost: CarryLoss[];
}

/** The changed versions whose previous page holds work (articles or furniture): what to offer. */
export async function carryOverCandidates(
  db: GalleyDb,
  changed: readonly { pageId: string; previousId: string }[],
): Promise<{ pageId: string; previousId: string }[]> {
  const previous = await db.pages.bulkGet(changed.map((c) => c.previousId));
  return changed.filter((_, i) => {
    const p = previous[i];
    return !!p && (p.articleCount > 0 || p.furniture.length > 0);
  });
}

/**
 * Carries each previous page's articles and furniture over to its new version: on each
 * new page one undoable step of its history (Undo on that page takes it back); pages that
 * already have work of their own are left alone. `undo` takes back every page's step.
 */
export async function carryOverPages(
  db: GalleyDb,
  pairs: readonly { pageId: string; previousId: string }[],
): Promise<{ pages: CarriedPage[]; undo: () => Promise<void> }> {
  await flushAll(db);
  const pages: CarriedPage[] = [];
  const sessions: ArticleSession[] = [];
  const now = Date.now();
  for (const pair of pairs) {
    const from = await loadPageArticles(db, pair.previousId);
    const session = await openSession(db, pair.pageId);
    const state = session.getSnapshot().state;
    if (state.articles.length > 0 || state.furniture.length > 0) continue;
    const r = carryOver(from.raw, session.raw, from.state, pair.pageId, {
      now,
      newId: () => crypto.randomUUID(),
    });
    if (r.state.articles.length === 0 && r.state.furniture.length === 0) continue;
    session.change('carry-over', r.state);
    await session.flush();
    sessions.push(session);
    pages.push({
      pageId: pair.pageId,
      previousId: pair.previousId,
      oldRaw: from.raw,
      newRaw: session.raw,
      articles: r.state.articles.length,
      lost: r.lost,
    });
  }
  return {
    pages,
    undo: async () => {
      for (const session of sessions) {
        session.undo();
        await session.flush();
      }
    },
  };
}

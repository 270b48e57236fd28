// Carrying the work on pages over to their new versions (a changed file imported again,
// Page.changedVersionOf): core carryOver maps every span of the old page through a
// character diff onto the new raw text, as one undoable step of the new page's history.
// What did not map cleanly comes back with both raw texts, to show.

import type { CarryLoss, PageArticles } from '../../../core/article';
import { carryOver } from '../../../core/article';
import type { Article } from '../../../core/model';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { loadPageArticles } from '../articles/session/persist';
import { flushAll, openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';

/** A changed version whose previous page holds work: what the archivist is offered. */
export interface CarryOverOffer {
  pageId: string;
  previousId: string;
  /** The path both versions were imported under. */
  relativePath: string;
  /** Articles marked on the previous version. */
  previousArticles: number;
}

export interface CarriedPage {
  pageId: string;
  previousId: string;
  oldRaw: string;
  newRaw: string;
  articles: number;
  /** The new page's articles as carried over (to name the owner of each loss). */
  carried: readonly Article[];
  lost: CarryLoss[];
}

/** The changed versions whose previous page holds work (articles or furniture): what to offer. */
export async function carryOverCandidates(
  db: GalleyDb,
  changed: readonly { pageId: string; previousId: string }[],
): Promise<CarryOverOffer[]> {
  const previous = await db.pages.bulkGet(changed.map((c) => c.previousId));
  const offers: CarryOverOffer[] = [];
  changed.forEach((c, i) => {
    const p = previous[i];
    if (!p || (p.articleCount === 0 && p.furniture.length === 0)) return;
    offers.push({
      ...c,
      relativePath: p.relativePath,
      previousArticles: p.articleCount,
    });
  });
  return offers;
}

/**
 * Carries each previous page's articles and furniture over to its new version: on each
 * new page one undoable step of its history (Undo on that page takes it back); pages that
 * already have work of their own are left alone. `undo` takes back every page's step
 * (on pages nothing else was done to since).
 */
export async function carryOverPages(
  db: GalleyDb,
  pairs: readonly { pageId: string; previousId: string }[],
): Promise<{ pages: CarriedPage[]; undo: () => Promise<void> }> {
  await flushAll(db);
  const pages: CarriedPage[] = [];
  // Each session with the state the carry-over left it in: undo takes back only that step.
  const sessions: { session: ArticleSession; after: PageArticles }[] = [];
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
    sessions.push({ session, after: session.getSnapshot().state });
    pages.push({
      pageId: pair.pageId,
      previousId: pair.previousId,
      oldRaw: from.raw,
      newRaw: session.raw,
      articles: r.state.articles.length,
      carried: r.state.articles,
      lost: r.lost,
    });
  }
  return {
    pages,
    undo: async () => {
      for (const { session, after } of sessions) {
        // Changed since (the archivist worked on the page): its own Undo is the way back.
        if (session.getSnapshot().state !== after) continue;
        session.undo();
        await session.flush();
      }
    },
  };
}

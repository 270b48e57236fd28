// The corpus search's work, the same code in the find worker (find.worker.ts) and, where
// there is no worker (unit tests), in the window: the pages are put in the page list's
// order once, then each `next` reads the articles of the following pages and hands back
// their hits, so the window shows hits and progress as they come and can stop at any step.

import type { Article } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { findInArticles, type FindQuery, type Hit } from './search';

export interface FindBatch {
  hits: Hit[];
  /** Names of the pages these hits are on (page id, name). */
  pageNames: [string, string][];
  pagesDone: number;
  pagesTotal: number;
  /** No more batches: every page searched, or the hit limit reached. */
  done: boolean;
  /** The hit limit cut the search short. */
  truncated: boolean;
}

export interface FindWork {
  /** Starts a search of every page; its state is held under the token until done or cancelled. */
  start(dbName: string, query: FindQuery, limit: number): Promise<{ token: number; pagesTotal: number }>;
  /** Searches the next pages (about `articleBudget` articles at most) and returns their hits. */
  next(token: number): Promise<FindBatch>;
  /** Forgets a search the window no longer wants. */
  cancel(token: number): Promise<void>;
}

interface Running {
  db: GalleyDb;
  budget: number;
  query: FindQuery;
  limit: number;
  /** Page ids and names in the page list's order. */
  pages: { id: string; name: string; articleCount: number }[];
  at: number;
  found: number;
}

/** Articles read per step: small enough that the window sees hits and progress often. */
const ARTICLE_BUDGET = 2_000;

function pageOrder(
  a: { name: string; relativePath: string },
  b: { name: string; relativePath: string },
): number {
  return (
    a.name.localeCompare(b.name, undefined, { numeric: true }) || a.relativePath.localeCompare(b.relativePath)
  );
}

async function step(run: Running): Promise<FindBatch> {
  const from = run.at;
  let articles = 0;
  let to = from;
  // At least one page per step, then as many as fit the budget (by the kept article count).
  while (to < run.pages.length && (to === from || articles + run.pages[to].articleCount <= run.budget)) {
    articles += run.pages[to].articleCount;
    to++;
  }
  const ids = run.pages.slice(from, to).map((p) => p.id);
  const read = await run.db.articles.where('pageId').anyOf(ids).toArray();
  const byPage = new Map<string, Article[]>();
  for (const a of read) {
    const list = byPage.get(a.pageId);
    if (list) list.push(a);
    else byPage.set(a.pageId, [a]);
  }
  const hits: Hit[] = [];
  const pageNames: [string, string][] = [];
  let truncated = false;
  let done = from;
  for (const page of run.pages.slice(from, to)) {
    const r = findInArticles(byPage.get(page.id) ?? [], run.query, run.limit - run.found);
    if (r.hits.length > 0) pageNames.push([page.id, page.name]);
    for (const h of r.hits) hits.push(h);
    run.found += r.hits.length;
    done++;
    if (r.truncated || run.found >= run.limit) {
      // A full list with pages left is cut short even when the last page fit exactly.
      truncated = r.truncated || done < run.pages.length;
      break;
    }
  }
  run.at = truncated ? run.pages.length : done;
  return {
    hits,
    pageNames,
    pagesDone: run.at,
    pagesTotal: run.pages.length,
    done: run.at >= run.pages.length,
    truncated,
  };
}

/** The work over databases found by name (the worker opens its own connection to each). */
export function findWork(dbOf: (name: string) => GalleyDb, articleBudget = ARTICLE_BUDGET): FindWork {
  const running = new Map<number, Running>();
  let nextToken = 1;
  return {
    async start(dbName, query, limit) {
      const db = dbOf(dbName);
      const pages = (await db.pages.toArray())
        .sort(pageOrder)
        .map((p) => ({ id: p.id, name: p.name, articleCount: p.articleCount }));
      const token = nextToken++;
      running.set(token, { db, budget: articleBudget, query, limit, pages, at: 0, found: 0 });
      return { token, pagesTotal: pages.length };
    },
    async next(token) {
      const run = running.get(token);
      if (!run) return { hits: [], pageNames: [], pagesDone: 0, pagesTotal: 0, done: true, truncated: false };
      const batch = await step(run);
      if (batch.done) running.delete(token);
      return batch;
    },
    cancel(token) {
      running.delete(token);
      return Promise.resolve();
    },
  };
}

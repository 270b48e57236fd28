// Searching all pages: what every open page holds is written first, then the articles are
// read from IndexedDB in one go (a search never loads raw texts).

import { flushAll } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { findInArticles, type FindQuery, type Hit } from './search';

export interface CorpusHits {
  hits: Hit[];
  pageNames: Map<string, string>;
  truncated: boolean;
}

export const HIT_LIMIT = 2000;

export async function searchCorpus(db: GalleyDb, q: FindQuery, limit = HIT_LIMIT): Promise<CorpusHits> {
  await flushAll(db);
  const [pages, articles] = await db.transaction('r', db.pages, db.articles, () =>
    Promise.all([db.pages.toArray(), db.articles.toArray()]),
  );
  const byPage = new Map<string, typeof articles>();
  for (const a of articles) byPage.set(a.pageId, [...(byPage.get(a.pageId) ?? []), a]);
  pages.sort(
    (a, b) =>
      a.name.localeCompare(b.name, undefined, { numeric: true }) ||
      a.relativePath.localeCompare(b.relativePath),
  );
  const hits: Hit[] = [];
  let truncated = false;
  for (const p of pages) {
    const r = findInArticles(byPage.get(p.id) ?? [], q, limit - hits.length);
    hits.push(...r.hits);
    if (r.truncated || hits.length >= limit) {
      truncated = r.truncated;
      break;
    }
  }
  return { hits, pageNames: new Map(pages.map((p) => [p.id, p.name])), truncated };
}

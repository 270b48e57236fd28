// The problem count of every page a restore gives articles to, counted over the project as
// the plan leaves it (the articles it keeps and the ones it writes), from the records in
// hand: the app's restore used to write the articles, then read every touched page's
// articles back from the database to count them.

import { checkPage } from '../article';
import type { Article } from '../model';
import type { RestorePlan } from './restore';
import type { ProjectData } from './types';

/**
 * Adds to `plan.put.pages` every touched page with its problem count as it will be. A page
 * the backup brings whole (new here, its record and every article on it as the backup has
 * them) keeps the count the backup carries.
 */
export function countPageProblems(existing: ProjectData, incoming: ProjectData, plan: RestorePlan): void {
  const put = plan.put;
  const touched = new Set(put.articles.map((a) => a.pageId));
  if (touched.size === 0) return;
  const written = new Set(put.articles.map((a) => a.id));
  const onPage = new Map<string, Article[]>();
  const add = (a: Article) => {
    if (!touched.has(a.pageId)) return;
    const list = onPage.get(a.pageId);
    if (list) list.push(a);
    else onPage.set(a.pageId, [a]);
  };
  for (const a of existing.articles) if (!written.has(a.id)) add(a);
  for (const a of put.articles) add(a);
  const raws = new Map<string, string>();
  for (const t of existing.texts) raws.set(t.pageId, t.raw);
  for (const t of put.texts) raws.set(t.pageId, t.raw);
  const pageAt = new Map(put.pages.map((p, i) => [p.id, i]));
  const earlier = new Map(existing.pages.filter((p) => touched.has(p.id)).map((p) => [p.id, p]));
  const theirs = new Set<object>(incoming.articles);
  const theirPages = new Set<object>(incoming.pages);

  for (const [pageId, articles] of onPage) {
    const at = pageAt.get(pageId);
    const page = at === undefined ? earlier.get(pageId) : put.pages[at];
    const raw = raws.get(pageId);
    if (!page || raw === undefined) continue;
    const whole =
      !earlier.has(pageId) &&
      theirPages.has(page) &&
      typeof page.problemCount === 'number' &&
      page.articleCount === articles.length &&
      articles.every((a) => theirs.has(a));
    if (whole) continue;
    articles.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const problemCount = checkPage(raw, { pageId, articles, furniture: page.furniture }).length;
    if (at !== undefined) put.pages[at] = { ...page, problemCount };
    else if (page.problemCount !== problemCount) put.pages.push({ ...page, problemCount });
  }
}

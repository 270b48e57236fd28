// The one-owner rule over a whole project: checkPage on each page, its articles gathered from
// the project's article table in reading order. `galley check` prints every problem; team
// sync's open conflicts keep the span problems.

import type { Article, Page, PageText } from '../model';
import { checkPage, type PageProblem } from './check';
import { pageArticlesOf } from './state';

export interface ProjectTables {
  pages: readonly Page[];
  texts: readonly PageText[];
  articles: readonly Article[];
}

/** Every problem of the project's pages (all, or those in `pageIds`), page by page. */
export function* projectProblems(
  data: ProjectTables,
  pageIds?: readonly string[],
): Generator<{ page: Page; problem: PageProblem }> {
  const wanted = pageIds ? new Set(pageIds) : null;
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const byPage = new Map<string, Article[]>();
  for (const a of data.articles) {
    const list = byPage.get(a.pageId);
    if (list) list.push(a);
    else byPage.set(a.pageId, [a]);
  }
  for (const page of data.pages) {
    if (wanted && !wanted.has(page.id)) continue;
    const articles = (byPage.get(page.id) ?? []).sort((a, b) => a.order - b.order);
    for (const problem of checkPage(raws.get(page.id) ?? '', pageArticlesOf(page, articles)))
      yield { page, problem };
  }
}

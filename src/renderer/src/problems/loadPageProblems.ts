// The problems of the pages that have any, read for listing (the review, the export's
// warning): pages are picked by the problem count stored on the page row, so a corpus
// without problems costs one read of page metadata; only those pages are checked again
// (checkPage) for the details.

import type { PageProblem } from '../../../core/article';
import { checkPage, pageArticlesOf } from '../../../core/article';
import type { Article, Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { naturalOrder } from '../common/format';

export interface PageProblems {
  page: Page;
  raw: string;
  articles: Article[];
  problems: PageProblem[];
}

/** Pages (all, or those of `pageIds`) with their problems, by path; pages without any left out. */
export async function loadPageProblems(db: GalleyDb, pageIds?: readonly string[]): Promise<PageProblems[]> {
  const wanted = pageIds ? new Set(pageIds) : null;
  const pages = (await db.pages.toArray()).filter(
    (p) => (p.problemCount ?? 0) > 0 && (wanted === null || wanted.has(p.id)),
  );
  pages.sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath));
  const out: PageProblems[] = [];
  for (const page of pages) {
    const [text, articles] = await db.transaction('r', db.texts, db.articles, () =>
      Promise.all([
        db.texts.get(page.id),
        db.articles.where('[pageId+order]').between([page.id, -Infinity], [page.id, Infinity]).toArray(),
      ]),
    );
    const raw = text?.raw ?? '';
    const problems = checkPage(raw, pageArticlesOf(page, articles));
    if (problems.length > 0) out.push({ page, raw, articles, problems });
  }
  return out;
}

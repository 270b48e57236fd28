// Earlier versions of a page. A changed version of a page (same path, different text) is
// imported as a new page naming the old one as its changedVersionOf, and carrying the work
// over leaves articles on both; a corpus holds the newest version of each page only, so
// the older ones are left out of every export (and kept in the project, to open and compare).

import type { Article, Page } from '../model';
import type { ExportScope } from './snapshot';

type Versioned = Pick<Page, 'id' | 'importedAt' | 'changedVersionOf'>;

/**
 * Pages that a later imported page of the project names as its changedVersionOf, each with
 * the id of that newer version. A chain (C names B, B names A) marks every page but the
 * newest. A page naming one imported at the same time or later (a damaged backup) marks
 * nothing, so a loop of names can never leave out both pages.
 */
export function supersededPages(pages: readonly Versioned[]): Map<string, string> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const superseded = new Map<string, string>();
  for (const newer of pages) {
    const older = newer.changedVersionOf === undefined ? undefined : byId.get(newer.changedVersionOf);
    if (older && older.importedAt < newer.importedAt) superseded.set(older.id, newer.id);
  }
  return superseded;
}

/** A superseded page whose articles an export left out. */
export interface SkippedVersion {
  pageId: string;
  relativePath: string;
  /** Its articles in the export's scope, which the newer version's take the place of. */
  articles: number;
}

interface PageWithArticles {
  page: Page;
  articles: readonly Pick<Article, 'status'>[];
}

/** The superseded pages in the scope that have articles the export would otherwise write. */
export function skippedVersions(pages: readonly PageWithArticles[], scope: ExportScope): SkippedVersion[] {
  const superseded = supersededPages(pages.map((p) => p.page));
  const chosen = scope.pages === 'all' ? null : new Set(scope.pages);
  return pages
    .filter((p) => superseded.has(p.page.id) && (chosen === null || chosen.has(p.page.id)))
    .map((p) => ({
      pageId: p.page.id,
      relativePath: p.page.relativePath,
      articles: p.articles.filter((a) => !scope.reviewedOnly || a.status === 'reviewed').length,
    }))
    .filter((s) => s.articles > 0)
    .sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}

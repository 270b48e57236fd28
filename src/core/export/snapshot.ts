// What an export reads: the project as plain data. The app loads it from Dexie, the CLI
// from a backup file; both hand it to exportProject, so both write the same bytes.

import type { FiguresByArticle } from '../backup/figures';
import type { Article, Page } from '../model';

export interface PageSnapshot {
  page: Page;
  /** The page's LF-normalised raw text (the text every Span points into). */
  raw: string;
  articles: Article[];
}

export interface ProjectSnapshot {
  pages: PageSnapshot[];
  /**
   * Review figures counted when the articles were written (a backup carries them), by
   * article id, so the manifest need not count every article's edits again; an article
   * whose figures were counted for another state of it is counted afresh.
   */
  figures?: FiguresByArticle;
}

export type ExportFormat = 'txt' | 'md' | 'jsonl' | 'tei' | 'annotations' | 'csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['txt', 'md', 'jsonl', 'tei', 'annotations', 'csv'];

export interface ExportScope {
  /** 'all', or the ids of the pages the archivist selected. */
  pages: 'all' | readonly string[];
  /** Only articles marked reviewed. */
  reviewedOnly: boolean;
}

export interface ExportOptions {
  scope: ExportScope;
  formats: readonly ExportFormat[];
  /** Add each page's unmarked text (neither article nor furniture) to its full-text .txt. */
  includeUnmarked?: boolean;
}

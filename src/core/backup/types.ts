// Records kept beside pages and articles. Defined here (pure) because the backup format,
// the Dexie store and the CLI all read them.

import type { Article, ArticleContent, ArticleStatus, Page, PageText } from '../model';

/** A timestamped copy of an article's content, kept at least once per editing burst. */
export interface Revision {
  id: string;
  articleId: string;
  pageId: string;
  /** Epoch milliseconds. */
  createdAt: number;
  content: ArticleContent;
  status: ArticleStatus;
}

/** One find-and-replace rule of the cleanup toolkit, applied in `order`. */
export interface CleanupRule {
  id: string;
  name: string;
  find: string;
  replace: string;
  regex: boolean;
  /** Absent in rules saved before it existed: those match case (see core/clean/rules). */
  caseSensitive?: boolean;
  enabled: boolean;
  order: number;
}

/** One remembered preference or UI state (language, last page, reviewer name). */
export interface Setting {
  key: string;
  value: unknown;
}

/** A whole project as plain records, one array per Dexie table: what a backup holds. */
export interface ProjectData {
  pages: Page[];
  texts: PageText[];
  articles: Article[];
  revisions: Revision[];
  rules: CleanupRule[];
  settings: Setting[];
}

/** A project with no records (a restore's start, a reader's empty tables). */
export function emptyProjectData(): ProjectData {
  return { pages: [], texts: [], articles: [], revisions: [], rules: [], settings: [] };
}

// How a page lives in a Y.Doc, the unit the team shares (one document per page).
//
//   'page'     Y.Map  pageId, raw (written once, never changed), furniture (Span[]), handOrdered
//   'articles' Y.Map  article id → Y.Map of that article:
//                     id, order, status, reviewer?, reviewedAt?, createdAt, updatedAt,
//                     rev (bumped by every change to what it says), deletedRev? (tombstone),
//                     one Y.Map { text: Y.Text, spans } per single field (section … byline),
//                     one Y.Array of such maps per list field (paragraphs, captions, notes).
//
// Articles are never removed from the map, only tombstoned with the rev they had when
// deleted: a Y.Map delete would silently drop an edit made concurrently elsewhere, while a
// tombstone whose article's rev moved on afterwards is a conflict the archivist sees.

import * as Y from 'yjs';

export const PAGE_MAP = 'page';
export const ARTICLES_MAP = 'articles';

/** One field in the document: its corrected text as shared text, its raw spans beside it. */
export type FieldMap = Y.Map<Y.Text | readonly { start: number; end: number }[]>;
export type ArticleMap = Y.Map<unknown>;

export function pageMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PAGE_MAP);
}

export function articlesMap(doc: Y.Doc): Y.Map<ArticleMap> {
  return doc.getMap<ArticleMap>(ARTICLES_MAP);
}

/** The raw text the document was made from, or undefined before the page was written. */
export function rawOf(doc: Y.Doc): string | undefined {
  const raw = pageMap(doc).get('raw');
  return typeof raw === 'string' ? raw : undefined;
}

export function isTombstoned(article: ArticleMap): boolean {
  return typeof article.get('deletedRev') === 'number';
}

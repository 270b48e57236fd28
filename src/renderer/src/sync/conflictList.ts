// The conflicts a merge left on the shared pages that only the archivist can settle: an
// article deleted on one side while another archivist changed it. (Raw text given to two
// articles is a page problem, shown and refused at export like every other.)

import type * as Y from 'yjs';
import { articlesMap, deletedWhileEdited, readArticle, resolveDeletedEdited } from '../../../core/sync';

export interface DeletedEdited {
  pageId: string;
  articleId: string;
  title: string;
}

export function deletedEditedIn(docs: readonly [string, Y.Doc][]): DeletedEdited[] {
  const found: DeletedEdited[] = [];
  for (const [pageId, doc] of docs) {
    for (const articleId of deletedWhileEdited(doc)) {
      const map = articlesMap(doc).get(articleId);
      found.push({ pageId, articleId, title: map ? readArticle(map, pageId).title.text : '' });
    }
  }
  return found;
}

/** Settles one; the document changes as if another archivist had, so it is projected and sent. */
export function settle(
  docs: readonly [string, Y.Doc][],
  pageId: string,
  articleId: string,
  choice: 'keep' | 'delete',
): void {
  const doc = docs.find(([id]) => id === pageId)?.[1];
  if (doc) resolveDeletedEdited(doc, articleId, choice);
}

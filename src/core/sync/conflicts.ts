// Conflicts a merge can leave on a page, which the archivist must resolve by hand.
// Concurrent typing in one field merges as text and is no conflict; these are:
//   - raw text given to two owners (checkPage's span problems: two archivists gave the same
//     raw characters to different articles, or split the same paragraph differently);
//   - an article deleted by one archivist while another changed what it says.

import * as Y from 'yjs';
import { checkPage } from '../article/check';
import type { PageProblem } from '../article/check';
import { articlesMap } from './layout';
import { docToPage } from './pageDoc';

export type SyncConflict =
  | { code: 'sync.deleted-edited'; articleId: string }
  | Extract<PageProblem, { code: 'span.shared' | 'span.unsorted' | 'span.out-of-range' }>;

/** Articles deleted by one archivist while another changed what they say (cheap: no page check). */
export function deletedWhileEdited(doc: Y.Doc): string[] {
  const ids: string[] = [];
  articlesMap(doc).forEach((map, articleId) => {
    const deletedRev = map.get('deletedRev');
    const rev = map.get('rev');
    if (typeof deletedRev === 'number' && typeof rev === 'number' && rev > deletedRev) ids.push(articleId);
  });
  return ids;
}

export function syncConflicts(doc: Y.Doc): SyncConflict[] {
  const conflicts: SyncConflict[] = deletedWhileEdited(doc).map((articleId) => ({
    code: 'sync.deleted-edited' as const,
    articleId,
  }));
  const { raw, state } = docToPage(doc);
  for (const problem of checkPage(raw, state)) {
    if (
      problem.code === 'span.shared' ||
      problem.code === 'span.unsorted' ||
      problem.code === 'span.out-of-range'
    )
      conflicts.push(problem);
  }
  return conflicts;
}

/**
 * Settles a deleted-while-edited article: `keep` brings it back with the other archivist's
 * edits, `delete` confirms the deletion (its edits are still in the document's history).
 */
export function resolveDeletedEdited(doc: Y.Doc, articleId: string, choice: 'keep' | 'delete'): void {
  const map = articlesMap(doc).get(articleId);
  if (!map) return;
  doc.transact(() => {
    if (choice === 'keep') map.delete('deletedRev');
    else map.set('deletedRev', map.get('rev') ?? 0);
  });
}

// Review actions go through the page's article session, like every edit, so the form,
// the undo history and IndexedDB all agree, whichever view the archivist acted from.

import type { ArticleContent, ArticleStatus } from '../../../core/model';
import { restoreContent } from '../../../core/article';
import { changePages } from '../articles/session/group';
import { openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';

/**
 * Where R takes an article along the status flow (core/article/status.ts): a draft is
 * corrected first, a corrected one reviewed; a reviewed one has nowhere further to go.
 */
export function nextInFlow(status: ArticleStatus): ArticleStatus | null {
  if (status === 'draft') return 'corrected';
  if (status === 'corrected') return 'reviewed';
  return null;
}

export async function markArticle(
  db: GalleyDb,
  pageId: string,
  articleId: string,
  status: ArticleStatus,
): Promise<void> {
  const session = await openSession(db, pageId);
  session.setStatus(articleId, status);
  await session.flush();
}

/**
 * Puts a revision's content back as one undoable step of the page's history; resolves
 * with the undo of that step. The step is a shared one (session/group.ts): its undo takes
 * back the restore itself, whatever was done on the page since, and leaves an article
 * edited since the restore as it is. Ctrl+Z in the form undoes it too while it is on top.
 */
export async function restoreRevision(
  db: GalleyDb,
  pageId: string,
  articleId: string,
  content: ArticleContent,
): Promise<() => Promise<void>> {
  const step = await changePages(db, 'restore', [pageId], (state, raw) =>
    restoreContent(state, articleId, content, Date.now(), raw),
  );
  return async () => {
    if (!step) return;
    step.undo();
    await step.written;
  };
}

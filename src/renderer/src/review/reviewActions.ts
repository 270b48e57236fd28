// Review actions go through the page's article session, like every edit, so the form,
// the undo history and IndexedDB all agree, whichever view the archivist acted from.

import type { ArticleContent, ArticleStatus } from '../../../core/model';
import { openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';

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

/** Puts a revision's content back as one undoable step; resolves with its undo. */
export async function restoreRevision(
  db: GalleyDb,
  pageId: string,
  articleId: string,
  content: ArticleContent,
): Promise<() => Promise<void>> {
  const session = await openSession(db, pageId);
  session.restore(articleId, content);
  await session.flush();
  return async () => {
    session.undo();
    await session.flush();
  };
}

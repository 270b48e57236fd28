// Showing a hit's article: through app state, not the DOM. The article is remembered as its
// page's selection (so the panel comes back to it), the page is opened, and the page's
// article panel is asked to select the article and field and bring them into sight.

import type { ArticleReveal } from '../articles/useReveal';
import { writeSelection } from '../articles/session/selection';
import type { GalleyDb } from '../db/db';

export interface RevealTarget {
  /** Opens the page (the app's page selection). */
  openPage(pageId: string): void;
  /** Hands the request to the open page's article panel (app state the panel reads). */
  reveal(request: ArticleReveal): void;
}

export async function revealArticle(db: GalleyDb, request: ArticleReveal, app: RevealTarget): Promise<void> {
  await writeSelection(db, request.pageId, { articleId: request.articleId, field: request.field });
  app.openPage(request.pageId);
  app.reveal(request);
}

// Each article's kept review figures as the review and a backup read them (schema v10): its
// entry in its page's packed record (`pageFigures`), by article id.
import type { GalleyDb } from '../../../src/renderer/src/db/db';
import type { ArticleFiguresRow } from '../../../src/renderer/src/db/figures';
import { entriesOf } from '../../../src/renderer/src/db/figuresByPage';

export type KeptFigures = Omit<ArticleFiguresRow, 'headline' | 'title'>;

/** Every article's kept figures, in article id order. */
export async function keptFigures(db: GalleyDb): Promise<KeptFigures[]> {
  const rows = (await db.pageFigures.toArray()).flatMap(entriesOf);
  return rows.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
}

/** One article's kept figures, or undefined when its page's record has none. */
export async function keptFiguresOf(db: GalleyDb, articleId: string): Promise<KeptFigures | undefined> {
  return (await keptFigures(db)).find((r) => r.articleId === articleId);
}

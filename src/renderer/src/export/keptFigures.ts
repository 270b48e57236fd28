// The review figures the app keeps for every article (packed a page at a time, db/figuresByPage)
// handed to an export the way a backup carries them, so the manifest reads each article's
// figures instead of counting its edits again (a diff per article: 100,000 of them in a
// large export). Only figures counted for the article as it is now are handed on.

import { contentKey, FIGURES_VERSION, type CarriedFigures } from '../../../core/backup/figures';
import type { Article } from '../../../core/model';
import { figuresAt, type PageFigures } from '../db/figuresByPage';

export function keptFigures(
  packed: readonly PageFigures[],
  articles: readonly Article[],
): Map<string, CarriedFigures> {
  const where = new Map<string, { page: PageFigures; entry: number }>();
  for (const page of packed) page.ids.forEach((id, entry) => where.set(id, { page, entry }));
  const out = new Map<string, CarriedFigures>();
  for (const a of articles) {
    const at = where.get(a.id);
    if (!at || at.page.updatedAt[at.entry] !== a.updatedAt) continue;
    out.set(a.id, {
      articleId: a.id,
      v: FIGURES_VERSION,
      key: contentKey(a),
      figures: figuresAt(at.page, at.entry),
    });
  }
  return out;
}

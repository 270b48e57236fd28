// The review figures of each article, carried in a version-2 backup after its tables (one
// `figures` line per article) so a restore keeps them instead of counting every article's
// edit distance again: at 100,000 articles that counting was most of a restore's time.
// A carried figure is only kept for the very article state it was counted for (the same
// content key and figures version); anything else, or a backup without them, is counted.

import { articleFigures, type ReviewFigures } from '../diff';
import { fieldsOf, type ArticleContent } from '../model';

/** Bumped whenever the way figures are counted changes: older carried figures are recounted. */
export const FIGURES_VERSION = 1;

export interface CarriedFigures {
  articleId: string;
  /** FIGURES_VERSION when they were counted. */
  v: number;
  /** contentKey of the article they were counted for. */
  key: string;
  figures: ReviewFigures;
}

/**
 * A 64-bit key of everything the figures depend on in an article (each field's text and
 * spans, in order): two FNV-1a hashes with different seeds. Not for secrecy, only to tell
 * an edited article (a hand-edited backup) from the one the figures were counted for.
 */
export function contentKey(content: ArticleContent): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995);
    b ^= b >>> 15;
  };
  for (const [, field] of fieldsOf(content)) {
    const text = field.text;
    for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
    mix(0x10000);
    for (const s of field.spans) {
      mix(s.start + 0x20000);
      mix(s.end + 0x20000);
    }
    mix(0x10001);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Carried figures by article id, for a restore to look up. */
export type FiguresByArticle = ReadonlyMap<string, CarriedFigures>;

/** The carried figures when they were counted for this content, else null (count them). */
export function carriedFor(
  carried: FiguresByArticle,
  articleId: string,
  content: ArticleContent,
): ReviewFigures | null {
  const c = carried.get(articleId);
  if (!c || c.v !== FIGURES_VERSION || c.key !== contentKey(content)) return null;
  return c.figures;
}

/** Figures counted now: what a backup carries for an article when nothing stored them. */
export function countedFigures(articleId: string, content: ArticleContent, raw: string): CarriedFigures {
  return { articleId, v: FIGURES_VERSION, key: contentKey(content), figures: articleFigures(content, raw) };
}

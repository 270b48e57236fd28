// Plain text: what a reader reads. The headline block (kicker, title, subtitle, one per
// line), then dateline, paragraphs, byline and captions, separated by blank lines. Notes
// (the archivist's, and continuation marks) are not part of the printed article.

import { fieldsOf, type ArticleContent } from '../model';
import { lf } from './text';
import type { UnmarkedRun } from './unmarked';

const nonEmpty = (texts: string[]): string[] => texts.map(lf).filter((t) => t.trim() !== '');

/** The article as plain text, ending with one line feed ('' when it has no text). */
export function articlePlainText(article: ArticleContent): string {
  const headline = nonEmpty([article.kicker.text, article.title.text, article.subtitle.text]).join('\n');
  const blocks = nonEmpty([
    headline,
    article.dateline.text,
    ...article.paragraphs.map((p) => p.text),
    article.byline.text,
    ...article.captions.map((c) => c.text),
  ]);
  return blocks.length === 0 ? '' : blocks.join('\n\n') + '\n';
}

/** Where an article begins on the page: its first raw character (none when all typed in). */
function rawStart(article: ArticleContent): number {
  let start = Infinity;
  for (const [, f] of fieldsOf(article)) for (const s of f.spans) start = Math.min(start, s.start);
  return start;
}

/**
 * The cleaned page in reading order: a section label where the section changes, then each
 * article. The page's unmarked text (./unmarked.ts), when given, stands where it is printed,
 * one block per run: before the first article that begins after it on the page, so a
 * paragraph nobody marked between two articles is read between them; runs after every
 * article close the page.
 */
export function pagePlainText(
  articles: readonly ArticleContent[],
  unmarked: readonly UnmarkedRun[] = [],
  /** Each article's `articlePlainText`, when the caller has made them already. */
  texts: readonly string[] = articles.map(articlePlainText),
): string {
  const parts: string[] = [];
  let next = 0;
  const runsBefore = (limit: number) => {
    for (; next < unmarked.length && unmarked[next].at < limit; next++)
      parts.push(unmarked[next].text + '\n');
  };
  let section = '';
  for (const [i, article] of articles.entries()) {
    // A typed-in article has no place on the page: the runs wait for the next that has.
    const start = rawStart(article);
    if (start !== Infinity) runsBefore(start);
    const label = lf(article.section.text).trim();
    if (label !== '' && label !== section) parts.push(label + '\n');
    section = label || section;
    if (texts[i] !== '') parts.push(texts[i]);
  }
  runsBefore(Number.POSITIVE_INFINITY);
  return parts.join('\n\n');
}

// Plain text: what a reader reads. The headline block (kicker, title, subtitle, one per
// line), then dateline, paragraphs, byline and captions, separated by blank lines. Notes
// (the archivist's, and continuation marks) are not part of the printed article.

import type { ArticleContent } from '../model';
import { lf } from './text';

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

/**
 * The cleaned page in reading order: a section label where the section changes, then each
 * article; then, when given, the page's unmarked text (./unmarked.ts), one block per run.
 */
export function pagePlainText(articles: readonly ArticleContent[], unmarked: readonly string[] = []): string {
  const parts: string[] = [];
  let section = '';
  for (const article of articles) {
    const label = lf(article.section.text).trim();
    if (label !== '' && label !== section) parts.push(label + '\n');
    section = label || section;
    const text = articlePlainText(article);
    if (text !== '') parts.push(text);
  }
  for (const text of unmarked) parts.push(text + '\n');
  return parts.join('\n\n');
}

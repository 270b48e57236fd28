// Small helpers the writers share.

import type { ArticleContent } from '../model';

/** Every export is LF-only, whatever a field was typed or pasted with. */
export function lf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The title a person would call an article by: its title, else the start of its text. */
export function displayTitle(article: ArticleContent): string {
  const title = lf(article.title.text).replace(/\s+/g, ' ').trim();
  if (title !== '') return title;
  const first = [article.kicker, article.subtitle, ...article.paragraphs, ...article.captions].find(
    (f) => f.text.trim() !== '',
  );
  return first ? [...lf(first.text).replace(/\s+/g, ' ').trim()].slice(0, 20).join('') : '';
}

/** Two-digit (or wider) reading-order numbers, so file listings sort in reading order. */
export function orderNumber(order: number, count: number): string {
  return String(order + 1).padStart(Math.max(2, String(count).length), '0');
}

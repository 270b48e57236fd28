// The one short name of an article wherever a list shows it (article cards, revisions,
// suggestions, review rows, the cleanup preview): its title, else its kicker, else the
// start of its first paragraph or caption. '' when it has none of these; callers say
// "untitled" in their own words. Pure, so the stored review figures (renderer db) and the
// review worker name articles exactly as the UI does.

import type { ArticleContent } from '../model';

/** How much of a paragraph or caption stands in for a missing title, in characters. */
export const HEADLINE_LENGTH = 30;

type Named = Pick<ArticleContent, 'title' | 'kicker' | 'paragraphs' | 'captions'>;

export function displayHeadline(article: Named): string {
  return (
    article.title.text ||
    article.kicker.text ||
    start(article.paragraphs[0]?.text) ||
    start(article.captions[0]?.text) ||
    ''
  );
}

/** The first HEADLINE_LENGTH code points (never half a surrogate pair). */
function start(text: string | undefined): string {
  if (!text) return '';
  return text.length <= HEADLINE_LENGTH ? text : Array.from(text).slice(0, HEADLINE_LENGTH).join('');
}

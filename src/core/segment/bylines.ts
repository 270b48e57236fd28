// A byline that closes a paragraph other than the last (`…统筹协调相关各项工作。记者 王赛华`
// after the lede, with more text below), or one whose role word ended a column line
// (`…挂钩。 记者` / `严冬`, read as `记者严冬`). extractByline looks only at the last
// paragraph and wants a space after the role; an article with no byline yet looks here.

import { splitField } from '../clean/align';
import { ROLE_START } from '../clean/patterns';
import type { ArticleContent } from '../model';

const ROLE = ROLE_START.source.slice(1);
const ITEM = `(?:${ROLE}|[\\p{Script=Han}·]{2,5}|[文图][/／][图文]|摄|图)`;

// After a sentence's end: a role, its first name (a line break may have taken the space
// between them), more names or roles. A name is two to four characters, so prose that
// merely ends in a role word and a verb (`记者获悉。`) ends in punctuation and never matches.
const CLOSING_BYLINE = new RegExp(
  `(?<=[。！？!?”）)])[ \\u3000]*((${ROLE})[ \\u3000]*([\\p{Script=Han}·]{2,4}(?:[ \\u3000]+${ITEM}){0,10}))$`,
  'u',
);

/** The byline as printed, one space between role and names whatever the line breaks were. */
function bylineText(role: string, rest: string): string {
  return `${role} ${rest}`.replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * Takes the byline closing the last paragraph that ends with one (the last paragraph first,
 * then the lede and the rest) into the byline field, when the article has none.
 */
export function closingByline(content: ArticleContent, raw: string): ArticleContent {
  if (content.byline.text !== '') return content;
  const { paragraphs } = content;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const m = CLOSING_BYLINE.exec(paragraphs[i].text);
    if (!m || m.index === 0) continue;
    const [body, tail] = splitField(paragraphs[i], raw, m.index);
    const byline = { text: bylineText(m[2], m[3]), spans: tail.spans };
    return { ...content, byline, paragraphs: paragraphs.map((p, k) => (k === i ? body : p)) };
  }
  return content;
}

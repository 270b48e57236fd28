// What the review compares for one article: the raw text it was gathered from against the
// text the archivist corrected, field by field in the printed order, one field per line.

import type { ArticleContent } from '../model';
import { fieldsOf } from '../model';
import type { ReviewFigures } from './figures';
import { compareTexts } from './figures';

/** The raw text of an article: each field's spans in order, fields one per line. */
export function rawTextOf(content: ArticleContent, raw: string): string {
  const lines: string[] = [];
  for (const [, field] of fieldsOf(content)) {
    if (field.spans.length === 0) continue;
    lines.push(field.spans.map((s) => raw.slice(s.start, s.end)).join(''));
  }
  return lines.join('\n');
}

/** The corrected text of an article: its non-empty fields, one per line, in the same order. */
export function correctedTextOf(content: ArticleContent): string {
  const lines: string[] = [];
  for (const [, field] of fieldsOf(content)) if (field.text !== '') lines.push(field.text);
  return lines.join('\n');
}

export function articleFigures(content: ArticleContent, raw: string): ReviewFigures {
  return compareTexts(rawTextOf(content, raw), correctedTextOf(content));
}

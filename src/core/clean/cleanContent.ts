import type { ArticleContent } from '../model';
import { applyTransforms, type FieldReport } from './content';
import { extractParts } from './extract';
import { pipeline, type CleanOptions } from './pipeline';

/**
 * Cleans a whole article: the printed parts OCR left in the body move to their fields
 * (dateline, byline, captions, continuation marks to notes, jumped paragraphs joined),
 * then every field's text goes through the transforms `options` selects. Spans stay
 * provenance: moved text takes its raw spans along, cleaned text keeps them untouched.
 */
export function cleanContent(
  content: ArticleContent,
  raw: string,
  options: CleanOptions = {},
): { content: ArticleContent; reports: FieldReport[] } {
  return applyTransforms(pipeline(options), extractParts(content, raw));
}

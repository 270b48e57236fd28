// What the raw view needs to know to colour a page's spans: plain data, so the article
// feature can describe it without CodeMirror and the extension can draw it without React.

import type { Article, FieldKind, FieldRef, Span } from '../../../../core/model';
import { fieldsOf } from '../../../../core/model';

export interface PaintedField {
  articleId: string;
  /** Position of the article in reading order: picks its colour. */
  order: number;
  field: FieldRef;
  spans: readonly Span[];
}

export interface SpanPaint {
  fields: PaintedField[];
  furniture: readonly Span[];
  /** The field (or, without `field`, the article) the archivist is working on. */
  focus?: { articleId: string; field?: FieldRef | undefined } | undefined;
}

export function paintOf(
  articles: readonly Article[],
  furniture: readonly Span[],
  focus?: SpanPaint['focus'],
): SpanPaint {
  const fields: PaintedField[] = [];
  for (const a of articles) {
    for (const [field, f] of fieldsOf(a)) {
      if (f.spans.length > 0) fields.push({ articleId: a.id, order: a.order, field, spans: f.spans });
    }
  }
  return { fields, furniture, focus };
}

/** A distinct hue per article: the golden angle keeps neighbours in reading order apart. */
export function hueOf(order: number): number {
  return Math.round((order * 137.508 + 20) % 360);
}

export function fieldClass(kind: FieldKind): string {
  return `cm-span-${kind}`;
}

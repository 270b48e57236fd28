// Transforms applied to an article. Only the text of each field changes: the spans are
// provenance (where in the raw page the field came from) and stay exactly as they were.

import type { ArticleContent, FieldKind, FieldRef, TextField } from '../model';
import { fieldsOf } from '../model';
import type { CleanReport, Transform } from './types';

export interface FieldReport extends CleanReport {
  field: FieldRef;
}

export interface ContentResult {
  content: ArticleContent;
  reports: FieldReport[];
}

function applies(transform: Transform, kind: FieldKind): boolean {
  return transform.fields === undefined || transform.fields.includes(kind);
}

/**
 * Applies one transform to every field it is meant for. Returns the same objects for
 * fields it leaves unchanged, so callers can tell what changed by identity.
 */
export function applyTransform(transform: Transform, content: ArticleContent): ContentResult {
  const reports: FieldReport[] = [];
  const one = (field: TextField, ref: FieldRef): TextField => {
    if (!applies(transform, ref.kind) || field.text === '') return field;
    const r = transform.apply(field.text);
    if (r.reports) for (const report of r.reports) reports.push({ ...report, field: ref });
    return r.text === field.text ? field : { text: r.text, spans: field.spans };
  };
  const next: ArticleContent = {
    section: one(content.section, { kind: 'section' }),
    kicker: one(content.kicker, { kind: 'kicker' }),
    title: one(content.title, { kind: 'title' }),
    subtitle: one(content.subtitle, { kind: 'subtitle' }),
    dateline: one(content.dateline, { kind: 'dateline' }),
    byline: one(content.byline, { kind: 'byline' }),
    paragraphs: content.paragraphs.map((f, index) => one(f, { kind: 'paragraph', index })),
    captions: content.captions.map((f, index) => one(f, { kind: 'caption', index })),
    notes: content.notes.map((f, index) => one(f, { kind: 'note', index })),
  };
  return { content: next, reports };
}

/** Applies transforms one after another to an article. */
export function applyTransforms(transforms: readonly Transform[], content: ArticleContent): ContentResult {
  let current = content;
  const reports: FieldReport[] = [];
  for (const t of transforms) {
    const r = applyTransform(t, current);
    current = r.content;
    reports.push(...r.reports);
  }
  return { content: current, reports };
}

export interface FieldChange {
  field: FieldRef;
  before: string;
  after: string;
}

/**
 * The fields whose text differs between an article and its cleaned version, in reading
 * order: what a preview lists (each with core/diff's charDiff(before, after)) before applying.
 * Assumes the same shape (list lengths), as applyTransform keeps it.
 */
export function changedFields(before: ArticleContent, after: ArticleContent): FieldChange[] {
  const out: FieldChange[] = [];
  const afterFields = [...fieldsOf(after)];
  for (const [i, [ref, field]] of [...fieldsOf(before)].entries()) {
    const next = afterFields[i]?.[1];
    if (next && next.text !== field.text) out.push({ field: ref, before: field.text, after: next.text });
  }
  return out;
}

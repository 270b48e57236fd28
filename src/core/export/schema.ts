// The export schema: one JSON object per article. Written by `galley segment`, by the
// JSON Lines export and read by anything downstream, so it is defined once, here.
// Documented in docs/ARCHITECTURE.md ("Export schema"); bump EXPORT_SCHEMA_VERSION on any
// change that a reader could notice.

import type { ArticleContent, ArticleStatus, EncodingName, FieldKind, FieldRef, Page } from '../model';
import { fieldsOf } from '../model';

export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportSource {
  /** File name of the raw page. */
  file: string;
  /** Path relative to the folder it was opened from. */
  path: string;
  /** SHA-256 (hex) of the raw file's original bytes. */
  sha256: string;
  encoding: EncodingName;
}

/** One provenance span: where a field's text came from in the raw page. */
export interface ExportSpan {
  field: FieldKind;
  /** Position within the list for paragraph, caption and note; absent for single fields. */
  index?: number;
  /** UTF-16 code units into the LF-normalised raw text, half-open. */
  start: number;
  end: number;
  /** The exact raw text of [start, end). */
  text: string;
}

export interface ExportRecord {
  schema: typeof EXPORT_SCHEMA_VERSION;
  source: ExportSource;
  /** Reading order on the page, 1-based. */
  order: number;
  section: string;
  kicker: string;
  title: string;
  subtitle: string;
  dateline: string;
  byline: string;
  paragraphs: string[];
  captions: string[];
  notes: string[];
  status: ArticleStatus;
  reviewer?: string;
  /** ISO 8601. */
  reviewedAt?: string;
  spans: ExportSpan[];
}

export function exportSource(
  page: Pick<Page, 'name' | 'relativePath' | 'sha256' | 'encoding'>,
): ExportSource {
  return { file: page.name, path: page.relativePath, sha256: page.sha256, encoding: page.encoding };
}

function spansOf(content: ArticleContent, raw: string): ExportSpan[] {
  const out: ExportSpan[] = [];
  for (const [ref, field] of fieldsOf(content)) {
    for (const s of field.spans) out.push(spanRecord(ref, s.start, s.end, raw));
  }
  return out.sort((a, b) => a.start - b.start);
}

function spanRecord(ref: FieldRef, start: number, end: number, raw: string): ExportSpan {
  const text = raw.slice(start, end);
  return 'index' in ref
    ? { field: ref.kind, index: ref.index, start, end, text }
    : { field: ref.kind, start, end, text };
}

/** The export record of one article of a page. `order` is 0-based here, 1-based in the record. */
export function toExportRecord(
  page: Pick<Page, 'name' | 'relativePath' | 'sha256' | 'encoding'>,
  raw: string,
  article: ArticleContent & { order: number; status: ArticleStatus; reviewer?: string; reviewedAt?: number },
): ExportRecord {
  const record: ExportRecord = {
    schema: EXPORT_SCHEMA_VERSION,
    source: exportSource(page),
    order: article.order + 1,
    section: article.section.text,
    kicker: article.kicker.text,
    title: article.title.text,
    subtitle: article.subtitle.text,
    dateline: article.dateline.text,
    byline: article.byline.text,
    paragraphs: article.paragraphs.map((p) => p.text),
    captions: article.captions.map((c) => c.text),
    notes: article.notes.map((n) => n.text),
    status: article.status,
    spans: spansOf(article, raw),
  };
  if (article.reviewer) record.reviewer = article.reviewer;
  if (article.reviewedAt !== undefined) record.reviewedAt = new Date(article.reviewedAt).toISOString();
  return record;
}

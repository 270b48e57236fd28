// The CSV manifest: one row per article, for a spreadsheet or a catalogue import. Starts
// with a UTF-8 byte-order mark because Excel reads a CSV without one in the legacy code
// page and garbles the Chinese; quoting follows RFC 4180 (papaparse), and cells that a
// spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.

import Papa from 'papaparse';
import type { Article, Page } from '../model';
import type { ReviewFigures } from '../diff/figures';
import { lf } from './text';

export const MANIFEST_COLUMNS = [
  'page',
  'order',
  'title',
  'status',
  'characters',
  'change_ratio',
  'reviewer',
  'reviewed_at',
] as const;

export interface ManifestRow {
  page: Pick<Page, 'relativePath'>;
  article: Article;
  figures: ReviewFigures;
}

export function manifestCsv(rows: readonly ManifestRow[]): string {
  const data = rows.map(({ page, article, figures }) => [
    page.relativePath,
    String(article.order + 1),
    lf(article.title.text),
    article.status,
    String(figures.reference_chars),
    figures.cer === null ? '' : figures.cer.toFixed(4),
    lf(article.reviewer ?? ''),
    article.reviewedAt === undefined ? '' : new Date(article.reviewedAt).toISOString(),
  ]);
  const csv = Papa.unparse({ fields: [...MANIFEST_COLUMNS], data }, { newline: '\n', escapeFormulae: true });
  return '\ufeff' + csv + '\n';
}

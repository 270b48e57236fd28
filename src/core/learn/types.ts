// What Galley learns from the archivist's own corrections (see docs/ARCHITECTURE.md,
// "src/core/learn"): a correction is raw text as OCR printed it, with enough of its word
// around it to be recognised again, and what the archivist made of it.

import type { FieldRef } from '../model';

export interface Correction {
  /** The raw characters: the changed ones with their word-like context (never punctuation). */
  from: string;
  /** The archivist's text for the same stretch. */
  to: string;
  /** Where the changed characters sit in `from`: [at, at + len); len 0 for an insertion. */
  at: number;
  len: number;
}

/** A correction as one hand edit made it: `from` starts at `rawStart` in the page's raw text. */
export interface LearnedEdit extends Correction {
  rawStart: number;
}

/** The field an edit was made in (or a hit sits in). */
export interface FieldAddress {
  pageId: string;
  articleId: string;
  field: FieldRef;
}

/** One stable string per correction: two edits that learned the same thing share it. */
export function correctionKey(c: Correction): string {
  return `${c.from}\u0000${c.to}\u0000${c.at}\u0000${c.len}`;
}

/** One stable string per field address. */
export function fieldKey(a: FieldAddress): string {
  return `${a.pageId}/${a.articleId}/${a.field.kind}/${'index' in a.field ? a.field.index : ''}`;
}

/** Where a learned correction was made by hand (one per field it was learned from). */
export interface CorrectionSource extends FieldAddress {
  /**
   * The field's key (fieldKey) and the stretch of hand edits it was learned in: edited
   * again in that stretch, the field's corrections are replaced; a new stretch adds to them.
   */
  key: string;
  rawStart: number;
}

/** A learned correction as it is kept (Dexie `learned`, keyed by correctionKey). */
export interface LearnedCorrection extends Correction {
  id: string;
  sources: CorrectionSource[];
  /** The archivist rejected the whole correction: it is kept, and never proposed again. */
  rejected: boolean;
  createdAt: number;
}

/** One hit the archivist rejected (Dexie `learnRejections`). */
export interface RejectedHit {
  /** `${correctionId}@${pageId}:${start}` */
  id: string;
  correctionId: string;
  pageId: string;
  start: number;
}

/** The hit a rejection names, as its key. */
export function hitKey(correctionId: string, pageId: string, start: number): string {
  return `${correctionId}@${pageId}:${start}`;
}

// Every learned correction with its hits on every page: the raw context, where each hit
// sits (placeOf), whether it counts against the correction, and the confidence. Read
// from Dexie only, so the panel's live query runs it again when articles are written.

import type { PageArticles } from '../../../core/article';
import { confidenceOf, isLowConfidence } from '../../../core/learn/confidence';
import { hitsIn } from '../../../core/learn/match';
import { placeOf, type HitPlace } from '../../../core/learn/place';
import { fieldKey, hitKey, type LearnedCorrection } from '../../../core/learn/types';
import { getField } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { candidatePageIds, pageSet, type PageSet } from './gramIndex';

/** Raw characters shown on each side of a hit. */
const CONTEXT = 8;

export interface Hit {
  pageId: string;
  pageName: string;
  /** Raw offset of `from`. */
  start: number;
  /** Raw text on each side, within its line. */
  before: string;
  after: string;
  /** The field's text around the hit, when it sits in one. */
  inField?: string | undefined;
  place: HitPlace;
  /** Left as OCR printed it in a field the archivist edited by hand or reviewed. */
  against: boolean;
}

export interface CorrectionHits {
  correction: LearnedCorrection;
  /** Hits in fields still reading `from`: what can be accepted. */
  open: Hit[];
  /** Hits in text not yet marked: proposed once it becomes a field. */
  waiting: Hit[];
  confidence: number;
  low: boolean;
}

async function pageState(db: GalleyDb, pageId: string): Promise<PageArticles> {
  const [page, articles] = await Promise.all([
    db.pages.get(pageId),
    db.articles.where('pageId').equals(pageId).toArray(),
  ]);
  return { pageId, articles: articles.sort((a, b) => a.order - b.order), furniture: page?.furniture ?? [] };
}

/** The field's text around a hit. */
function fieldExcerpt(state: PageArticles, place: Extract<HitPlace, { kind: 'field' }>): string {
  const article = state.articles.find((a) => a.id === place.articleId);
  const text = (article && getField(article, place.field)?.text) ?? '';
  const from = Math.max(0, place.textStart - CONTEXT);
  const to = Math.min(text.length, place.textEnd + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

async function hitsOf(
  db: GalleyDb,
  c: LearnedCorrection,
  pages: PageSet,
  rejected: Set<string>,
  seen: Set<string>,
): Promise<Hit[]> {
  const ids = await candidatePageIds(db, c.from, pages);
  const texts = await db.texts.bulkGet(ids);
  const memo = new Map<string, boolean>();
  const out: Hit[] = [];
  for (const [k, text] of texts.entries()) {
    const pageId = ids[k] ?? '';
    const raw = text?.raw ?? '';
    const found = hitsIn(raw, c, memo).filter(([s]) => !rejected.has(hitKey(c.id, pageId, s)));
    if (found.length === 0) continue;
    const [state, page] = await Promise.all([pageState(db, pageId), db.pages.get(pageId)]);
    for (const [start, end] of found) {
      const place = placeOf(state, raw, start, c);
      const against =
        place.kind === 'field' &&
        place.state === 'open' &&
        (place.status === 'reviewed' ||
          seen.has(fieldKey({ pageId, articleId: place.articleId, field: place.field })));
      out.push({
        pageId,
        pageName: page?.name ?? pageId,
        start,
        before:
          raw
            .slice(Math.max(0, start - CONTEXT), start)
            .split('\n')
            .at(-1) ?? '',
        after: raw.slice(end, end + CONTEXT).split('\n')[0] ?? '',
        inField: place.kind === 'field' ? fieldExcerpt(state, place) : undefined,
        place,
        against,
      });
    }
  }
  return out;
}

/** The corrections not rejected, newest first, each with its hits and confidence. */
export async function loadProposals(db: GalleyDb): Promise<CorrectionHits[]> {
  const [learned, rejections] = await Promise.all([db.learned.toArray(), db.learnRejections.toArray()]);
  // Nothing learned, nothing to look for: the page ids are not read, so this live query does
  // not run again each time pages are written (every chunk of an import, on every page id).
  if (!learned.some((c) => !c.rejected)) return [];
  const pages = await pageSet(db);
  const rejected = new Set(rejections.map((r) => r.id));
  // Fields the archivist edited by hand: an uncorrected hit there was seen and left.
  const seen = new Set(learned.flatMap((c) => c.sources.map((s) => fieldKey(s))));
  const out: CorrectionHits[] = [];
  for (const c of learned.filter((l) => !l.rejected).sort((a, b) => b.createdAt - a.createdAt)) {
    const hits = await hitsOf(db, c, pages, rejected, seen);
    const rejectedHits = rejections.filter((r) => r.correctionId === c.id).length;
    // Places already reading `to` other than where it was learned: accepted, or corrected
    // alike by hand; an acceptance undone reads `from` again and counts no more.
    const learnedAt = new Set(c.sources.map((s) => `${s.pageId}:${s.rawStart}`));
    const corrected = hits.filter(
      (h) => h.place.kind === 'field' && h.place.state === 'done' && !learnedAt.has(`${h.pageId}:${h.start}`),
    );
    const evidence = {
      support: c.sources.length + corrected.length,
      against: hits.filter((h) => h.against).length + rejectedHits,
    };
    out.push({
      correction: c,
      open: hits.filter((h) => h.place.kind === 'field' && h.place.state === 'open'),
      waiting: hits.filter((h) => h.place.kind === 'unassigned'),
      confidence: confidenceOf(evidence),
      low: isLowConfidence(evidence),
    });
  }
  return out;
}

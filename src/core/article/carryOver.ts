// Carrying a page's work over to a new version of its raw text (the same file imported
// again with other bytes: a fresh OCR run, a hand-fixed line). Every span is mapped through
// a character diff of the old raw text to the new one. A span whose characters all come
// through unchanged, with nothing inserted among them, maps cleanly and keeps its place;
// any other span is listed (with both raw texts) and keeps only its characters that came
// through unchanged. Corrected texts are kept as the archivist left them: the field's
// provenance follows the raw text, its text is theirs.

import { charDiff } from '../diff/charDiff';
import type { Article, Span, TextField } from '../model';
import { fieldsOf, LIST_KEY } from '../model';
import { normalise } from './spans';
import type { OpContext, Owner, PageArticles } from './state';
import { renumber } from './state';

/** One span that did not map cleanly: where it was, where its text went, what was kept. */
export interface CarryLoss {
  /** Its owner on the new page (article ids are the new articles'). */
  owner: Owner;
  old: Span;
  oldText: string;
  /** The stretch of the new raw text between where the span's ends went. */
  new: Span;
  newText: string;
  /** The parts of the span kept (their characters came through unchanged). */
  kept: Span[];
}

export interface CarryOverResult {
  /** The work on the new page: new article ids, the new page id, spans into the new raw text. */
  state: PageArticles;
  lost: CarryLoss[];
  /** Spans that mapped cleanly, and all spans. */
  clean: number;
  total: number;
}

/**
 * Where each old offset goes in the new text. `at[i]` is the new offset of old character
 * i, or -1 when it was deleted; `lo[p]`/`hi[p]` are the new offsets of old boundary p
 * before and after text inserted there.
 */
export interface OffsetMap {
  at: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
}

export function offsetMap(oldRaw: string, newRaw: string): OffsetMap {
  const at = new Int32Array(oldRaw.length);
  const lo = new Int32Array(oldRaw.length + 1);
  const hi = new Int32Array(oldRaw.length + 1);
  if (oldRaw === newRaw) {
    for (let i = 0; i <= oldRaw.length; i++) {
      if (i < oldRaw.length) at[i] = i;
      lo[i] = hi[i] = i;
    }
    return { at, lo, hi };
  }
  let i = 0;
  let j = 0;
  for (const chunk of charDiff(oldRaw, newRaw, { semantic: false, timeout: 2 })) {
    const n = chunk.text.length;
    if (chunk.op === 'insert') {
      j += n;
      hi[i] = j;
      continue;
    }
    for (let k = 0; k < n; k++) {
      at[i] = chunk.op === 'equal' ? j : -1;
      i++;
      if (chunk.op === 'equal') j++;
      lo[i] = hi[i] = j;
    }
  }
  return { at, lo, hi };
}

/** A span through the map: clean (one unchanged run), or the unchanged runs it keeps. */
export function mapSpan(map: OffsetMap, s: Span): { clean: boolean; kept: Span[]; reach: Span } {
  const kept: Span[] = [];
  let clean = true;
  for (let p = s.start; p < s.end; p++) {
    const q = map.at[p];
    if (q === -1) {
      clean = false;
      continue;
    }
    const last = kept[kept.length - 1];
    if (last && last.end === q) last.end = q + 1;
    else {
      if (last) clean = false;
      kept.push({ start: q, end: q + 1 });
    }
  }
  return { clean: clean && kept.length <= 1, kept, reach: { start: map.lo[s.start], end: map.hi[s.end] } };
}

/**
 * The page's articles and furniture moved onto the new raw text (`newPageId`): each
 * article a new one (new id, same order, status and texts), each span mapped; what did
 * not map cleanly is listed in `lost`.
 */
export function carryOver(
  oldRaw: string,
  newRaw: string,
  state: PageArticles,
  newPageId: string,
  ctx: OpContext,
): CarryOverResult {
  const map = offsetMap(oldRaw, newRaw);
  const lost: CarryLoss[] = [];
  let clean = 0;
  let total = 0;
  const move = (owner: Owner, spans: readonly Span[]): Span[] => {
    const out: Span[] = [];
    for (const s of spans) {
      if (s.start < 0 || s.end > oldRaw.length || s.end <= s.start) continue;
      total++;
      const m = mapSpan(map, s);
      out.push(...m.kept);
      if (m.clean) {
        clean++;
        continue;
      }
      lost.push({
        owner,
        old: { start: s.start, end: s.end },
        oldText: oldRaw.slice(s.start, s.end),
        new: m.reach,
        newText: newRaw.slice(m.reach.start, m.reach.end),
        kept: m.kept,
      });
    }
    return normalise(out);
  };
  const articles = state.articles.map((a): Article => {
    const id = ctx.newId();
    const next: Article = {
      ...a,
      id,
      pageId: newPageId,
      updatedAt: ctx.now,
      paragraphs: [],
      captions: [],
      notes: [],
    };
    for (const [ref, f] of fieldsOf(a)) {
      const moved: TextField = {
        text: f.text,
        spans: move({ kind: 'field', articleId: id, field: ref }, f.spans),
      };
      if ('index' in ref) next[LIST_KEY[ref.kind]].push(moved);
      else next[ref.kind] = moved;
    }
    return next;
  });
  const furniture = move({ kind: 'furniture' }, state.furniture);
  return {
    state: {
      pageId: newPageId,
      articles: renumber(articles),
      furniture,
      ...(state.handOrdered ? { handOrdered: true } : {}),
    },
    lost,
    clean,
    total,
  };
}

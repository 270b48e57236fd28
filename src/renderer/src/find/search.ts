// Find & replace in the app: core/find run over the articles of the pages, its hits
// with the page and reading order the list shows, and chosen hits replaced in a page's
// articles (field text only; spans are provenance and stay).

import type { PageArticles } from '../../../core/article';
import type { FieldAddress, FindQuery as CoreQuery } from '../../../core/find';
import {
  applyReplacements,
  articleTargets,
  compileQuery as compileCore,
  findAll,
  hitId,
  replaceHits as replaceCore,
} from '../../../core/find';
import type { Article, FieldRef } from '../../../core/model';
import type { PatternProblem } from '../../../core/problems';

export interface FindQuery {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

export interface Hit {
  /** The hit's identity in core/find (field address and offset): what "chosen" holds. */
  key: string;
  pageId: string;
  articleId: string;
  /** Reading order of the article on its page. */
  order: number;
  field: FieldRef;
  /** UTF-16 offsets into the field's text. */
  start: number;
  end: number;
  match: string;
  before: string;
  after: string;
}

const core = (q: FindQuery): CoreQuery => ({
  pattern: q.text,
  regex: q.regex,
  caseSensitive: q.caseSensitive,
});

export type Compiled = { ok: true } | { ok: false; problem: PatternProblem };

export function compileQuery(q: FindQuery): Compiled {
  const c = compileCore(core(q));
  return c.ok ? { ok: true } : { ok: false, problem: c.error };
}

const CONTEXT = 24;

/** Every hit in a page's articles, in reading order; `limit` caps the list. */
export function findInArticles(
  articles: readonly Article[],
  q: FindQuery,
  limit = Infinity,
): { hits: Hit[]; truncated: boolean } {
  const sorted = [...articles].sort((x, y) => x.order - y.order);
  const order = new Map(sorted.map((a) => [a.id, a.order]));
  const r = findAll(articleTargets(sorted), core(q), { context: CONTEXT, limit });
  return {
    truncated: r.truncated,
    hits: r.hits.map((h) => ({
      key: hitId(h),
      pageId: h.address.pageId,
      articleId: h.address.articleId,
      order: order.get(h.address.articleId) ?? 0,
      field: h.address.field,
      start: h.start,
      end: h.end,
      match: h.match,
      before: h.before,
      after: h.after,
    })),
  };
}

export interface ReplaceResult {
  state: PageArticles;
  replaced: number;
  /** Chosen hits no longer where the search found them (the text changed since). */
  skipped: number;
}

/** Replaces the chosen hits of one page. */
export function replaceHits(
  state: PageArticles,
  hits: readonly Hit[],
  q: FindQuery,
  replacement: string,
  now: number,
): ReplaceResult {
  const chosen = new Set(hits.filter((h) => h.pageId === state.pageId).map((h) => h.key));
  if (chosen.size === 0) return { state, replaced: 0, skipped: 0 };
  const r = replaceCore<FieldAddress>(articleTargets(state.articles), core(q), replacement, chosen);
  if (r.changes.length === 0) return { state, replaced: 0, skipped: chosen.size };
  const changed = new Set(r.changes.map((c) => c.address.articleId));
  const articles = state.articles.map((a) =>
    changed.has(a.id) ? { ...applyReplacements(a, r.changes), updatedAt: now } : a,
  );
  return { state: { ...state, articles }, replaced: r.count, skipped: chosen.size - r.count };
}

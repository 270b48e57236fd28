// Assigning selected raw text: to a new article, to a field of an article, or to the
// page furniture, keeping the one-owner rule.

import type { Article, FieldRef, SingleFieldKind, Span, TextField } from '../model';
import { fieldsOf } from '../model';
import type { Choice, NeedsChoice } from './provenance';
import { release, prune } from './release';
import type { Ownership } from './owners';
import { ownersOf } from './owners';
import { normalise, subtract, trimSpan, union } from './spans';
import type { OpContext, PageArticles } from './state';
import { draftArticle, findArticle, renumber, replaceArticle, sameRef, withField } from './state';
import type { Piece } from './tidy';
import { joinTexts, piecesOf } from './tidy';

export type AssignTarget =
  /**
   * A new article with the text as its body, placed where its first raw character puts it
   * in reading order (see readingPosition); `after` (an article id) is only a fallback on a
   * page reordered by hand where no article holds earlier raw text.
   */
  | {
      kind: 'new-article';
      after?: string | undefined;
      /** The field the text starts the article as (title-first marking); its body by default. */
      field?: SingleFieldKind | undefined;
    }
  /** Added to a single field (section, kicker, title, subtitle, dateline, byline). */
  | { kind: 'field'; articleId: string; field: SingleFieldKind }
  /** New body paragraph(s), after paragraph `after` or at the end. */
  | { kind: 'new-paragraph'; articleId: string; after?: number | undefined }
  /** Appended to the end of body paragraph `index`. */
  | { kind: 'append-paragraph'; articleId: string; index: number }
  | { kind: 'caption'; articleId: string }
  | { kind: 'note'; articleId: string }
  /** Marked "not article text". */
  | { kind: 'furniture' };

export type AssignResult =
  | { ok: true; state: PageArticles; focus?: { articleId: string; field: FieldRef } | undefined }
  /** `conflict`: part of the text belongs elsewhere (see `conflicts`); retry with `move` to take it. */
  | { ok: false; reason: 'empty' | 'missing-article' | 'conflict'; conflicts: Ownership[] }
  /**
   * `needs-choice`: taking the text away from a corrected field has no clean cut (see
   * provenance.ts); nothing was changed. Retry with `choices` answering each of `choices`.
   */
  | { ok: false; reason: 'needs-choice'; conflicts: Ownership[]; choices: NeedsChoice[] };

export interface AssignOptions extends OpContext {
  /** Take text that belongs to another owner instead of refusing. */
  move?: boolean;
  /** Answers to an earlier `needs-choice` result: which version each field keeps. */
  choices?: readonly Choice[];
}

/** The field a target adds to when it already exists (its own text is never a conflict). */
function existingField(
  state: PageArticles,
  target: AssignTarget,
): { articleId: string; field: FieldRef } | undefined {
  switch (target.kind) {
    case 'field':
      return { articleId: target.articleId, field: { kind: target.field } };
    case 'append-paragraph': {
      const a = findArticle(state, target.articleId);
      return a && target.index < a.paragraphs.length
        ? { articleId: target.articleId, field: { kind: 'paragraph', index: target.index } }
        : undefined;
    }
    default:
      return undefined;
  }
}

function isSelf(
  o: Ownership,
  target: AssignTarget,
  self: { articleId: string; field: FieldRef } | undefined,
): boolean {
  if (o.owner.kind === 'furniture') return target.kind === 'furniture';
  return !!self && o.owner.articleId === self.articleId && sameRef(o.owner.field, self.field);
}

export function assign(
  state: PageArticles,
  raw: string,
  ranges: readonly Span[],
  target: AssignTarget,
  opts: AssignOptions,
): AssignResult {
  const trimmed = normalise(
    ranges.map((r) => trimSpan(raw, clampTo(r, raw.length))).filter((s): s is Span => s !== null),
  );
  if (trimmed.length === 0) return { ok: false, reason: 'empty', conflicts: [] };
  if (target.kind !== 'new-article' && target.kind !== 'furniture' && !findArticle(state, target.articleId)) {
    return { ok: false, reason: 'missing-article', conflicts: [] };
  }
  const self = existingField(state, target);
  const conflicts = ownersOf(state, trimmed).filter((o) => !isSelf(o, target, self));
  if (conflicts.length > 0 && !opts.move) return { ok: false, reason: 'conflict', conflicts };

  // Text the receiving field already holds is not added twice.
  const own = self ? (fieldSpans(state, self) ?? []) : target.kind === 'furniture' ? state.furniture : [];
  const fresh = subtract(trimmed, own);
  if (fresh.length === 0) return { ok: true, state, focus: self };

  const released =
    conflicts.length > 0
      ? release(state, raw, fresh, opts.now, self, opts.choices)
      : { state, emptied: new Set<TextField>(), needs: [] };
  if (released.needs.length > 0)
    return { ok: false, reason: 'needs-choice', conflicts, choices: released.needs };
  const pieces = piecesOf(raw, fresh);
  const placed = place(released.state, pieces, target, opts);
  const pruned = prune(placed.state, released.emptied);
  return {
    ok: true,
    state: pruned,
    focus: placed.field ? locate(pruned, placed.articleId, placed.field) : undefined,
  };
}

function clampTo(s: Span, max: number): Span {
  return { start: Math.max(0, Math.min(s.start, max)), end: Math.max(0, Math.min(s.end, max)) };
}

function fieldSpans(state: PageArticles, at: { articleId: string; field: FieldRef }): Span[] | undefined {
  const a = findArticle(state, at.articleId);
  if (!a) return undefined;
  const f = 'index' in at.field ? a.paragraphs[at.field.index] : a[at.field.kind];
  return f?.spans;
}

/** Where a placed field ended up after pruning (list indices may shift); found by identity. */
function locate(
  state: PageArticles,
  articleId: string,
  field: TextField,
): { articleId: string; field: FieldRef } | undefined {
  const a = findArticle(state, articleId);
  if (!a) return undefined;
  for (const kind of ['section', 'kicker', 'title', 'subtitle', 'dateline', 'byline'] as const) {
    if (a[kind] === field) return { articleId, field: { kind } };
  }
  for (const [kind, list] of [
    ['paragraph', a.paragraphs],
    ['caption', a.captions],
    ['note', a.notes],
  ] as const) {
    const index = list.indexOf(field);
    if (index !== -1) return { articleId, field: { kind, index } };
  }
  return undefined;
}

function asField(pieces: readonly Piece[]): TextField {
  return { text: joinTexts(pieces.map((p) => p.text)), spans: normalise(pieces.map((p) => p.span)) };
}

function place(
  state: PageArticles,
  pieces: readonly Piece[],
  target: AssignTarget,
  { now, newId }: OpContext,
): { state: PageArticles; articleId: string; field?: TextField } {
  if (target.kind === 'furniture') {
    return {
      state: {
        ...state,
        furniture: union(
          state.furniture,
          pieces.map((p) => p.span),
        ),
      },
      articleId: '',
    };
  }
  if (target.kind === 'new-article') {
    const paragraphs = pieces.map((p) => ({ text: p.text, spans: [p.span] }));
    const single = target.field ? asField(pieces) : undefined;
    const content = target.field && single ? { [target.field]: single } : { paragraphs };
    const article = draftArticle(state.pageId, content, { now, newId });
    const at = readingPosition(state, pieces[0].span.start, target.after);
    const articles = [...state.articles];
    articles.splice(at, 0, article);
    return {
      state: { ...state, articles: renumber(articles) },
      articleId: article.id,
      field: single ?? paragraphs[0],
    };
  }
  const article = findArticle(state, target.articleId) as Article;
  const touched = { ...article, updatedAt: now };
  const added = asField(pieces);
  let next: Article;
  let field: TextField;
  switch (target.kind) {
    case 'field': {
      const old = article[target.field];
      field = { text: joinTexts([old.text, added.text]), spans: union(old.spans, added.spans) };
      next = withField(touched, { kind: target.field }, field);
      break;
    }
    case 'append-paragraph': {
      const old = article.paragraphs[target.index];
      if (old) {
        field = { text: joinTexts([old.text, added.text]), spans: union(old.spans, added.spans) };
        next = withField(touched, { kind: 'paragraph', index: target.index }, field);
        break;
      }
      // No such paragraph (an empty body): the text starts one.
      return place(state, pieces, { kind: 'new-paragraph', articleId: target.articleId }, { now, newId });
    }
    case 'new-paragraph': {
      const paragraphs = [...article.paragraphs];
      const fresh = pieces.map((p) => ({ text: p.text, spans: [p.span] }));
      const at =
        target.after === undefined ? paragraphs.length : Math.min(target.after + 1, paragraphs.length);
      paragraphs.splice(at, 0, ...fresh);
      field = fresh[0];
      next = { ...touched, paragraphs };
      break;
    }
    case 'caption':
      field = added;
      next = { ...touched, captions: [...article.captions, field] };
      break;
    case 'note':
      field = added;
      next = { ...touched, notes: [...article.notes, field] };
      break;
  }
  return { state: replaceArticle(state, next), articleId: article.id, field };
}

/** The first raw offset an article holds, if any. */
function firstOffset(article: Article): number | undefined {
  let first: number | undefined;
  for (const [, f] of fieldsOf(article)) {
    const s = f.spans[0];
    if (s && (first === undefined || s.start < first)) first = s.start;
  }
  return first;
}

/** The last raw offset (exclusive) an article holds before `offset`, if any. */
function lastOffsetBefore(article: Article, offset: number): number | undefined {
  let last: number | undefined;
  for (const [, f] of fieldsOf(article)) {
    for (const s of f.spans) {
      if (s.start < offset && (last === undefined || s.end > last)) last = Math.min(s.end, offset);
    }
  }
  return last;
}

/**
 * Where a new article whose first raw character is at `offset` goes among the page's
 * articles. In reading order (the raw text's order: the page was not reordered by hand)
 * before the first article that starts later in the raw text. On a page reordered by hand
 * (PageArticles.handOrdered) right after the article holding the nearest raw text before
 * it, so it lands beside its neighbour in the archivist's order; when no article holds
 * earlier text, after `after` if given, else first.
 */
export function readingPosition(state: PageArticles, offset: number, after?: string): number {
  const articles = state.articles;
  if (!state.handOrdered) {
    const at = articles.findIndex((a) => {
      const first = firstOffset(a);
      return first !== undefined && first > offset;
    });
    return at === -1 ? articles.length : at;
  }
  let best = -1;
  let bestEnd = -1;
  articles.forEach((a, i) => {
    const end = lastOffsetBefore(a, offset);
    if (end !== undefined && end > bestEnd) {
      best = i;
      bestEnd = end;
    }
  });
  if (best !== -1) return best + 1;
  const named = after === undefined ? -1 : articles.findIndex((a) => a.id === after);
  return named === -1 ? 0 : named + 1;
}

export type UnassignResult =
  { ok: true; state: PageArticles } | { ok: false; reason: 'needs-choice'; choices: NeedsChoice[] };

/**
 * Makes raw text unassigned again (a span deleted from a field, or from the furniture):
 * every owner loses it, each field exactly the characters of its text read from it (see
 * provenance.ts). Emptied paragraphs, captions and notes go.
 */
export function unassign(
  state: PageArticles,
  raw: string,
  ranges: readonly Span[],
  opts: { now: number; choices?: readonly Choice[] },
): UnassignResult {
  const cut = normalise(ranges.map((r) => clampTo(r, raw.length)));
  if (ownersOf(state, cut).length === 0) return { ok: true, state };
  const released = release(state, raw, cut, opts.now, undefined, opts.choices);
  if (released.needs.length > 0) return { ok: false, reason: 'needs-choice', choices: released.needs };
  return { ok: true, state: prune(released.state, released.emptied) };
}

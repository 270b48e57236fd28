import { expect } from 'vitest';
import {
  deleteArticle,
  intersect,
  mergeArticles,
  normalise,
  owned,
  reorder,
  splitArticle,
} from '../../../src/core/article';
import type { AssignTarget, PageArticles } from '../../../src/core/article';
import type { Span } from '../../../src/core/model';
import { SINGLE_FIELDS } from '../../../src/core/model';

/** The span of the `nth` occurrence of `needle` in `raw`; fails the test when absent. */
export function spanOf(raw: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = raw.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not on the page: ${needle}`);
  }
  return { start: at, end: at + needle.length };
}

/** The span of the raw line that reads exactly `line` once trimmed; fails the test when absent. */
export function lineOf(raw: string, line: string): Span {
  let at = 0;
  for (const l of raw.split('\n')) {
    if (l.trim() === line) {
      const start = at + l.indexOf(line);
      return { start, end: start + line.length };
    }
    at += l.length + 1;
  }
  throw new Error(`no such line on the page: ${line}`);
}

export function emptyState(pageId = 'p1'): PageArticles {
  return { pageId, articles: [], furniture: [] };
}

export function ids(): () => string {
  let n = 0;
  return () => `a${++n}`;
}

/** The one-owner rule and valid offsets, checked over every owner of a state. */
export function expectOneOwner(state: PageArticles, rawLength: number): void {
  const all = [...owned(state)];
  for (const o of all) {
    expect(normalise(o.spans)).toEqual(o.spans);
    for (const s of o.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(rawLength);
      expect(s.start).toBeLessThan(s.end);
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(
        intersect(all[i].spans, all[j].spans),
        `${JSON.stringify(all[i].owner)} vs ${JSON.stringify(all[j].owner)}`,
      ).toEqual([]);
    }
  }
  expect(state.articles.map((a) => a.order)).toEqual(state.articles.map((_, i) => i));
}

/** An assign target drawn from two random numbers, for the random-sequence tests. */
export function targetFor(state: PageArticles, kind: number, pick: number): AssignTarget {
  const a = state.articles[pick % Math.max(1, state.articles.length)];
  if (!a || kind === 0) return { kind: 'new-article' };
  switch (kind) {
    case 1:
      return { kind: 'field', articleId: a.id, field: SINGLE_FIELDS[pick % SINGLE_FIELDS.length] };
    case 2:
      return { kind: 'new-paragraph', articleId: a.id, after: pick % (a.paragraphs.length + 1) };
    case 3:
      return { kind: 'append-paragraph', articleId: a.id, index: pick % Math.max(1, a.paragraphs.length) };
    case 4:
      return { kind: 'caption', articleId: a.id };
    case 5:
      return { kind: 'note', articleId: a.id };
    default:
      return { kind: 'furniture' };
  }
}

/** The structural operations the random-sequence tests draw, numbers taken modulo what exists. */
export type StructuralOp =
  | { op: 'merge'; x: number; y: number }
  | { op: 'split'; x: number; p: number; at: number }
  | { op: 'delete'; x: number }
  | { op: 'reorder'; x: number; to: number };

export function structuralStep(
  state: PageArticles,
  raw: string,
  op: StructuralOp,
  newId: () => string,
): PageArticles {
  const pickArticle = (x: number) => state.articles[x % Math.max(1, state.articles.length)];
  switch (op.op) {
    case 'merge': {
      const x = pickArticle(op.x);
      const y = pickArticle(op.y);
      return x && y ? mergeArticles(state, x.id, y.id, 2) : state;
    }
    case 'split': {
      const x = pickArticle(op.x);
      if (!x || x.paragraphs.length === 0) return state;
      const p = op.p % x.paragraphs.length;
      return splitArticle(state, raw, x.id, p, op.at % (x.paragraphs[p].text.length + 1), { now: 3, newId })
        .state;
    }
    case 'delete': {
      const x = pickArticle(op.x);
      return x ? deleteArticle(state, x.id) : state;
    }
    case 'reorder': {
      const x = pickArticle(op.x);
      return x ? reorder(state, x.id, op.to % (state.articles.length + 1)) : state;
    }
  }
}

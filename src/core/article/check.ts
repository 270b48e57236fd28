// The one-owner rule for raw text and for the text read from it, checked over one page.
//
// Spans: every span lies inside the raw text, each owner's spans are normalised, and no
// raw character has two owners. Text: a field's corrected text is read from its own spans
// (core/clean/align's alignment); characters it cannot explain by its own raw characters
// are typed by the archivist. A run of such characters that reproduces raw text outside
// the field's spans, where that raw text sits beside the field's own (or anywhere, for a
// field with no spans), is text left behind when its raw text went elsewhere: an orphan
// when nobody owns that raw text, a duplicate when another field or the furniture does.
// One printed convention is not a duplicate: a dateline reads whole, as printed, so the
// credit inside its brackets (`本报讯（记者 韩雪）`) is in its text and in its own article's
// byline, whose raw text it is (see `asRead`).
//
// Problems are codes with data, never sentences: the CLI and the UI word them.

import { alignField, foldCode } from '../clean/align';
import { isBlankCode } from '../clean/script';
import type { Article, FieldRef, Span, TextField } from '../model';
import { fieldsOf } from '../model';
import { owned, type Ownership } from './owners';
import { equal, intersect, normalise, union } from './spans';
import type { Owner, PageArticles } from './state';

/** A text range [start, end) in UTF-16 units of a field's text. */
export interface TextRange {
  start: number;
  end: number;
}

export type PageProblem =
  /** A span reaches outside the raw text (`length` is the raw text's). */
  | { code: 'span.out-of-range'; owner: Owner; span: Span; length: number }
  /** An owner's spans are not sorted, overlap each other or include empty spans. */
  | { code: 'span.unsorted'; owner: Owner; spans: Span[] }
  /** Raw text held by two owners. */
  | { code: 'span.shared'; owner: Owner; other: Owner; spans: Span[] }
  /** Text of a field that reproduces raw text nobody owns (`raw`) outside the field's spans. */
  | { code: 'text.orphan'; articleId: string; field: FieldRef; text: TextRange; raw: Span }
  /** Text of a field that reproduces raw text (`raw`) another owner holds. */
  | {
      code: 'text.duplicate';
      articleId: string;
      field: FieldRef;
      text: TextRange;
      raw: Span;
      other: Owner;
    }
  /** An article's `order` is not its place in the page's list. */
  | { code: 'article.order'; articleId: string; order: number; index: number };

/** Shortest run of left-behind characters reported beside a field's own raw text. */
export const MIN_LEFT_BEHIND = 3;
/** Shortest run reported in a field with no spans (typed by hand), found anywhere in the raw text. */
export const MIN_LEFT_BEHIND_NO_SPANS = 6;

/** leftBehind's answers per field object, for one raw text (fields are immutable, so === is enough). */
export type LeftBehindMemo = WeakMap<TextField, { text: TextRange; raw: Span }[]>;

/**
 * The half of checkPage that reads spans only (order, range, sorting, raw text held twice)
 * and who owns each raw offset. Typing changes no span, so a caller checking the same page
 * again and again keeps this while the spans stay the same objects.
 */
export interface SpanCheck {
  problems: PageProblem[];
  owners: Ownership[];
  ownerAt: Int32Array;
}

export function checkSpans(raw: string, state: PageArticles): SpanCheck {
  const problems: PageProblem[] = [];
  state.articles.forEach((a, index) => {
    if (a.order !== index) problems.push({ code: 'article.order', articleId: a.id, order: a.order, index });
  });
  const owners = [...owned(state)];
  for (const { owner, spans } of owners) {
    for (const span of spans) {
      if (span.start < 0 || span.end > raw.length || span.start > span.end)
        problems.push({ code: 'span.out-of-range', owner, span, length: raw.length });
    }
    if (!equal(normalise(spans), spans)) problems.push({ code: 'span.unsorted', owner, spans: [...spans] });
  }
  for (const [i, j, spans] of sharedPairs(owners))
    problems.push({ code: 'span.shared', owner: owners[i].owner, other: owners[j].owner, spans });
  return { problems, owners, ownerAt: ownerIndex(raw.length, owners) };
}

/**
 * Each pair of owners (i < j, in that order) holding raw text in common, with what they
 * share (as `intersect` gives it). One sweep over all spans by start: a page of 80 articles
 * has over a thousand owners, and testing every pair took half a second.
 */
function sharedPairs(owners: readonly { spans: readonly Span[] }[]): [number, number, Span[]][] {
  const all: { start: number; end: number; k: number }[] = [];
  owners.forEach(({ spans }, k) => {
    for (const s of normalise(spans)) all.push({ start: s.start, end: s.end, k });
  });
  all.sort((a, b) => a.start - b.start);
  const pairs = new Map<number, [number, number, Span[]]>();
  let open: typeof all = [];
  for (const s of all) {
    open = open.filter((t) => t.end > s.start);
    for (const t of open) {
      // An owner's own spans are normalised: they never overlap one another.
      if (t.k === s.k) continue;
      const [i, j] = t.k < s.k ? [t.k, s.k] : [s.k, t.k];
      const key = i * owners.length + j;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = [i, j, []]));
      pair[2].push({ start: s.start, end: Math.min(s.end, t.end) });
    }
    open.push(s);
  }
  return [...pairs.values()]
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([i, j, spans]) => [i, j, normalise(spans)]);
}

/**
 * Checks one page: its raw text and its articles and furniture. Empty when all is well.
 * `memo` (kept by a caller that checks the same page again and again, for one raw text)
 * spares the alignment of fields that did not change; `spanCheck`, checkSpans of a state
 * with the same spans, spares the span half.
 */
export function checkPage(
  raw: string,
  state: PageArticles,
  memo?: LeftBehindMemo,
  spanCheck: SpanCheck = checkSpans(raw, state),
): PageProblem[] {
  const { owners, ownerAt } = spanCheck;
  const problems = [...spanCheck.problems];
  for (const article of state.articles) {
    for (const [field, f] of fieldsOf(article)) {
      const read = asRead(article, field, f);
      // A widened dateline depends on the byline too: not memoised by the field alone.
      let lefts = read === f ? memo?.get(f) : undefined;
      if (!lefts) {
        lefts = leftBehind(raw, read);
        if (read === f) memo?.set(f, lefts);
      }
      for (const left of lefts) {
        const holders = new Set<number>();
        for (let p = left.raw.start; p < left.raw.end; p++) if (ownerAt[p] >= 0) holders.add(ownerAt[p]);
        const other = [...holders].map((k) => owners[k].owner)[0];
        problems.push(
          other
            ? { code: 'text.duplicate', articleId: article.id, field, text: left.text, raw: left.raw, other }
            : { code: 'text.orphan', articleId: article.id, field, text: left.text, raw: left.raw },
        );
      }
    }
  }
  return problems;
}

/**
 * The field as its text was read. A dateline reads whole, as printed: the raw text of its
 * own article's byline between the dateline's first and last character (the credit inside
 * its brackets) counts as read by the dateline too. Raw text still has one owner.
 */
function asRead(article: Article, field: FieldRef, f: TextField): TextField {
  if (field.kind !== 'dateline' || f.spans.length < 2) return f;
  const own = normalise(f.spans);
  const hull = { start: own[0].start, end: own[own.length - 1].end };
  const quoted = intersect(article.byline.spans, [hull]);
  return quoted.length === 0 ? f : { text: f.text, spans: union(f.spans, quoted) };
}

/** For each raw offset, the index (into `owners`) of its first owner, or -1. */
function ownerIndex(length: number, owners: readonly { spans: readonly Span[] }[]): Int32Array {
  const at = new Int32Array(length).fill(-1);
  owners.forEach(({ spans }, k) => {
    for (const s of spans) {
      for (let p = Math.max(0, s.start); p < Math.min(length, s.end); p++) if (at[p] === -1) at[p] = k;
    }
  });
  return at;
}

/**
 * Runs of a field's text that its own raw characters cannot explain and that reproduce
 * raw text outside its spans, near its own (see the module comment).
 */
export function leftBehind(raw: string, field: TextField): { text: TextRange; raw: Span }[] {
  const text = field.text;
  if (text === '') return [];
  const al = alignField(field, raw);
  // Raw characters of its own that no text character reads: they explain unaligned text
  // characters of the same (folded) form, wherever the diff left them.
  const spare = new Map<number, number>();
  al.ink.forEach((p, k) => {
    if (al.toText[k] !== -1) return;
    const c = foldCode(raw.charCodeAt(p));
    spare.set(c, (spare.get(c) ?? 0) + 1);
  });
  const letters: number[] = [];
  const excess: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isBlankCode(text.charCodeAt(i))) continue;
    letters.push(i);
    let odd = false;
    if (al.toRaw[i] === -1) {
      const c = foldCode(text.charCodeAt(i));
      const n = spare.get(c) ?? 0;
      if (n > 0) spare.set(c, n - 1);
      else odd = true;
    }
    excess.push(odd);
  }
  const own = normalise(field.spans);
  const inOwn = (p: number) => own.some((s) => s.start <= p && p < s.end);
  const min = own.length > 0 ? MIN_LEFT_BEHIND : MIN_LEFT_BEHIND_NO_SPANS;
  const out: { text: TextRange; raw: Span }[] = [];
  for (let u = 0; u < letters.length; u++) {
    if (!excess[u]) continue;
    let v = u;
    while (v + 1 < letters.length && excess[v + 1]) v++;
    if (v - u + 1 >= min) {
      const run = letters.slice(u, v + 1);
      const found = findOutside(raw, text, run, near(al.toRaw, letters, u, v, own, raw.length), inOwn, min);
      if (found) out.push({ text: { start: run[found.from], end: run[found.to - 1] + 1 }, raw: found.raw });
    }
    u = v;
  }
  return out;
}

/** The raw window to search for a run: around the raw text read beside it (all of it with no spans). */
function near(
  toRaw: Int32Array,
  letters: readonly number[],
  u: number,
  v: number,
  own: readonly Span[],
  length: number,
): Span {
  if (own.length === 0) return { start: 0, end: length };
  let lo = -1;
  for (let k = u - 1; k >= 0 && lo === -1; k--) lo = toRaw[letters[k]];
  let hi = -1;
  for (let k = v + 1; k < letters.length && hi === -1; k++) hi = toRaw[letters[k]];
  const a = lo !== -1 ? lo : own[0].start;
  const b = hi !== -1 ? hi : own[own.length - 1].end;
  const reach = 4 * (v - u + 1) + 40;
  return { start: Math.max(0, Math.min(a, b) - reach), end: Math.min(length, Math.max(a, b) + reach) };
}

/**
 * The longest piece (at least `min` characters) of the run (text positions) that occurs
 * in the window's raw ink outside the field's spans: its place in the run and in the raw.
 */
function findOutside(
  raw: string,
  text: string,
  run: readonly number[],
  window: Span,
  inOwn: (p: number) => boolean,
  min: number,
): { from: number; to: number; raw: Span } | null {
  const at: number[] = [];
  let hay = '';
  for (let p = window.start; p < window.end; p++) {
    const c = raw.charCodeAt(p);
    if (isBlankCode(c) || inOwn(p)) continue;
    at.push(p);
    hay += String.fromCharCode(foldCode(c));
  }
  if (hay.length < min) return null;
  const needle = run.map((i) => String.fromCharCode(foldCode(text.charCodeAt(i)))).join('');
  let best: { from: number; to: number; raw: Span } | null = null;
  for (let from = 0; from + min <= needle.length; from++) {
    let to = from + min;
    let hit = hay.indexOf(needle.slice(from, to));
    if (hit === -1) continue;
    while (to < needle.length) {
      const longer = hay.indexOf(needle.slice(from, to + 1));
      if (longer === -1) break;
      hit = longer;
      to++;
    }
    if (!best || to - from > best.to - best.from)
      best = { from, to, raw: { start: at[hit], end: at[hit + to - from - 1] + 1 } };
  }
  return best;
}

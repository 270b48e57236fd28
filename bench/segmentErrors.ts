// The kinds of error behind the segment-quality figures, as counts, so that the holdout pages
// say which kind of evidence fails on pages nobody tuned to without anyone reading them: a
// truth article not found (merged with a neighbour, split, its start or end off by N lines),
// a suggestion that is no article, a wrong title (missing, a line more or less, the kicker or
// the deck taken for it), and which field differs and how (missing, extra, spacing only…).
// Each error also has a detail line with text, printed for train pages only.
import { fieldsOf, type ArticleContent } from '../src/core/model';
import type { ArticleTruth, PageTruth } from '../tests/fixtures';

export interface SegmentError {
  /** A category without text or line numbers, e.g. `missed.start_later_by_2_lines`. */
  category: string;
  /** What was read, for train pages only. */
  detail: string;
}

interface LineRange {
  first: number;
  last: number;
}

/** Start offset of each raw line. */
function lineStarts(raw: string): number[] {
  const starts = [0];
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The raw lines a suggestion was read from: every field's spans but the section label's (shared). */
function suggestionLines(a: ArticleContent, starts: readonly number[]): LineRange | undefined {
  const spans = [...fieldsOf(a)].flatMap(([ref, f]) =>
    ref.kind === 'section' ? [] : f.spans.filter((s) => s.end > s.start),
  );
  if (spans.length === 0) return undefined;
  return {
    first: lineOf(starts, Math.min(...spans.map((s) => s.start))),
    last: lineOf(starts, Math.max(...spans.map((s) => s.end)) - 1),
  };
}

/** Each truth article's raw line range, found in order (a line may repeat on a page). */
function truthLines(lines: readonly string[], truth: PageTruth): (LineRange | undefined)[] {
  let from = 0;
  return truth.articles.map((t) => {
    const first = lines.findIndex((l, i) => i >= from && l === t.firstLine);
    if (first === -1) return undefined;
    const last = lines.findIndex((l, i) => i >= first && l === t.lastLine);
    if (last === -1) return undefined;
    from = first + 1;
    return { first, last };
  });
}

/** Non-blank lines strictly between two line numbers, signed. */
function textLinesBetween(lines: readonly string[], from: number, to: number): number {
  const [a, b] = from <= to ? [from, to] : [to, from];
  let n = 0;
  for (let i = a; i < b; i++) if (lines[i] !== '') n++;
  return from <= to ? n : -n;
}

const overlaps = (a: LineRange, b: LineRange) => a.first <= b.last && b.first <= a.last;

function missedCategory(
  lines: readonly string[],
  range: LineRange,
  index: number,
  truths: readonly (LineRange | undefined)[],
  suggested: readonly (LineRange | undefined)[],
): string {
  const touching = suggested.filter((s): s is LineRange => s !== undefined && overlaps(s, range));
  if (touching.length === 0) return 'missed.in_no_suggestion';
  const overlap = (s: LineRange) => Math.min(s.last, range.last) - Math.max(s.first, range.first);
  // The suggestion holding most of the article: how far its ends are from the article's.
  const s = touching.reduce((best, t) => (overlap(t) > overlap(best) ? t : best));
  const parts: string[] = [];
  const whole = truths.flatMap((t, i) =>
    t && i !== index && s.first <= t.first && t.last <= s.last ? [i] : [],
  );
  if (whole.some((i) => i < index)) parts.push('merged_with_whole_previous');
  if (whole.some((i) => i > index)) parts.push('merged_with_whole_next');
  if (touching.length > 1) parts.push(`split_in_${touching.length}`);
  const into = (line: number) => truths.some((t, i) => t && i !== index && t.first <= line && line <= t.last);
  if (s.first !== range.first && !whole.some((i) => i < index)) {
    const n = textLinesBetween(lines, range.first, s.first);
    const where = n < 0 && into(s.first) ? '_into_previous' : '';
    parts.push(n > 0 ? `start_later_by_${n}_lines` : `start_earlier_by_${-n}_lines${where}`);
  }
  if (s.last !== range.last && !whole.some((i) => i > index)) {
    const n = textLinesBetween(lines, range.last, s.last);
    const where = n > 0 && into(s.last) ? '_into_next' : '';
    parts.push(n > 0 ? `end_later_by_${n}_lines${where}` : `end_earlier_by_${-n}_lines`);
  }
  return `missed.${parts.join('.')}`;
}

function spurious(
  s: LineRange | undefined,
  truths: readonly (LineRange | undefined)[],
  matched: ReadonlySet<number>,
): string {
  if (!s) return 'spurious.no_spans';
  const hit = truths.flatMap((t, i) => (t && overlaps(t, s) ? [i] : []));
  if (hit.length === 0) return 'spurious.outside_every_article';
  if (hit.length > 1) return 'spurious.spans_several_articles';
  return matched.has(hit[0]) ? 'spurious.part_of_a_found_article' : 'spurious.part_of_a_missed_article';
}

const SPACES = /\s+/g;
// Full-width punctuation and its half-width form counted alike.
const fold = (s: string) =>
  s.replace(SPACES, '').replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** How a field's text differs from the truth's: missing, extra, spacing, punctuation… */
function howDiffers(got: string, want: string): string {
  if (got === '') return 'missing';
  if (want === '') return 'extra';
  if (got.replace(SPACES, '') === want.replace(SPACES, '')) return 'spacing_only';
  if (fold(got) === fold(want)) return 'punctuation_width';
  if (got.includes(want)) return 'has_extra_text';
  if (want.includes(got)) return 'lacks_text';
  return 'other_text';
}

function titleCategory(a: ArticleContent, t: ArticleTruth): string {
  const got = a.title.text;
  if (got === '') return 'title.missing';
  if (t.kicker && got === t.kicker) return 'title.kicker_taken_as_title';
  if (t.subtitle && got === t.subtitle) return 'title.deck_taken_as_title';
  if (t.section && got === t.section) return 'title.section_taken_as_title';
  if (got.replace(SPACES, '') === t.title.replace(SPACES, '')) return 'title.spacing_only';
  if (got.includes(t.title)) {
    if (t.subtitle && got.includes(t.subtitle)) return 'title.has_deck_line';
    if (t.kicker && got.includes(t.kicker)) return 'title.has_kicker_line';
    return 'title.has_extra_line';
  }
  if (t.title.includes(got)) return 'title.lacks_a_line';
  return 'title.other_text';
}

const SINGLE = ['section', 'kicker', 'subtitle', 'dateline', 'byline'] as const;
const LISTS = ['paragraphs', 'captions', 'notes'] as const;

function fieldCategories(a: ArticleContent, t: ArticleTruth): SegmentError[] {
  const out: SegmentError[] = [];
  for (const k of SINGLE) {
    const want = t[k] ?? '';
    if (a[k].text !== want)
      out.push({
        category: `field.${k}.${howDiffers(a[k].text, want)}`,
        detail: `${k}: ${JSON.stringify(a[k].text)} ≠ ${JSON.stringify(want)}`,
      });
  }
  for (const k of LISTS) {
    const got = a[k].map((f) => f.text);
    const want = t[k] ?? [];
    if (got.join('\n') === want.join('\n')) continue;
    let how: string;
    if (got.length !== want.length) {
      const joinedAlike = got.join('').replace(SPACES, '') === want.join('').replace(SPACES, '');
      how = `${got.length > want.length ? 'more' : 'fewer'}_entries${joinedAlike ? '_same_text' : ''}`;
    } else {
      const i = got.findIndex((g, j) => g !== want[j]);
      how = howDiffers(got[i], want[i]);
    }
    const i = got.findIndex((g, j) => g !== want[j]);
    out.push({
      category: `field.${k}.${how}`,
      detail: `${k}[${i}]: ${JSON.stringify(got[i] ?? null)} ≠ ${JSON.stringify(want[i] ?? null)}`,
    });
  }
  return out;
}

/** Every error on one page, truth article by truth article, then the spurious suggestions. */
export function segmentErrors(
  raw: string,
  suggested: readonly ArticleContent[],
  truth: PageTruth,
): SegmentError[] {
  const lines = raw.split('\n').map((l) => l.trim());
  const starts = lineStarts(raw);
  const truths = truthLines(lines, truth);
  const ranges = suggested.map((a) => suggestionLines(a, starts));
  const used = new Set<number>();
  const matched = new Set<number>();
  const out: SegmentError[] = [];
  for (const [ti, t] of truth.articles.entries()) {
    const range = truths[ti];
    const si = ranges.findIndex(
      (r, i) =>
        !used.has(i) &&
        r !== undefined &&
        range !== undefined &&
        r.first === range.first &&
        r.last === range.last,
    );
    const label = JSON.stringify(t.title);
    if (si === -1) {
      out.push({
        category: range ? missedCategory(lines, range, ti, truths, ranges) : 'missed.truth_lines_not_on_page',
        detail: `${label} (lines ${range ? `${range.first + 1}–${range.last + 1}` : '?'})`,
      });
      continue;
    }
    used.add(si);
    matched.add(ti);
    const a = suggested[si];
    if (a.title.text !== t.title)
      out.push({ category: titleCategory(a, t), detail: `${JSON.stringify(a.title.text)} ≠ ${label}` });
    for (const e of fieldCategories(a, t)) {
      if (!e.category.startsWith('field.title')) out.push({ ...e, detail: `${label} ${e.detail}` });
    }
  }
  for (const [si, r] of ranges.entries()) {
    if (used.has(si)) continue;
    out.push({
      category: spurious(r, truths, matched),
      detail: `${JSON.stringify(suggested[si].title.text)} (lines ${r ? `${r.first + 1}–${r.last + 1}` : '?'})`,
    });
  }
  return out;
}

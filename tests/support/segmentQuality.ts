// Scoring suggested articles against a fixture page's truth, article by article (test code,
// not core). An article is found when a suggestion has the same first and last raw line as
// the truth's `firstLine` / `lastLine`; each truth article is matched at most once. A found
// article's title is exact when its text equals the truth's; its fields are exact when every
// field (section, kicker, title, subtitle, dateline, byline, paragraphs, captions, notes) does.
import type { ArticleContent, Span } from '../../src/core/model';
import type { ArticleTruth, PageTruth } from '../fixtures';

export interface ArticleScore {
  /** Index of the truth article, or -1 for a suggestion that matches none. */
  truth: number;
  /** Index of the suggestion, or -1 for a truth article nobody found. */
  suggested: number;
  titleExact: boolean;
  fieldsExact: boolean;
  /** The fields that differ (found articles only), as `field: got ≠ want`. */
  differences: string[];
}

export interface PageScore {
  truthCount: number;
  suggestedCount: number;
  found: number;
  titlesExact: number;
  fieldsExact: number;
  articles: ArticleScore[];
}

export interface Quality {
  pages: number;
  truthCount: number;
  suggestedCount: number;
  found: number;
  /** Found / suggested. */
  precision: number;
  /** Found / truth. */
  recall: number;
  /** Truth articles found with their title exactly right / truth. */
  titlesExact: number;
  /** Truth articles found with every field exactly right / truth. */
  fieldsExact: number;
}

/** The trimmed raw line around offset `at`. */
function lineAt(raw: string, at: number): string {
  const start = raw.lastIndexOf('\n', at - 1) + 1;
  let end = raw.indexOf('\n', at);
  if (end === -1) end = raw.length;
  return raw.slice(start, end).trim();
}

/**
 * The first and last raw line a suggestion was read from: every field's spans but the section
 * label's (a label heads several articles; the truth counts it as none of their lines).
 */
export function rawExtent(
  a: ArticleContent,
  raw: string,
): { firstLine: string; lastLine: string } | undefined {
  const spans: Span[] = [
    a.kicker,
    a.title,
    a.subtitle,
    a.dateline,
    a.byline,
    ...a.paragraphs,
    ...a.captions,
    ...a.notes,
  ].flatMap((f) => f.spans.filter((s) => s.end > s.start));
  if (spans.length === 0) return undefined;
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { firstLine: lineAt(raw, start), lastLine: lineAt(raw, end - 1) };
}

const FIELDS = ['section', 'kicker', 'title', 'subtitle', 'dateline', 'byline'] as const;

/** The fields of a suggestion that differ from the truth, as `field: got ≠ want`. */
export function fieldDifferences(a: ArticleContent, t: ArticleTruth): string[] {
  const out: string[] = [];
  for (const k of FIELDS) {
    const want = t[k] ?? '';
    if (a[k].text !== want) out.push(`${k}: ${JSON.stringify(a[k].text)} ≠ ${JSON.stringify(want)}`);
  }
  const lists = [
    ['paragraphs', a.paragraphs, t.paragraphs],
    ['captions', a.captions, t.captions ?? []],
    ['notes', a.notes, t.notes ?? []],
  ] as const;
  for (const [k, got, want] of lists) {
    const texts = got.map((f) => f.text);
    if (texts.length !== want.length) {
      out.push(`${k}: ${texts.length} ≠ ${want.length} entries`);
    }
    for (let i = 0; i < Math.max(texts.length, want.length); i++) {
      if (texts[i] !== want[i])
        out.push(`${k}[${i}]: ${JSON.stringify(texts[i] ?? null)} ≠ ${JSON.stringify(want[i] ?? null)}`);
    }
  }
  return out;
}

/** Scores one page's suggestions against its truth. */
export function scorePage(raw: string, suggested: readonly ArticleContent[], truth: PageTruth): PageScore {
  const extents = suggested.map((a) => rawExtent(a, raw));
  const used = new Set<number>();
  const articles: ArticleScore[] = [];
  let found = 0;
  let titlesExact = 0;
  let fieldsExact = 0;
  for (const [ti, t] of truth.articles.entries()) {
    const si = extents.findIndex(
      (e, i) => !used.has(i) && e !== undefined && e.firstLine === t.firstLine && e.lastLine === t.lastLine,
    );
    if (si === -1) {
      articles.push({ truth: ti, suggested: -1, titleExact: false, fieldsExact: false, differences: [] });
      continue;
    }
    used.add(si);
    found++;
    const differences = fieldDifferences(suggested[si], t);
    const titleExact = suggested[si].title.text === t.title;
    if (titleExact) titlesExact++;
    if (differences.length === 0) fieldsExact++;
    articles.push({
      truth: ti,
      suggested: si,
      titleExact,
      fieldsExact: differences.length === 0,
      differences,
    });
  }
  for (let si = 0; si < suggested.length; si++) {
    if (!used.has(si))
      articles.push({ truth: -1, suggested: si, titleExact: false, fieldsExact: false, differences: [] });
  }
  return {
    truthCount: truth.articles.length,
    suggestedCount: suggested.length,
    found,
    titlesExact,
    fieldsExact,
    articles,
  };
}

/** The figures over several pages (articles pooled, not pages averaged). */
export function quality(scores: readonly PageScore[]): Quality {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const truthCount = sum((s) => s.truthCount);
  const suggestedCount = sum((s) => s.suggestedCount);
  const found = sum((s) => s.found);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    pages: scores.length,
    truthCount,
    suggestedCount,
    found,
    precision: ratio(found, suggestedCount),
    recall: ratio(found, truthCount),
    titlesExact: ratio(
      sum((s) => s.titlesExact),
      truthCount,
    ),
    fieldsExact: ratio(
      sum((s) => s.fieldsExact),
      truthCount,
    ),
  };
}

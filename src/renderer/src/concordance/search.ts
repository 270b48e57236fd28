// The concordance: every occurrence of a word or pattern in the corrected text of all
// articles, with its context, and the replacement of chosen occurrences. Plain text or a
// JavaScript regular expression (Unicode); compiled the same way as the user rules.

import type { PageArticles } from '../../../core/article';
import { replaceArticle, withField } from '../../../core/article';
import { ruleError, ruleRegExp } from '../../../core/clean';
import type { Article, FieldRef } from '../../../core/model';
import { fieldsOf, getField } from '../../../core/model';

export interface FindQuery {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

export interface Hit {
  /** Stable within one search: page, article, field and offset. */
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

export type Compiled = { ok: true; re: RegExp } | { ok: false; reason: string };

export function compileQuery(q: FindQuery): Compiled {
  const rule = { find: q.text, regex: q.regex, caseSensitive: q.caseSensitive };
  const problem = ruleError(rule);
  return problem ? { ok: false, reason: problem } : { ok: true, re: ruleRegExp(rule) };
}

const CONTEXT = 24;

export function refKey(ref: FieldRef): string {
  return 'index' in ref ? `${ref.kind}-${ref.index}` : ref.kind;
}

/** Every hit in a page's articles, in reading order. Stops adding once `limit` hits are found. */
export function findInArticles(pageId: string, articles: readonly Article[], re: RegExp, limit = Infinity, out: Hit[] = []): Hit[] {
  for (const a of [...articles].sort((x, y) => x.order - y.order)) {
    for (const [field, f] of fieldsOf(a)) {
      re.lastIndex = 0;
      for (let m = re.exec(f.text); m !== null; m = re.exec(f.text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        if (out.length >= limit) return out;
        const start = m.index;
        const end = start + m[0].length;
        out.push({
          key: `${pageId}/${a.id}/${refKey(field)}/${start}`,
          pageId,
          articleId: a.id,
          order: a.order,
          field,
          start,
          end,
          match: m[0],
          before: f.text.slice(Math.max(0, start - CONTEXT), start),
          after: f.text.slice(end, end + CONTEXT),
        });
      }
    }
  }
  return out;
}

/** `$&`, `$1`, `$<name>`, `$$`, `` $` `` and `$'` in a replacement, as String.prototype.replace reads them. */
export function expandReplacement(template: string, m: RegExpExecArray, text: string): string {
  return template.replace(/\$(\$|&|`|'|\d{1,2}|<([^>]*)>)/g, (all, what: string, name?: string) => {
    if (what === '$') return '$';
    if (what === '&') return m[0];
    if (what === '`') return text.slice(0, m.index);
    if (what === "'") return text.slice(m.index + m[0].length);
    if (name !== undefined) return m.groups?.[name] ?? (m.groups ? '' : all);
    const n = Number(what);
    if (n >= 1 && n < m.length) return m[n] ?? '';
    // `$12` with one group means `$1` then `2`.
    if (what.length === 2 && Number(what[0]) >= 1 && Number(what[0]) < m.length) return (m[Number(what[0])] ?? '') + what[1];
    return all;
  });
}

/** The text a hit becomes. Plain queries replace literally. */
export function replacementFor(hit: Hit, fieldText: string, re: RegExp, q: FindQuery, replacement: string): string | null {
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  sticky.lastIndex = hit.start;
  const m = sticky.exec(fieldText);
  if (!m || m[0] !== hit.match) return null;
  return q.regex ? expandReplacement(replacement, m, fieldText) : replacement;
}

export interface ReplaceResult {
  state: PageArticles;
  replaced: number;
  /** Hits whose text changed since the search (typed over, or already replaced). */
  skipped: number;
}

/** Replaces the chosen hits of one page; hits that no longer match where they were are left alone. */
export function replaceHits(
  state: PageArticles,
  hits: readonly Hit[],
  re: RegExp,
  q: FindQuery,
  replacement: string,
  now: number,
): ReplaceResult {
  const byField = new Map<string, Hit[]>();
  for (const h of hits) {
    const k = `${h.articleId}/${refKey(h.field)}`;
    byField.set(k, [...(byField.get(k) ?? []), h]);
  }
  let next = state;
  let replaced = 0;
  let skipped = 0;
  for (const group of byField.values()) {
    const { articleId, field } = group[0];
    const article = next.articles.find((a) => a.id === articleId);
    const f = article && getField(article, field);
    if (!article || !f) {
      skipped += group.length;
      continue;
    }
    let text = f.text;
    // From the end, so earlier offsets stay valid.
    for (const h of [...group].sort((a, b) => b.start - a.start)) {
      const r = replacementFor(h, f.text, re, q, replacement);
      if (r === null) {
        skipped++;
        continue;
      }
      text = text.slice(0, h.start) + r + text.slice(h.end);
      replaced++;
    }
    if (text !== f.text) next = replaceArticle(next, { ...withField(article, field, { ...f, text }), updatedAt: now });
  }
  return { state: next, replaced, skipped };
}

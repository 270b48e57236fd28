// What a cleanup would do, before it is done: the transforms (and, optionally, moving
// printed parts such as the dateline out of the body) applied to one field, one article,
// or every article of a page. Pure, so the preview and the apply compute the same thing.
// Only field text changes (and moved text takes its raw spans along): provenance stays.

import type { PageArticles } from '../../../core/article';
import { equal, findArticle, replaceArticle, sameRef, withField } from '../../../core/article';
import { applyTransforms, extractParts, type FieldReport, type Transform } from '../../../core/clean';
import { charDiff, type DiffChunk } from '../../../core/diff';
import type { Article, ArticleContent, FieldKind, FieldRef } from '../../../core/model';
import { fieldsOf, getField } from '../../../core/model';

export type Scope = 'field' | 'article' | 'page' | 'corpus';

export interface CleanupChoice {
  transforms: readonly Transform[];
  /** Move dateline, byline, captions and continuation marks out of the body first. */
  extract: boolean;
}

/** Where a cleanup applies inside a page: everything, one article, or one field of it. */
export interface PageTarget {
  articleId?: string | undefined;
  field?: FieldRef | undefined;
}

export interface ArticleChange {
  articleId: string;
  before: Article;
  after: Article;
  reports: FieldReport[];
}

function contentOf(a: Article): ArticleContent {
  const { section, kicker, title, subtitle, dateline, byline, paragraphs, captions, notes } = a;
  return { section, kicker, title, subtitle, dateline, byline, paragraphs, captions, notes };
}

function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  const fa = [...fieldsOf(a)];
  const fb = [...fieldsOf(b)];
  return (
    fa.length === fb.length &&
    fa.every(
      ([ref, f], i) => sameRef(ref, fb[i][0]) && f.text === fb[i][1].text && equal(f.spans, fb[i][1].spans),
    )
  );
}

/** One article cleaned; the same object back when nothing changes. */
export function cleanArticle(
  article: Article,
  raw: string,
  choice: CleanupChoice,
  field?: FieldRef,
): ArticleChange | null {
  if (field) {
    const f = getField(article, field);
    if (!f) return null;
    // One field alone: transforms only (moving parts between fields needs the whole article).
    const single = { ...contentOf(article), paragraphs: [], captions: [], notes: [] } as ArticleContent;
    const probe = 'index' in field ? { ...single, [`${field.kind}s`]: [f] } : { ...single, [field.kind]: f };
    const r = applyTransforms(choice.transforms, probe);
    const ref: FieldRef = 'index' in field ? { kind: field.kind, index: 0 } : field;
    const cleaned = getField(r.content, ref)!;
    if (cleaned.text === f.text) return null;
    const after = { ...withField(article, field, cleaned) };
    return {
      articleId: article.id,
      before: article,
      after,
      reports: r.reports.map((x) => ({ ...x, field })),
    };
  }
  const start = contentOf(article);
  const extracted = choice.extract ? extractParts(start, raw) : start;
  const { content, reports } = applyTransforms(choice.transforms, extracted);
  if (sameContent(content, start)) return null;
  return { articleId: article.id, before: article, after: { ...article, ...content }, reports };
}

/** A page's articles cleaned (all of them, or the target's); the same state back when nothing changes. */
export function cleanPage(
  state: PageArticles,
  raw: string,
  choice: CleanupChoice,
  target: PageTarget = {},
): { state: PageArticles; changes: ArticleChange[] } {
  const articles = target.articleId
    ? [findArticle(state, target.articleId)].filter((a): a is Article => !!a)
    : state.articles;
  const changes: ArticleChange[] = [];
  let next = state;
  for (const a of articles) {
    const c = cleanArticle(a, raw, choice, target.field);
    if (!c) continue;
    changes.push(c);
    next = replaceArticle(next, c.after);
  }
  return { state: next, changes };
}

/** The article as text for the preview: one line per field, each with its label. */
export function articleText(a: ArticleContent, label: (kind: FieldKind) => string): string {
  const lines: string[] = [];
  for (const [ref, f] of fieldsOf(a))
    if (f.text !== '' || f.spans.length > 0) lines.push(`${label(ref.kind)} ${f.text}`);
  return lines.join('\n');
}

/** The character diff the preview shows for one changed article. */
export function changeDiff(change: ArticleChange, label: (kind: FieldKind) => string): DiffChunk[] {
  return charDiff(articleText(change.before, label), articleText(change.after, label));
}

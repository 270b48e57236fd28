// checkPage's problems (src/core/article/check.ts) in the archivist's language: owners
// named as the article form names them ("Article 2 · Paragraph 3"), raw text quoted.

import type { TFunction } from 'i18next';
import type { Owner, PageProblem } from '../../../core/article';
import type { Article, Span } from '../../../core/model';
import type { Problem } from '../../../core/problems';
import { fieldLabel } from '../common/fieldLabel';

const PAGE_CODES = new Set<string>([
  'span.out-of-range',
  'span.unsorted',
  'span.shared',
  'text.orphan',
  'text.duplicate',
  'article.order',
] satisfies PageProblem['code'][]);

export function isPageProblem(p: Problem): p is PageProblem {
  return PAGE_CODES.has(p.code);
}

/** What a page problem is worded against: its raw text and its articles (for numbers and titles). */
export interface PageContext {
  raw: string;
  articles: readonly Article[];
}

const QUOTE_MAX = 40;

function quote(raw: string, spans: readonly Span[]): string {
  const text = spans
    .map((s) => raw.slice(s.start, s.end))
    .join('…')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

export function ownerText(t: TFunction, owner: Owner, articles: readonly Article[]): string {
  if (owner.kind === 'furniture') return t('problem.page.furniture');
  const a = articles.find((x) => x.id === owner.articleId);
  const name = a ? t('articles.articleN', { n: a.order + 1 }) : owner.articleId;
  const title = a?.title.text.trim();
  return `${name}${title ? ` “${title.length > 20 ? `${title.slice(0, 19)}…` : title}”` : ''} · ${fieldLabel(t, owner.field)}`;
}

export function pageProblemText(t: TFunction, p: PageProblem, ctx: PageContext): string {
  const owner = (o: Owner) => ownerText(t, o, ctx.articles);
  switch (p.code) {
    case 'span.out-of-range':
      return t('problem.page.outOfRange', {
        owner: owner(p.owner),
        start: p.span.start,
        end: p.span.end,
        length: p.length,
      });
    case 'span.unsorted':
      return t('problem.page.unsorted', { owner: owner(p.owner) });
    case 'span.shared':
      return t('problem.page.shared', {
        owner: owner(p.owner),
        other: owner(p.other),
        raw: quote(ctx.raw, p.spans),
      });
    case 'text.orphan':
      return t('problem.page.orphan', {
        owner: owner({ kind: 'field', articleId: p.articleId, field: p.field }),
        raw: quote(ctx.raw, [p.raw]),
      });
    case 'text.duplicate':
      return t('problem.page.duplicate', {
        owner: owner({ kind: 'field', articleId: p.articleId, field: p.field }),
        other: owner(p.other),
        raw: quote(ctx.raw, [p.raw]),
      });
    case 'article.order': {
      const a = ctx.articles.find((x) => x.id === p.articleId);
      return t('problem.page.order', {
        owner: a ? t('articles.articleN', { n: p.index + 1 }) : p.articleId,
        order: p.order + 1,
        index: p.index + 1,
      });
    }
  }
}

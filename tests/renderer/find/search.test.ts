import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import type { PageArticles } from '../../../src/core/article';
import type { Article } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import {
  compileQuery,
  findInArticles,
  replaceHits,
  type FindQuery,
} from '../../../src/renderer/src/find/search';

function article(id: string, order: number, paragraphs: string[], title = ''): Article {
  return {
    ...emptyContent(),
    id,
    pageId: 'p',
    order,
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    title: { text: title, spans: [{ start: 0, end: 3 }] },
    paragraphs: paragraphs.map((text, i) => ({ text, spans: [{ start: 10 * i, end: 10 * i + 5 }] })),
  };
}

const state: PageArticles = {
  pageId: 'p',
  furniture: [],
  articles: [
    article('a', 0, ['工作己经完成，任务己落实。', '无关段落'], '己经启动'),
    article('b', 1, ['他己到达。']),
  ],
};
const plain: FindQuery = { text: '己', regex: false, caseSensitive: true };

function search(q: FindQuery) {
  return findInArticles(state.articles, q);
}

describe('concordance', () => {
  it('finds every hit with its article, field and context, in reading order', () => {
    const { hits } = search(plain);
    expect(hits.map((h) => [h.articleId, h.field.kind, h.start])).toEqual([
      ['a', 'title', 0],
      ['a', 'paragraph', 2],
      ['a', 'paragraph', 9],
      ['b', 'paragraph', 1],
    ]);
    expect(hits[1].before).toBe('工作');
    expect(hits[1].after).toBe('经完成，任务己落实。');
  });

  it('replaces only the chosen hits and keeps spans as provenance', () => {
    const { hits } = search(plain);
    const chosen = hits.filter((h) => h.field.kind === 'paragraph');
    const r = replaceHits(state, chosen, plain, '已', 5);
    expect(r.replaced).toBe(3);
    expect(r.state.articles[0].title.text).toBe('己经启动');
    expect(r.state.articles[0].paragraphs[0].text).toBe('工作已经完成，任务已落实。');
    expect(r.state.articles[0].paragraphs[0].spans).toBe(state.articles[0].paragraphs[0].spans);
    expect(r.state.articles[0].paragraphs[1]).toBe(state.articles[0].paragraphs[1]);
    expect(r.state.articles[1].paragraphs[0].text).toBe('他已到达。');
  });

  it('leaves a hit alone when its text changed after the search', () => {
    const { hits } = search(plain);
    const edited: PageArticles = {
      ...state,
      articles: [
        state.articles[0],
        { ...state.articles[1], paragraphs: [{ text: '他已到达。', spans: [] }] },
      ],
    };
    const r = replaceHits(edited, hits, plain, '已', 5);
    expect(r.replaced).toBe(3);
    expect(r.skipped).toBe(1);
  });

  it('uses capture groups in regex replacements and treats $ literally in plain ones', () => {
    const q: FindQuery = { text: '(工作)己(经)', regex: true, caseSensitive: true };
    const { hits } = search(q);
    const r = replaceHits(state, hits, q, '$1已$2', 1);
    expect(r.state.articles[0].paragraphs[0].text).toBe('工作已经完成，任务己落实。');
    const dollars = replaceHits(state, search(plain).hits.slice(0, 1), plain, '$1', 1);
    expect(dollars.state.articles[0].title.text).toBe('$1经启动');
  });

  it('refuses a bad regular expression and one that matches empty text, with the reason', () => {
    const bad = compileQuery({ text: '(己', regex: true, caseSensitive: true });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(problemMessage(bad.problem)).toMatch(/invalid regular expression/);
    const empty = compileQuery({ text: 'x*', regex: true, caseSensitive: true });
    expect(empty.ok).toBe(false);
  });
});

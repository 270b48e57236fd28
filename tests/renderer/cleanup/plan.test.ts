import { describe, expect, it } from 'vitest';
import type { PageArticles } from '../../../src/core/article';
import { TRANSFORMS } from '../../../src/core/clean';
import type { Article, Span } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import { articleText, changeDiff, cleanPage } from '../../../src/renderer/src/cleanup/plan';

// A raw page as OCR left it: half-width punctuation and a stray space in Chinese text.
const raw = '本报讯 7月22日,经开区财政局召开专题会,听取工作 汇报。\n记者 鲁慧\n';
const bodySpan: Span = { start: 0, end: raw.indexOf('\n') };
const bylineStart = raw.indexOf('记者');

function article(id: string, order: number): Article {
  return {
    ...emptyContent(),
    id,
    pageId: 'p',
    order,
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    title: { text: '召开专题会', spans: [] },
    paragraphs: [
      { text: raw.slice(bodySpan.start, bodySpan.end), spans: [bodySpan] },
      { text: '记者 鲁慧', spans: [{ start: bylineStart, end: bylineStart + 5 }] },
    ],
  };
}
const state: PageArticles = { pageId: 'p', articles: [article('a', 0), article('b', 1)], furniture: [] };
const all = { transforms: TRANSFORMS, extract: true };
const label = (k: string) => `[${k}]`;

describe('cleanup plan', () => {
  it('cleans text and moves dateline and byline to their fields, keeping every raw span', () => {
    const r = cleanPage(state, raw, all);
    expect(r.changes).toHaveLength(2);
    const a = r.state.articles[0];
    expect(a.dateline.text).toBe('本报讯');
    expect(a.byline.text).toBe('记者 鲁慧');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['7月22日，经开区财政局召开专题会，听取工作汇报。']);
    // Provenance: the raw text the fields point at is the raw text the article had.
    const before = [...state.articles[0].paragraphs.flatMap((p) => p.spans)]
      .map((s) => raw.slice(s.start, s.end).replace(/\s/g, ''))
      .join('');
    const after = [a.dateline, ...a.paragraphs, a.byline]
      .flatMap((f) => f.spans)
      .map((s) => raw.slice(s.start, s.end).replace(/\s/g, ''))
      .join('');
    expect(after).toBe(before);
  });

  it('limits itself to one article, or one field, and leaves the rest as they were', () => {
    const one = cleanPage(state, raw, all, { articleId: 'b' });
    expect(one.changes.map((c) => c.articleId)).toEqual(['b']);
    expect(one.state.articles[0]).toBe(state.articles[0]);

    const field = cleanPage(state, raw, all, { articleId: 'a', field: { kind: 'paragraph', index: 0 } });
    const a = field.state.articles[0];
    // Only the transforms run on a single field: the dateline stays in it, the commas widen.
    expect(a.paragraphs[0].text).toMatch(/^本报讯 7月22日，经开区财政局召开专题会，/);
    expect(a.paragraphs[0].spans).toBe(state.articles[0].paragraphs[0].spans);
    expect(a.paragraphs[1]).toBe(state.articles[0].paragraphs[1]);
    expect(a.dateline.text).toBe('');
  });

  it('changes nothing the second time (the transforms are idempotent)', () => {
    const once = cleanPage(state, raw, all).state;
    const twice = cleanPage(once, raw, all);
    expect(twice.changes).toHaveLength(0);
    expect(twice.state).toBe(once);
  });

  it('previews a change as a character diff of the article, field by field', () => {
    const [change] = cleanPage(
      state,
      raw,
      { transforms: TRANSFORMS, extract: false },
      { articleId: 'a' },
    ).changes;
    const chunks = changeDiff(change, label);
    expect(chunks.filter((c) => c.op === 'delete').map((c) => c.text)).toContain(',');
    expect(
      chunks
        .filter((c) => c.op === 'insert')
        .map((c) => c.text)
        .join(''),
    ).toContain('，');
    // Applying the diff's inserts and keeping its equal parts gives the cleaned article.
    const rebuilt = chunks
      .filter((c) => c.op !== 'delete')
      .map((c) => c.text)
      .join('');
    expect(rebuilt).toBe(articleText(change.after, label));
  });
});

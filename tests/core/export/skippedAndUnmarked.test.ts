// What an export leaves out is named (pages without articles in the scope), and the text
// nobody marked can go into a page's full text on request instead of vanishing.
import { describe, expect, it } from 'vitest';
import { exportProject, pagesWithoutArticles } from '../../../src/core/export/exportProject';
import type { ExportOptions, ProjectSnapshot } from '../../../src/core/export/snapshot';
import { article, page, spanOf } from './fixtures';

const RAW = [
  '区财政局',
  '（',
  '工作己完成。',
  '广告：本店大促销',
  '页眉 第三版',
  '记者 王赛华',
  '无人标注的一段。',
].join('\n');

function snapshot(): ProjectSnapshot {
  const p = { ...page('p1', '1949/p1.txt', RAW), furniture: [spanOf(RAW, '页眉 第三版')] };
  const a = article('p1', 0, {
    title: { text: '区财政局', spans: [spanOf(RAW, '区财政局')] },
    paragraphs: [{ text: '工作己完成。', spans: [spanOf(RAW, '工作己完成。')] }],
  });
  const b = article('p1', 1, {
    status: 'reviewed',
    byline: { text: '记者 王赛华', spans: [spanOf(RAW, '记者 王赛华')] },
  });
  return {
    pages: [
      { page: p, raw: RAW, articles: [a, b] },
      { page: page('p2', '1949/p2.txt', '空白页'), raw: '空白页', articles: [] },
      { page: page('p10', '1949/p10.txt', '只有草稿'), raw: '只有草稿', articles: [article('p10', 0, {})] },
    ],
  };
}

const options = (over: Partial<ExportOptions> = {}): ExportOptions => ({
  scope: { pages: 'all', reviewedOnly: false },
  formats: ['txt'],
  ...over,
});
const pageText = (o: ExportOptions): string =>
  exportProject(snapshot(), o).find((f) => f.path === '1949/p1/p1.txt')!.data as string;

describe('what an export leaves out', () => {
  it('names the pages it skips for having no articles, and only those in the scope', () => {
    expect(pagesWithoutArticles(snapshot(), options().scope)).toEqual(['1949/p2.txt']);
    // Reviewed only: a page of drafts has nothing to export either.
    expect(pagesWithoutArticles(snapshot(), { pages: 'all', reviewedOnly: true })).toEqual([
      '1949/p10.txt',
      '1949/p2.txt',
    ]);
    expect(pagesWithoutArticles(snapshot(), { pages: ['p1', 'p10'], reviewedOnly: false })).toEqual([]);
  });

  it('leaves unmarked text out of the page text by default', () => {
    const txt = pageText(options());
    expect(txt).not.toContain('广告');
    expect(txt).not.toContain('无人标注');
  });

  it('adds unmarked text where it stands on the page, between the articles, when asked; never furniture or a stray bracket', () => {
    const txt = pageText(options({ includeUnmarked: true }));
    // The advertisement printed between the two articles is read between them; the
    // paragraph after the last one closes the page.
    expect(txt).toBe(
      '区财政局\n\n工作己完成。\n\n\n广告：本店大促销\n\n\n记者 王赛华\n\n\n无人标注的一段。\n',
    );
    expect(txt).not.toContain('页眉');
    expect(txt).not.toContain('（');
  });

  it('puts unmarked text above the page’s first article, and leaves typed-in articles where they are', () => {
    const raw = '无人标注的导语。\n正文第一段。\n中间漏标的一段。\n正文第二段。';
    const body = article('p1', 0, {
      title: { text: '补打的标题', spans: [] },
      paragraphs: [{ text: '正文第一段。', spans: [spanOf(raw, '正文第一段。')] }],
    });
    const typed = article('p1', 1, { title: { text: '手工录入的短讯', spans: [] } });
    const last = article('p1', 2, {
      paragraphs: [{ text: '正文第二段。', spans: [spanOf(raw, '正文第二段。')] }],
    });
    const files = exportProject(
      { pages: [{ page: page('p1', 'p1.txt', raw), raw, articles: [body, typed, last] }] },
      options({ includeUnmarked: true }),
    );
    expect(files.find((f) => f.path === 'p1/p1.txt')?.data).toBe(
      '无人标注的导语。\n\n\n补打的标题\n\n正文第一段。\n\n\n手工录入的短讯\n\n\n中间漏标的一段。\n\n\n正文第二段。\n',
    );
  });

  it('counts text as marked when any article claims it, even one outside a reviewed-only scope', () => {
    const txt = pageText(options({ includeUnmarked: true, scope: { pages: 'all', reviewedOnly: true } }));
    expect(txt).not.toContain('区财政局');
    expect(txt).toContain('记者 王赛华');
    expect(txt).toContain('无人标注的一段。');
  });
});

import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import {
  applyReplacements,
  articleTargets,
  findAll,
  hitId,
  replaceHits,
  type FindTarget,
} from '../../../src/core/find';
import { emptyContent, type ArticleContent } from '../../../src/core/model';

const plain = (pattern: string) => ({ pattern, regex: false, caseSensitive: true });
const regex = (pattern: string) => ({ pattern, regex: true, caseSensitive: true });

const targets: FindTarget<string>[] = [
  { address: 'p1', key: 'p1', text: '截至目前己完成544条，完成率100％。工作己经部署。' },
  { address: 'p2', key: 'p2', text: '会议强调，要聚焦突出问题。' },
  { address: 'p3', key: 'p3', text: '自己的事己办完。' },
];

describe('findAll', () => {
  it('finds every hit with its place and context', () => {
    const { hits } = findAll(targets, plain('己'), { context: 4 });
    expect(hits.map((h) => [h.key, h.start, h.before, h.match, h.after])).toEqual([
      ['p1', 4, '截至目前', '己', '完成54'],
      ['p1', 22, '％。工作', '己', '经部署。'],
      ['p3', 1, '自', '己', '的事己办'],
      ['p3', 4, '自己的事', '己', '办完。'],
    ]);
  });

  it('treats a plain pattern literally and a regex as a regex', () => {
    expect(findAll(targets, plain('100％。')).hits).toHaveLength(1);
    expect(findAll(targets, plain('.')).hits).toHaveLength(0);
    expect(findAll(targets, regex('(?<!自)己(?=[经完办])')).hits.map((h) => h.start)).toEqual([4, 22, 4]);
  });

  it('reports a bad regex instead of throwing', () => {
    const result = findAll(targets, regex('([己'));
    expect(result.hits).toEqual([]);
    expect(problemMessage(result.error!)).toMatch(/invalid regular expression/);
    expect(problemMessage(findAll(targets, regex('x*')).error!)).toMatch(/empty/);
  });

  it('stops at a limit and says so', () => {
    const result = findAll(targets, plain('己'), { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.truncated).toBe(true);
  });

  it('previews the replacement of each hit, with regex groups', () => {
    const { hits } = findAll(targets, regex('己(经|完)'), { replacement: '已$1' });
    expect(hits.map((h) => h.replacement)).toEqual(['已完', '已经']);
  });
});

describe('replaceHits', () => {
  it('replaces all hits, returning only the texts that changed', () => {
    const { changes, count } = replaceHits(targets, regex('(?<!自)己'), '已');
    expect(count).toBe(3);
    expect(changes.map((c) => [c.key, c.after])).toEqual([
      ['p1', '截至目前已完成544条，完成率100％。工作已经部署。'],
      ['p3', '自己的事已办完。'],
    ]);
  });

  it('replaces only the chosen hits', () => {
    const { hits } = findAll(targets, plain('己'));
    const chosen = new Set([hitId(hits[1])]);
    const { changes } = replaceHits(targets, plain('己'), '已', chosen);
    expect(changes.map((c) => c.after)).toEqual(['截至目前己完成544条，完成率100％。工作已经部署。']);
  });

  it('inserts a plain replacement literally', () => {
    const { changes } = replaceHits(
      [{ address: 'a', key: 'a', text: '百分之百' }],
      plain('百分之百'),
      '$&100%',
    );
    expect(changes[0].after).toBe('$&100%');
  });
});

describe('articles as targets', () => {
  const article: ArticleContent & { id: string; pageId: string } = {
    ...emptyContent(),
    id: 'a1',
    pageId: 'page-1',
    title: { text: '工作己经部署', spans: [{ start: 0, end: 6 }] },
    paragraphs: [
      { text: '会议强调。', spans: [{ start: 10, end: 15 }] },
      { text: '问题己解决。', spans: [{ start: 20, end: 26 }] },
    ],
  };

  it('searches every field and writes replacements back without touching spans', () => {
    const found = findAll(articleTargets([article]), plain('己'));
    expect(found.hits.map((h) => h.key)).toEqual(['page-1/a1/title', 'page-1/a1/paragraph/1']);
    const { changes } = replaceHits(articleTargets([article]), plain('己'), '已');
    const next = applyReplacements(article, changes);
    expect(next.title).toEqual({ text: '工作已经部署', spans: [{ start: 0, end: 6 }] });
    expect(next.paragraphs[1]).toEqual({ text: '问题已解决。', spans: [{ start: 20, end: 26 }] });
    expect(next.paragraphs[0]).toBe(article.paragraphs[0]);
    expect(article.title.text).toBe('工作己经部署');
  });
});

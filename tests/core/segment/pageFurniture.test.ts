// Page furniture other papers print: a banner with the date and the page but no weekday, a page
// number alone (`- 3 -`, `3`, `第3版`), and the editors' line in short (`责编`, `美编`). None of it
// is an article's text: not a subtitle under the first title, not a paragraph of the last story.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

/** Every text an article holds, field by field. */
function allText(raw: string): string[] {
  return suggestArticles(raw).flatMap((a) => [
    a.section.text,
    a.kicker.text,
    a.title.text,
    a.subtitle.text,
    a.byline.text,
    ...texts(a.paragraphs),
    ...texts(a.captions),
  ]);
}

const story = [
  '区城管局',
  '夜市整治还路于民',
  '',
  '本报讯（记者 温可欣）11月6日晚，区城管局对杏园路夜市开展集中整治，清理占道摊点 36 处。',
];
const second = ['# 冬修水利正当时', '', '本报讯 入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。'];

describe('a banner with the paper’s date', () => {
  it.each([
    '青河区新闻\u30002024年11月8日\u3000第3版\u3000要闻',
    '2024年11月8日 第3版',
    '第3版 2024年11月8日',
    '青河时报 2024年11月8日 星期五',
  ])('%s is furniture, not the first story’s subtitle', (banner) => {
    const raw = page(banner, '', ...story);
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('区城管局');
    expect(a.title.text).toBe('夜市整治还路于民');
    expect(a.subtitle.text).toBe('');
    expect(allText(raw).join('\n')).not.toContain('2024年11月8日');
  });
});

describe('a page number alone', () => {
  it.each(['- 3 -', '—3—', '3', '第3版', 'A3'])('%s between two stories belongs to neither', (folio) => {
    const raw = page(...story, '', folio, '', ...second);
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual(['夜市整治还路于民', '冬修水利正当时']);
    expect(texts(articles[0].paragraphs)).toEqual([
      '11月6日晚，区城管局对杏园路夜市开展集中整治，清理占道摊点 36 处。',
    ]);
  });

  it('between dashes is furniture inside a block of column lines too', () => {
    const raw = page(
      '# 冬修水利正当时',
      '本报讯 入冬以来，石桥镇组织群众清',
      '淤疏渠，修复灌溉渠道 12 公里。',
      '- 3 -',
    );
    expect(texts(suggestArticles(raw)[0].paragraphs)).toEqual([
      '入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。',
    ]);
  });
});

describe('the editors’ line', () => {
  it.each([
    '责编：林一帆\u3000美编：许朵\u3000校对：陈默',
    '责编 林一帆',
    '美编 许朵',
    '值班编辑 王力 审读 陈默',
  ])('%s at the foot is no paragraph of the last story', (editors) => {
    const raw = page(...second, '', editors);
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual(['入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。']);
    expect(a.byline.text).toBe('');
  });
});

describe('text that only looks like furniture', () => {
  it('a sentence naming an editor and a date stays text', () => {
    const raw = page('# 冬修水利正当时', '', '责编林一帆说，2024年11月8日第3版将刊发专题报道。');
    expect(texts(suggestArticles(raw)[0].paragraphs)).toEqual([
      '责编林一帆说，2024年11月8日第3版将刊发专题报道。',
    ]);
  });
});

describe('the paper’s name over its date line, a blank line between', () => {
  it.each(['# 青河区新闻', '青河时报'])('%s is the banner, not a story', (name) => {
    const raw = page(name, '', '2025年3月14日 星期五 第2版', '', ...second);
    expect(suggestArticles(raw).map((a) => a.title.text)).toEqual(['冬修水利正当时']);
  });

  it('a label over a story is no paper’s name', () => {
    const raw = page('# 城区要闻', '', ...second);
    expect(suggestArticles(raw)[0].section.text).toBe('城区要闻');
  });
});

describe('a page number beside the banner’s date line, no blank line between', () => {
  it('is the banner’s, not the first line of the next title', () => {
    const raw = page(
      '本报讯 入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。',
      '2024年6月12日 星期三',
      '3',
      '全区秋粮收储进度过半',
      '本报讯 截至目前，全区已收储秋粮 3.2 万吨。',
    );
    expect(suggestArticles(raw).map((a) => a.title.text)).toContain('全区秋粮收储进度过半');
    expect(allText(raw)).not.toContain('3');
    expect(allText(raw).join('')).not.toMatch(/^3全区/u);
  });
});

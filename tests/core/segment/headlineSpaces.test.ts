// A suggested kicker, title and subtitle are spaced as `clean` spaces the headline's line: a space
// between two halves of four characters or more stays, one the OCR left inside a word goes, and
// the spaces beside a number or a Latin word inside a half are kept as printed (a half runs from
// one space between Chinese characters to the next; a comma grouping digits parts no clause).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
/** The cleaned page's paragraphs, heading marks taken off. */
const cleanedLines = (raw: string) =>
  cleanText(raw)
    .text.split(/\n\s*\n/)
    .map((p) => p.replace(/^#+\s*/u, '').trim());

const BODY = '本报讯 11月6日晚，区城管局对杏园路夜市开展集中整治，清理占道摊点 36 处。';

describe.each([
  ['a word the OCR cut', '夜市 整治还路于民', '夜市整治还路于民'],
  ['two halves', '夜市整治 还路于民', '夜市整治 还路于民'],
  ['halves set apart by a full-width space', '夜市整治\u3000还路于民', '夜市整治 还路于民'],
  [
    'a grouped number inside a half',
    '春风送岗进园区 3,600个岗位虚位以待',
    '春风送岗进园区 3,600个岗位虚位以待',
  ],
  ['a spaced number inside a half', '全区 42 个重点项目 集中开工', '全区 42 个重点项目 集中开工'],
])('a title with %s', (_, printed, expected) => {
  const raw = page('# ' + printed, '', BODY);

  it(`is suggested as ${expected}`, () => {
    expect(suggestArticles(raw)[0].title.text).toBe(expected);
  });

  it('reads as clean prints its line', () => {
    const cleaned = cleanedLines(raw)[0];
    expect(cleaned.replace(/\u3000/gu, ' ')).toBe(expected);
  });
});

describe('the other headline lines', () => {
  const raw = page('## 城管 执法', '# 夜市整治还路于民', '### 产量 2,996 亿斤 比上年增长 2.5%', '', BODY);

  it('a kicker loses the space the OCR set inside it', () => {
    expect(suggestArticles(raw)[0].kicker.text).toBe('城管执法');
  });

  it('a subtitle keeps its halves and the spaces around its figures', () => {
    expect(suggestArticles(raw)[0].subtitle.text).toBe('产量 2,996 亿斤 比上年增长 2.5%');
  });

  it('both read as clean prints them', () => {
    const cleaned = cleanedLines(raw);
    expect(cleaned).toContain('城管执法');
    expect(cleaned).toContain('产量 2,996 亿斤 比上年增长 2.5%');
  });
});

describe('a byline is no headline', () => {
  it('keeps the spaces between its names', () => {
    const [a] = suggestArticles(page('# 夜市整治还路于民', '', BODY, '', '记者 王力 通讯员 陈默'));
    expect(a.byline.text).toBe('记者 王力 通讯员 陈默');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, splitParagraphs } from '../../../src/core/clean/joinLines';
import { fixturePages, fixtureText } from '../../fixtures';

/** The pages set in column lines, broken every dozen characters or so. */
const columnPages = fixturePages().filter((p) => p.truth.shows.includes('column-breaks'));

describe('joinLines', () => {
  it.each([
    // page-001: a column broken every 13 characters
    [
      '制订《经开区关于开好特大暴雨灾\n害追责问责案件以案促改专题民\n主生活会的方案》',
      '制订《经开区关于开好特大暴雨灾害追责问责案件以案促改专题民主生活会的方案》',
    ],
    // a number at the line end joins its measure word without a space
    ['征\n集对区党工委的意见建议 673\n条。', '征集对区党工委的意见建议 673条。'],
    // a number broken at its point or its comma is one number
    ['全镇 2.\n6 万亩小麦', '全镇 2.6 万亩小麦'],
    ['面积 3,\n200 亩', '面积 3,200 亩'],
    // a curly quote at the start of the next line
    [
      '带动各级党员领导干部时刻保持对\n“腐蚀”“围猎”的高度警觉',
      '带动各级党员领导干部时刻保持对“腐蚀”“围猎”的高度警觉',
    ],
    // Latin words: one space
    ['Galley joins the\nlines of a column', 'Galley joins the lines of a column'],
    // hyphenated Latin word rejoined; a real hyphen before a capital kept
    ['an inter-\nnational archive', 'an international archive'],
    ['the Sino-\nBritish treaty', 'the Sino-British treaty'],
    // mixed: Latin next to CJK joins without space
    ['使用OCR\n识别', '使用OCR识别'],
    // blank lines (one or several, whitespace-only too) become one paragraph break
    ['第一段。\n\n\n  \n第二段。', '第一段。\n\n第二段。'],
    // a markdown hard break (trailing spaces) is a real gap: page-000's closing byline
    ['记者 鲁慧  \n通讯员 郭玉洁', '记者 鲁慧 通讯员 郭玉洁'],
    // edges trimmed: page-001 starts with a space
    [' 紧抓能力作风建设 全面提升工作质效\n\n', '紧抓能力作风建设 全面提升工作质效'],
    ['', ''],
  ])('%j → %j', (raw, joined) => {
    expect(joinLines(raw)).toBe(joined);
  });

  it('there are column-broken fixture pages to join', () => {
    expect(columnPages.map((p) => p.name)).toEqual(
      expect.arrayContaining(['01-flood-drill.txt', '04-rural-revival.txt', '12-waste-sorting.txt']),
    );
  });

  it.each(columnPages.map((p) => [p.name, p.raw]))(
    'keeps every non-space character of %s in order',
    (_name, raw) => {
      const strip = (s: string) => s.replace(/\s+/g, '');
      expect(strip(joinLines(raw))).toBe(strip(raw));
    },
  );

  it.each(columnPages.map((p) => [p.name, p.raw]))(
    'leaves no single line breaks in %s, only paragraph breaks',
    (_name, raw) => {
      const joined = joinLines(raw);
      expect(joined).not.toMatch(/[^\n]\n[^\n]/);
      expect(joined).not.toMatch(/\n{3,}/);
    },
  );

  it('joins the lines of a column without a space between CJK characters (01-flood-drill)', () => {
    const joined = joinLines(fixtureText('01-flood-drill'));
    expect(joined).toContain(
      '入汛以来，区应急管理局坚持“防大汛、抗大洪、抢大险”的工作思路，提前部署、压实责任，',
    );
    // A line ending in a number joins its measure word on the next line.
    expect(joined).toContain('已整改 41 处');
  });

  it('is idempotent', () => {
    for (const p of fixturePages()) expect(joinLines(joinLines(p.raw)), p.name).toBe(joinLines(p.raw));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('中', '文', 'a', 'b', '-', ' ', '\n', '\t', '。', '1', '“') }),
        (s) => {
          const once = joinLines(s);
          expect(joinLines(once)).toBe(once);
        },
      ),
    );
  });
});

describe('splitParagraphs', () => {
  it('splits a page set one paragraph a line at its blank lines, each paragraph one line (02-street-roundup)', () => {
    const paragraphs = splitParagraphs(fixtureText('02-street-roundup'));
    expect(paragraphs[0]).toBe('青河区新闻 2024年7月26日 星期五');
    expect(paragraphs).toContain('# 老旧小区改造惠及3,200余户居民');
    expect(paragraphs.at(-1)).toBe('责任编辑 林一帆  美术编辑 许朵');
    for (const p of paragraphs) expect(p).not.toMatch(/\n|^\s|\s$/);
  });

  it('gives no paragraphs for blank text', () => {
    expect(splitParagraphs(' \n\n \n')).toEqual([]);
  });
});

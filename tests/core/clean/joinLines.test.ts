import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, splitParagraphs } from '../../../src/core/clean/joinLines';

const samples = path.resolve(__dirname, '../../../../shared/samples');
const page001 = readFileSync(path.join(samples, 'page-001.txt'), 'utf8');
const page000 = readFileSync(path.join(samples, 'page-000.txt'), 'utf8');

describe('joinLines', () => {
  it.each([
    // page-001: a column broken every 13 characters
    [
      '制订《经开区关于开好特大暴雨灾\n害追责问责案件以案促改专题民\n主生活会的方案》',
      '制订《经开区关于开好特大暴雨灾害追责问责案件以案促改专题民主生活会的方案》',
    ],
    // a number at the line end joins its measure word without a space
    ['征\n集对区党工委的意见建议 673\n条。', '征集对区党工委的意见建议 673条。'],
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

  it('keeps every non-space character of page-001 in order', () => {
    const strip = (s: string) => s.replace(/\s+/g, '');
    expect(strip(joinLines(page001))).toBe(strip(page001));
  });

  it('leaves no single line breaks, only paragraph breaks', () => {
    const joined = joinLines(page001);
    expect(joined).not.toMatch(/[^\n]\n[^\n]/);
    expect(joined).not.toMatch(/\n{3,}/);
  });

  it('is idempotent', () => {
    expect(joinLines(joinLines(page000))).toBe(joinLines(page000));
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
  it('splits page-000 at its blank lines, each paragraph one line', () => {
    const paragraphs = splitParagraphs(page000);
    expect(paragraphs[0]).toBe(
      '# 郑州首个“检察+工会”协作与配合办公室在经开区成立 为劳动者“撑腰” 为企业健康发展“护航”',
    );
    expect(paragraphs).toContain('记者 王赛华 鲁慧');
    expect(paragraphs.at(-1)).toBe('记者 鲁慧 通讯员 郭玉洁');
    for (const p of paragraphs) expect(p).not.toMatch(/\n|^\s|\s$/);
  });

  it('gives no paragraphs for blank text', () => {
    expect(splitParagraphs(' \n\n \n')).toEqual([]);
  });
});

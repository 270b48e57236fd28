// joinLines and splitParagraphs on the real archive pages.
import { describe, expect, it } from 'vitest';
import { joinLines, splitParagraphs } from '../../../../src/core/clean/joinLines';
import { corpusPage } from '../corpus';

const page001 = corpusPage('page-001.txt');
const page000 = corpusPage('page-000.txt');

describe('joinLines on the real pages', () => {
  it('keeps every non-space character of page-001 in order', () => {
    const strip = (s: string) => s.replace(/\s+/g, '');
    expect(strip(joinLines(page001))).toBe(strip(page001));
  });

  it('leaves no single line breaks, only paragraph breaks', () => {
    const joined = joinLines(page001);
    expect(joined).not.toMatch(/[^\n]\n[^\n]/);
    expect(joined).not.toMatch(/\n{3,}/);
  });

  it('is idempotent on page-000', () => {
    expect(joinLines(joinLines(page000))).toBe(joinLines(page000));
  });
});

describe('splitParagraphs on the real pages', () => {
  it('splits page-000 at its blank lines, each paragraph one line', () => {
    const paragraphs = splitParagraphs(page000);
    expect(paragraphs[0]).toBe(
      '# 郑州首个“检察+工会”协作与配合办公室在经开区成立 为劳动者“撑腰” 为企业健康发展“护航”',
    );
    expect(paragraphs).toContain('记者 王赛华 鲁慧');
    expect(paragraphs.at(-1)).toBe('记者 鲁慧 通讯员 郭玉洁');
    for (const p of paragraphs) expect(p).not.toMatch(/\n|^\s|\s$/);
  });
});

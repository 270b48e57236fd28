import { describe, expect, it } from 'vitest';
import { articleFigures, correctedTextOf, rawTextOf } from '../../../src/core/diff/article';
import { emptyContent } from '../../../src/core/model';

describe('article review texts', () => {
  const raw = '城区要闻\n创新政府采购 新模式\n本报讯 工作己完成。\n记者 王赛华';
  const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });
  const content = {
    ...emptyContent(),
    title: { text: '创新政府采购新模式', spans: [at('创新政府采购 新模式')] },
    dateline: { text: '本报讯', spans: [at('本报讯')] },
    paragraphs: [{ text: '工作已完成。', spans: [at('工作己完成。')] }],
    byline: { text: '记者 王赛华', spans: [at('记者 王赛华')] },
    notes: [{ text: '由编辑补充', spans: [] }],
  };

  it('compares the raw spans with the corrected fields in printed order', () => {
    expect(rawTextOf(content, raw)).toBe('创新政府采购 新模式\n本报讯\n工作己完成。\n记者 王赛华');
    expect(correctedTextOf(content)).toBe(
      '创新政府采购新模式\n本报讯\n工作已完成。\n记者 王赛华\n由编辑补充',
    );
    // One space removed, one character replaced, a typed note (5 characters + line break) added.
    expect(articleFigures(content, raw)).toMatchObject({
      deletions: 1,
      substitutions: 1,
      insertions: 6,
      distance: 8,
    });
  });
});

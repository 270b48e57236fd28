// Credits other papers print under a story's text: an outlet and its writers with no role word,
// a source's `供稿` on its own line, names carrying their part (`庞雨/文`). Each is the story's
// byline, not the kicker of the story after it.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');

const storyThen = (credit: string) =>
  page(
    '# 冬修水利正当时',
    '',
    '本报讯 入冬以来，石桥镇组织群众清淤疏渠，修复灌溉渠道 12 公里。',
    '',
    credit,
    '',
    '# 全区秋粮收储进度过半',
    '',
    '本报讯 截至目前，全区已收储秋粮 3.2 万吨。',
  );

describe.each([
  ['青河区融媒体中心 宋佳', '青河区融媒体中心 宋佳'],
  ['区委宣传部 供稿', '区委宣传部 供稿'],
  ['区委宣传部供稿', '区委宣传部供稿'],
  ['记者 庞雨/文 袁静/图', '记者 庞雨/文 袁静/图'],
])('%s under a story', (credit, byline) => {
  it('is its byline, and the next story has no kicker', () => {
    const [a, b] = suggestArticles(storyThen(credit));
    expect(a.byline.text).toBe(byline);
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('全区秋粮收储进度过半');
  });

  it('is a paragraph of its own in clean', () => {
    expect(cleanText(storyThen(credit)).text.split(/\n\s*\n/)).toHaveLength(5);
  });
});

describe('an outlet over words that are no names', () => {
  it('stays a headline line', () => {
    const [, b] = suggestArticles(storyThen('青河日报 喜迎创刊'));
    expect(b.kicker.text).toBe('青河日报 喜迎创刊');
  });
});

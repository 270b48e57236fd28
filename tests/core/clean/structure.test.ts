// Cleanup follows the page's structure: what segmentation keeps apart, joining keeps apart;
// Latin text and numbers keep one spacing rule (tests/fixtures/README.md). Snippets written
// for these tests.
import { describe, expect, it } from 'vitest';
import { cleanText, joinBrokenLines } from '../../../src/core/clean';

const join = (text: string) => joinBrokenLines.apply(text).text;

describe('joining keeps parts apart', () => {
  it.each([
    [
      'a byline after the last sentence',
      '统筹协调相关各项工作。\n记者 沈青',
      '统筹协调相关各项工作。\n\n记者 沈青',
    ],
    [
      'a caption and its credit (one line, one space)',
      '各项工作落实到位。\n图为志愿者入户宣传。\n通讯员 冯雨 摄',
      '各项工作落实到位。\n\n图为志愿者入户宣传。 通讯员 冯雨 摄',
    ],
    [
      'the next title after a mark',
      '运行正\n常。②3\n桃溪社区举办邻里议事会',
      '运行正常。\n\n桃溪社区举办邻里议事会',
    ],
    [
      'a heading with its second line lost its mark',
      '# 全区中小学安全教育周活动\n在实验小学启动',
      '# 全区中小学安全教育周活动在实验小学启动',
    ],
    ['a headline in two halves', '织牢安全防护网\n守护校园平安线', '织牢安全防护网 守护校园平安线'],
    [
      'list items',
      '要求如下：\n一、排查老旧管网，年底前\n完成改造；\n二、开展入户安检；',
      '要求如下：\n\n一、排查老旧管网，年底前完成改造；\n\n二、开展入户安检；',
    ],
    ['a kicker over its title', '区住建局\n老旧小区改造全面开工', '区住建局\n\n老旧小区改造全面开工'],
  ])('%s', (_case, input, expected) => {
    const raw = input.replace('②3', '②3');
    expect(join(raw).replace('②3', '')).toBe(expected);
  });

  it('a headline after an unfinished paragraph is not appended to it', () => {
    expect(join('区园林局对行道树开展集中修剪，并持续推进\n\n桃溪社区举办邻里议事会\n\n本报讯 6月2日')).toBe(
      '区园林局对行道树开展集中修剪，并持续推进\n\n桃溪社区举办邻里议事会\n\n本报讯 6月2日',
    );
  });
});

describe('Latin text and numbers in Chinese', () => {
  it.each([
    // a space on one side in the raw: one on each side that touches Chinese
    ['学员使用 Office 2019软件完成作业。', '学员使用 Office 2019 软件完成作业。'],
    ['共接待群众 1,236人次。', '共接待群众 1,236 人次。'],
    ['储备沙袋 2.5万条。', '储备沙袋 2.5 万条。'],
    // none in the raw: none added
    ['全区3,200余户居民用上了免费WiFi。', '全区3,200余户居民用上了免费WiFi。'],
    ['升级至APP 3.1版后即可使用。', '升级至APP 3.1版后即可使用。'],
    // never beside punctuation
    ['报名人数达到、 45 名。', '报名人数达到、45 名。'],
    // a URL or an address keeps a space before the Chinese after it
    [
      '详情请登录https://www.example.cn/notice/list查看。',
      '详情请登录https://www.example.cn/notice/list 查看。',
    ],
    ['材料发送至 service@example.cn ,工作人员将回复。', '材料发送至 service@example.cn，工作人员将回复。'],
    // numbers, times and decimals untouched
    ['每天9:00至17:30开放，增长8.2%。', '每天9:00至17:30开放，增长8.2%。'],
    ['本报讯 7月24日,区里召开会议。', '本报讯 7月24日，区里召开会议。'],
  ])('%j', (input, expected) => {
    expect(cleanText(input).text).toBe(expected);
  });
});

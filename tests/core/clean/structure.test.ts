// Cleanup follows the page's structure: what segmentation keeps apart, joining keeps apart;
// Latin text and numbers keep one spacing rule (tests/fixtures/README.md). Snippets written
// for these tests.
import { describe, expect, it } from 'vitest';
import { cleanText, joinBrokenLines } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

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

describe('lists stay lists', () => {
  it.each([
    [
      'a CJK numeral marker, an item OCR broke over two lines',
      '为此提出三点要求：\n一、加强组织领导，明确\n责任分工；\n二、强化宣传引导；\n三、严格督导检查。',
      '为此提出三点要求：\n\n一、加强组织领导，明确责任分工；\n\n二、强化宣传引导；\n\n三、严格督导检查。',
    ],
    [
      '`1.` items',
      '报名须知：\n1.携带身份证原件；\n2.提前十分钟到场；\n3.服从现场安排。',
      '报名须知：\n\n1.携带身份证原件；\n\n2.提前十分钟到场；\n\n3.服从现场安排。',
    ],
    [
      '`（1）` and `(1)` items (half-width brackets widened by punctuation)',
      '安排如下：\n（1）上午集中培训；\n(2)下午分组实操，\n现场考核；\n（3）次日颁发证书。',
      '安排如下：\n\n（1）上午集中培训；\n\n（2）下午分组实操，现场考核；\n\n（3）次日颁发证书。',
    ],
    [
      'circled numbers `①`',
      '主要做法：\n①建立台账；\n②逐户走访；\n③限时整改。',
      '主要做法：\n\n①建立台账；\n\n②逐户走访；\n\n③限时整改。',
    ],
    [
      '`（一）` items, each after a blank line',
      '工作分两步：\n\n（一）摸底排查，建立\n清单；\n\n（二）集中整治。',
      '工作分两步：\n\n（一）摸底排查，建立清单；\n\n（二）集中整治。',
    ],
  ])('%s', (_case, input, expected) => {
    expect(cleanText(input).text).toBe(expected);
  });

  it('keeps a marker inside a line, and a continuation mark, out of the list reading', () => {
    expect(cleanText('具体包括①建立台账，②逐户走访。').text).toBe('具体包括①建立台账，②逐户走访。');
    expect(cleanText('逐户走访，\n限时整改。①5\n新闻').text).toBe('逐户走访，限时整改。\n\n新闻');
  });

  it('each item is a paragraph of its own in the suggested article', () => {
    const raw =
      '# 区里部署夏季安全工作\n\n本报讯 会议提出要求：\n一、加强组织领导，明确\n责任分工；\n二、强化宣传引导；\n①建立台账；\n②逐户走访。\n\n记者 王赛华';
    const [article] = suggestArticles(raw);
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      '会议提出要求：',
      '一、加强组织领导，明确责任分工；',
      '二、强化宣传引导；',
      '①建立台账；',
      '②逐户走访。',
    ]);
    expect(article.byline.text).toBe('记者 王赛华');
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
    ['增长3.5个百分点，上午10:30开始。', '增长3.5个百分点，上午10:30开始。'],
    ['升级到 v2.1.3版本，支持Windows 10系统。', '升级到 v2.1.3 版本，支持Windows 10系统。'],
    ['支持 Windows 10系统。', '支持 Windows 10 系统。'],
    // the same rule on both sides of a link that had a space: one each
    ['请访问 https://www.example.cn/notice/list查看。', '请访问 https://www.example.cn/notice/list 查看。'],
    ['邮件请发至news@example.cn报名。', '邮件请发至news@example.cn 报名。'],
    // half-width marks inside Latin text stay, a Latin quotation's last one too
    ['他用英文写道:"Hello, world!"并署名。', '他用英文写道：“Hello, world!”并署名。'],
    ['页面显示 Error: file not found,请重试。', '页面显示 Error: file not found，请重试。'],
  ])('%j', (input, expected) => {
    expect(cleanText(input).text).toBe(expected);
  });
});

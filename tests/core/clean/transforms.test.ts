import { describe, expect, it } from 'vitest';
import {
  cjkPunctuation,
  cjkSpaces,
  cleanText,
  continuationMarks,
  joinBrokenLines,
  type Transform,
} from '../../../src/core/clean';

const run = (t: Transform, text: string) => t.apply(text).text;

describe('join broken lines', () => {
  it.each([
    // page-001: column-width breaks inside CJK text
    ['关于开好特大暴雨灾\n害追责问责案件', '关于开好特大暴雨灾害追责问责案件'],
    // page-000: a column jump in mid-sentence (blank line inside a sentence)
    [
      '努力搭建保障劳动者合法权益、维护社会和谐稳定的\n\n枢纽通道;强化双向赋能。',
      '努力搭建保障劳动者合法权益、维护社会和谐稳定的枢纽通道;强化双向赋能。',
    ],
    // page-000: short prose ending on a word boundary still continues
    [
      '会议要求,要加强工作统筹,推动招投标专项整治\n\n走深走实。结合开展的集中整治',
      '会议要求,要加强工作统筹,推动招投标专项整治走深走实。结合开展的集中整治',
    ],
    // page-002: a word cut in two by the jump (`重` / `视`)
    [
      '近年来,二七区委、区政府高度重\n\n视双拥工作,以“双拥模范城(县)”创建活动为载体。',
      '近年来,二七区委、区政府高度重视双拥工作,以“双拥模范城(县)”创建活动为载体。',
    ],
    // a paragraph ending in a comma continues
    [
      '抓好当前经济企稳回升的关键窗口期,\n\n深化推进稳经济。',
      '抓好当前经济企稳回升的关键窗口期,深化推进稳经济。',
    ],
    // real paragraph breaks stay
    [
      '共同绘就为民服务温暖底色。\n\n杨铁刚表示,为充分发挥合力。',
      '共同绘就为民服务温暖底色。\n\n杨铁刚表示,为充分发挥合力。',
    ],
    // a headline before its body is not joined to it
    [
      '经开区党政办公室\n\n牵总抓细强责任 成果转化筑担当\n\n近期,经开区党政办公室以活动为契机。',
      '经开区党政办公室\n\n牵总抓细强责任 成果转化筑担当\n\n近期,经开区党政办公室以活动为契机。',
    ],
    // a byline closes an article: the next headline is not a continuation
    [
      '会议强调,要聚焦问题。记者 鲁慧\n\n区应急管理局 召开培训会',
      '会议强调,要聚焦问题。记者 鲁慧\n\n区应急管理局 召开培训会',
    ],
    // nor is a dateline
    [
      '着眼成果转化,统筹抓好党的建设、疫情防控、发展安全和中心工作\n\n本报讯 今年以来',
      '着眼成果转化,统筹抓好党的建设、疫情防控、发展安全和中心工作\n\n本报讯 今年以来',
    ],
    // byline names on two lines keep a space between them
    ['记者 王赛华\n经开时报 李洪永', '记者 王赛华 经开时报 李洪永'],
  ])('%j', (input, expected) => {
    expect(run(joinBrokenLines, input)).toBe(expected);
  });
});

describe('CJK space removal', () => {
  it.each([
    ['带来巨大 挑战', '带来巨大挑战'],
    ['建立健全工作 机制,推动落实。', '建立健全工作机制,推动落实。'],
    // numbers with a space on one side or both get one on each side that touches Chinese
    // (tests/fixtures/README.md), no longer none: the old removal broke `Office 2019软件`
    ['会前共牵头征集对区党工委的意见建议 673 条。', '会前共牵头征集对区党工委的意见建议 673 条。'],
    ['梳理出 13个问题,报审总金额 1831.6万元。', '梳理出 13 个问题,报审总金额 1831.6 万元。'],
    // untouched: no space, Latin words, Latin next to CJK
    ['截至目前已完成544条,完成率100％。', '截至目前已完成544条,完成率100％。'],
    ['使用 Galley 整理 OCR text 的结果。', '使用 Galley 整理 OCR text 的结果。'],
    // spaces that separate: byline names, after 本报讯, a quoted slogan
    [
      '精准发现、从严处理各种问题。记者 鲁慧 通讯员 李淑婷',
      '精准发现、从严处理各种问题。记者 鲁慧 通讯员 李淑婷',
    ],
    ['本报讯 7月24日,经开区召开会议。', '本报讯 7月24日,经开区召开会议。'],
    ['本报讯 日前,经开区带来巨大 挑战。', '本报讯 日前,经开区带来巨大挑战。'],
    ['本报讯(通讯员 张冲 李帅广)今年以来 经开区', '本报讯(通讯员 张冲 李帅广)今年以来经开区'],
    ['以建设“美好教育 学在二七”为目标,加快建设。', '以建设“美好教育 学在二七”为目标,加快建设。'],
    // a headline's two halves
    ['创新政府采购新模式 打造高效廉洁交易平台', '创新政府采购新模式 打造高效廉洁交易平台'],
  ])('%j', (input, expected) => {
    expect(run(cjkSpaces, input)).toBe(expected);
  });

  it('leaves bylines alone in an article', () => {
    expect(cjkSpaces.fields).not.toContain('byline');
    expect(cjkSpaces.fields).not.toContain('title');
  });
});

describe('punctuation in CJK context', () => {
  it.each([
    [
      '本报讯 日前,经开区“检察+工会”劳动者权益保障机制启动',
      '本报讯 日前，经开区“检察+工会”劳动者权益保障机制启动',
    ],
    ['经开区财政局(审计局)召开专题会', '经开区财政局（审计局）召开专题会'],
    ['枢纽通道;强化双向赋能', '枢纽通道；强化双向赋能'],
    ['会上要求:要强化责任担当!是否落实?', '会上要求：要强化责任担当！是否落实？'],
    ['提高疾病防控能力.下一步', '提高疾病防控能力。下一步'],
    ['提高疾病防控能力.', '提高疾病防控能力。'],
    // straight quotes paired
    ['以合作"力度"提升民生"温度"', '以合作“力度”提升民生“温度”'],
    ["他说'好'", '他说‘好’'],
    // numbers, dates, Latin, URLs untouched
    ['报审总金额1831.6万元,同比增长8.2%', '报审总金额1831.6万元，同比增长8.2%'],
    ['2020、2021 年度', '2020、2021 年度'],
    ['共计1,234人,会议9:30开始', '共计1,234人，会议9:30开始'],
    ['He said "yes", then left.', 'He said "yes", then left.'],
    ["It's done (mostly).", "It's done (mostly)."],
    ['详见 https://example.com/a?b=1,c 网站', '详见 https://example.com/a?b=1,c 网站'],
    ['联系 news@example.com.', '联系 news@example.com.'],
    ['等等...', '等等...'],
  ])('%j', (input, expected) => {
    expect(run(cjkPunctuation, input)).toBe(expected);
  });

  it('leaves unpaired quotes alone and reports them', () => {
    const result = cjkPunctuation.apply('以合作"力度"提升民生"温度');
    expect(result.text).toBe('以合作"力度"提升民生"温度');
    expect(result.reports?.map((r) => [r.kind, r.offset])).toEqual([
      ['unpaired-quote', 3],
      ['unpaired-quote', 6],
      ['unpaired-quote', 11],
    ]);
  });

  it('never changes the length of the text (offsets stay valid)', () => {
    const text = '经开区财政局(审计局),召开"会议"; 共1,234人.';
    expect(run(cjkPunctuation, text)).toHaveLength(text.length);
  });
});

describe('continuation marks', () => {
  it.each([
    ['维护社会和谐稳定的①5', '维护社会和谐稳定的', '①5'],
    ['持续释放监督效能。 ②2', '持续释放监督效能。', '②2'],
    ['持续释放监督效能。（下转第2版）', '持续释放监督效能。', '（下转第2版）'],
    ['（上接第1版）二七区委常委会召开会议', '二七区委常委会召开会议', '（上接第1版）'],
  ])('%j', (input, text, mark) => {
    const result = continuationMarks.apply(input);
    expect(result.text).toBe(text);
    expect(result.reports?.map((r) => r.text)).toEqual([mark]);
  });

  it('leaves circled numbers that open a list item', () => {
    expect(run(continuationMarks, '①加强领导,②落实责任。')).toBe('①加强领导,②落实责任。');
  });
});

describe('cleanText (default pipeline)', () => {
  it('cleans a column-broken snippet of page-001', () => {
    const raw =
      '会前共牵头征\n集对区党工委的意见建议 673\n条。对区党工委班子成员意见\n113条,梳理出 13个问题,为区党';
    expect(cleanText(raw).text).toBe(
      // Spaced numbers keep one space on each side (tests/fixtures/README.md; was removed before).
      '会前共牵头征集对区党工委的意见建议 673 条。对区党工委班子成员意见113条，梳理出 13 个问题，为区党',
    );
  });

  it('can switch a transform off', () => {
    expect(cleanText('日前,经开区', { enabled: { 'cjk-punctuation': false } }).text).toBe('日前,经开区');
  });

  it('runs user rules after the built-in transforms', () => {
    const rules = [
      {
        id: 'yi',
        name: '己→已',
        find: '己经',
        replace: '已经',
        regex: false,
        caseSensitive: true,
        enabled: true,
      },
    ];
    expect(cleanText('工作己经完成,', { rules }).text).toBe('工作已经完成，');
  });
});

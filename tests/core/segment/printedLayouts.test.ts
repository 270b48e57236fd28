// Where a story starts on pages printed unlike the fixture pages (no blank lines, every headline
// marked alike, levels that lie), each in a small invented page (no fixture text).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const page = (...lines: string[]) => lines.join('\n');
const titles = (raw: string) => texts(suggestArticles(raw).map((a) => a.title));

describe('a photo story signed by its credit alone', () => {
  it('has ended: a smaller headline after the credit opens the next story', () => {
    const raw = page(
      '# 荷塘深处采莲忙',
      '',
      '8月3日，南湾村的莲农划着小船穿行在荷塘中采摘莲蓬。',
      '通讯员 乔木 摄',
      '',
      '### 周末去哪儿',
      '',
      '8月10日 19:30 露天电影（南湾广场）',
      '8月11日 9:00 少儿书法展（区文化馆）',
    );
    expect(titles(raw)).toEqual(['荷塘深处采莲忙', '周末去哪儿']);
    const [photo, listing] = suggestArticles(raw);
    expect(photo.byline.text).toBe('通讯员 乔木 摄');
    expect(listing.paragraphs.length).toBeGreaterThan(0);
  });

  it('keeps an intertitle after a caption that has its own credit in the story', () => {
    const raw = page(
      '# 南湾村荷塘迎来采莲季',
      '',
      '本报讯 8月3日，南湾村 300 亩荷塘迎来采莲季，莲农每天采摘莲蓬两千余个。',
      '',
      '图为莲农在采摘莲蓬。',
      '通讯员 乔木 摄',
      '',
      '### 合作社统一收购',
      '',
      '今年村里成立合作社，统一收购、统一销售，莲农不愁卖。',
    );
    expect(titles(raw)).toEqual(['南湾村荷塘迎来采莲季']);
  });
});

describe('a letter-spaced section label', () => {
  it('heads the headline under it in the same block, whatever its mark', () => {
    const raw = page(
      '# 文 体',
      '## 暑期阅读季进入高峰',
      '# 夜间阅览室开放到晚上九点',
      '本报讯 8月1日起，区图书馆夜间阅览室延长开放至21时。',
      '开放首周，夜间到馆读者 1,200 余人次。',
    );
    const [a] = suggestArticles(raw);
    expect(a.section.text).toBe('文体');
    expect(a.title.text).toBe('夜间阅览室开放到晚上九点');
    expect(a.kicker.text).toBe('暑期阅读季进入高峰');
  });
});

describe('a section label in a page printed with no blank lines', () => {
  it('is letter-spaced under another marked label: a label, not the next title’s kicker', () => {
    const raw = page(
      '# 文 体',
      '# 夜间阅览室开放到晚上九点',
      '本报讯 8月1日起，区图书馆夜间阅览室延长开放至21时。',
      '记者 方舟',
      '## 乡 村 振 兴',
      '### 稻田里办起了丰收音乐会',
      '本报讯 9月20日，东岭镇在千亩稻田里举办丰收音乐会。',
    );
    const [, b] = suggestArticles(raw);
    expect(b.section.text).toBe('乡村振兴');
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('稻田里办起了丰收音乐会');
  });

  it('in smaller type than the last label heads a title in larger type than that label’s titles', () => {
    const raw = page(
      '# 城乡建设',
      '### 区交通运输局',
      '## 东岭镇改造农村公路 46 公里',
      '本报讯 今年以来，东岭镇改造农村公路 46 公里，通达所有自然村。②3',
      '## 文化生活',
      '# 社区书屋每天开放十二小时',
      '本报讯 9月起，全区 28 个社区书屋延长开放时间，每天开放12小时。',
    );
    const [a, b] = suggestArticles(raw);
    expect(a.section.text).toBe('城乡建设');
    expect(b.section.text).toBe('文化生活');
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('社区书屋每天开放十二小时');
  });

  it('over a headline that asks, right over its dateline, leaves that headline the title', () => {
    const raw = page(
      '生活提示',
      '网购退货运费谁来出？',
      '本报9月3日讯（记者 方舟）记者从区市场监管局获悉，网购退货纠纷今年增加。',
      '区市场监管局提醒，购物前看清退货规则。',
    );
    const [a] = suggestArticles(raw);
    expect(a.section.text).toBe('生活提示');
    expect(a.title.text).toBe('网购退货运费谁来出？');
    expect(suggestArticles(raw)).toHaveLength(1);
  });
});

describe('a special-report page', () => {
  const report = [
    '专题',
    '',
    '## 老码头换新颜',
    '# 南湾旧码头改成滨水公园',
    '',
    '本报记者 方舟',
    '',
    '南湾旧码头停用已有十年，今年夏天改成滨水公园后重新热闹起来。',
    '',
    '### 吊机留下来，成了“地标”',
    '',
    '改造保留了两台老吊机，夜里灯光一照，成了市民拍照的好去处。',
    '',
    '### 步道连通上下游',
    '',
    '公园新修步道 3.2 公里，把上下游两个社区连在了一起。',
    '',
  ];

  it('opens a story at a heading marked larger than the report’s own intertitles', () => {
    const raw = page(
      ...report,
      '## 游客留言',
      '',
      '“晚上来散步，风景比以前好太多了。”——市民蓝天',
      '“孩子最喜欢看老吊机。”——市民白云',
    );
    expect(titles(raw)).toEqual(['南湾旧码头改成滨水公园', '游客留言']);
  });

  it('keeps a box marked like the intertitles, but larger than the next title, with its own story', () => {
    const raw = page(
      ...report,
      '## 游客留言',
      '',
      '“晚上来散步，风景比以前好太多了。”——市民蓝天',
      '',
      '## 编后',
      '# 旧码头有了新活法',
      '',
      '老码头没有拆掉重建，而是换了一种活法，这样的改造值得点赞。',
    );
    const articles = suggestArticles(raw);
    expect(texts(articles.map((a) => a.title))).toEqual([
      '南湾旧码头改成滨水公园',
      '游客留言',
      '旧码头有了新活法',
    ]);
    // The column over the sidebar's title is its kicker: the page's label still heads it.
    expect(articles[2].kicker.text).toBe('编后');
    expect(articles[2].section.text).toBe('专题');
  });
});

describe('boxes on a special-report page', () => {
  it('reads a box’s label (`■…`) over the line under it as the kicker, without its box', () => {
    const raw = page(
      '■背景',
      '南湾码头的六十年',
      '',
      '1962年，南湾码头建成通航。',
      '1998年，码头扩建为货运港。',
      '2014年，码头停止货运。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('背景');
    expect(a.title.text).toBe('南湾码头的六十年');
    // The box stays with the kicker's raw text: no raw character is left unowned.
    expect(raw.slice(a.kicker.spans[0].start, a.kicker.spans[0].end)).toBe('■背景');
  });

  it('keeps each quotation signed by its speaker a paragraph of its own', () => {
    const raw = page(
      '## 游客留言',
      '',
      '“晚上来散步，风景比以前好太多了。”——市民蓝天\n“孩子最喜欢看老吊机。”——南湾社区居民白云\n“下次还要带朋友来。”——外地游客方舟',
    );
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual([
      '“晚上来散步，风景比以前好太多了。”——市民蓝天',
      '“孩子最喜欢看老吊机。”——南湾社区居民白云',
      '“下次还要带朋友来。”——外地游客方舟',
    ]);
  });
});

describe('intertitles of a report when every headline is marked alike', () => {
  const report = (mark: string, intertitle: string) =>
    page(
      `${mark} 南湾老码头变身滨江公园`,
      '',
      '本报记者 田禾',
      '',
      '8月5日傍晚，南湾老码头的江堤上，散步的市民络绎不绝。这里 10 年前还是堆满货箱的货运码头。',
      '',
      `${intertitle} 吊机留下来，码头不“退休”`,
      '',
      '码头停运后，区里没有拆掉江边的 3 台老吊机，而是加固后改成观景台，夜里还亮起灯光。',
      '',
      `${intertitle} 年轻人爱来江边“打卡”`,
      '',
      '周末的江堤上，拍照的年轻人排起长队，附近新开的咖啡馆也多了起来。',
      '',
      `${intertitle} 游客留言`,
      '',
      '“晚上来散步，风景比以前好太多了。”——市民蓝天',
      '“孩子最喜欢看老吊机。”——南湾社区居民白云',
    );

  it('keeps a short line over more of the report in the report, marked `#` like its title', () => {
    expect(titles(report('#', '#'))).toEqual(['南湾老码头变身滨江公园', '游客留言']);
    const [a] = suggestArticles(report('#', '#'));
    expect(a.paragraphs.length).toBeGreaterThan(3);
  });

  it('does so with the levels reversed (intertitles `##` over a `####` title)', () => {
    expect(titles(report('####', '##'))).toEqual(['南湾老码头变身滨江公园', '游客留言']);
  });

  it('opens a story at a line alike whose text has a credit of its own, even one shaped like an intertitle', () => {
    const raw = page(
      '# 南湾老码头变身滨江公园',
      '',
      '本报记者 田禾',
      '',
      '8月5日傍晚，南湾老码头的江堤上，散步的市民络绎不绝。',
      '',
      '# 江边添新景，健身有去处',
      '',
      '沿江步道旁新装了健身器材，附近居民早晚都来锻炼。(通讯员 蓝天)',
    );
    expect(titles(raw)).toEqual(['南湾老码头变身滨江公园', '江边添新景，健身有去处']);
  });
});

describe('a special-report page whose levels are reversed', () => {
  // `### kicker` / `#### title` / `## deck`, intertitles `##`: the marks say nothing of where a story starts.
  const raw = page(
    '### 老码头有了新模样',
    '#### 南湾老码头变身滨江公园',
    '## 江堤步道全长 3.2 公里 日均游客 5,000 人次',
    '',
    '本报记者 田禾',
    '',
    '8月5日傍晚，南湾老码头的江堤上，散步的市民络绎不绝。',
    '',
    '## 吊机留下来，码头不“退休”',
    '',
    '码头停运后，区里没有拆掉江边的 3 台老吊机，而是加固后改成观景台。',
    '',
    '### 游客留言',
    '',
    '“晚上来散步，风景比以前好太多了。”——市民蓝天',
    '“孩子最喜欢看老吊机。”——南湾社区居民白云',
    '',
    '### 记者手记',
    '#### 让老码头继续讲故事',
    '',
    '采访中，不少老码头工人说起当年装卸的日子，眼里有光。',
  );

  it('keeps the report whole and opens a quotes box at the heading over signed quotations', () => {
    const articles = suggestArticles(raw);
    expect(texts(articles[0].paragraphs)).toContain(
      '码头停运后，区里没有拆掉江边的 3 台老吊机，而是加固后改成观景台。',
    );
    expect(articles).toHaveLength(3);
    expect(articles[1].title.text).toBe('游客留言');
    expect(texts(articles[2].paragraphs)).toEqual(['采访中，不少老码头工人说起当年装卸的日子，眼里有光。']);
  });
});

describe('a section label marked like the titles', () => {
  it('is a label when a blank line parts it from the title under it, though no blank line stands over it', () => {
    const raw = page(
      '# 南湾社区开设“四点半课堂”',
      '',
      '本报讯 7月8日，南湾社区“四点半课堂”开课，20 名志愿者轮流为孩子辅导作业。',
      '“孩子放学有地方去了，我们上班也安心。”家长邹女士说。',
      '# 社会民生',
      '',
      '# 区残联为 120 名残疾人送去轮椅',
      '',
      '本报讯（通讯员 齐悦）7月9日，区残联为全区 120 名残疾人免费适配轮椅。',
    );
    const [, second] = suggestArticles(raw);
    expect(second.section.text).toBe('社会民生');
    expect(second.title.text).toBe('区残联为 120 名残疾人送去轮椅');
  });
});

describe('a photo story marked smaller than the listing after it', () => {
  it('stays whole, signed by its credit, and is not read as text printed before a headline', () => {
    const raw = page(
      '#### 南湾村举办农民丰收节',
      '',
      '本报讯 9月22日，南湾村举办农民丰收节，村民们晒出了今年的好收成。',
      '记者 田禾',
      '',
      '#### 荷塘深处采莲忙',
      '',
      '8月3日，南湾村的莲农划着小船穿行在荷塘中采摘莲蓬。',
      '通讯员 乔木 摄',
      '',
      '## 本周末文化活动看台',
      '',
      '8月10日（周六）',
      '19:30 露天电影（南湾广场）',
      '8月11日（周日）',
      '9:00 少儿书法展（区文化馆）',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual([
      '南湾村举办农民丰收节',
      '荷塘深处采莲忙',
      '本周末文化活动看台',
    ]);
    expect(articles[1].byline.text).toBe('通讯员 乔木 摄');
    expect(articles[2].byline.text).toBe('');
  });
});

describe('a headline whose every line is marked `#` alike', () => {
  const body = ['', '本报讯 3月9日，滨江区春季运动会开幕，32 支队伍参赛。', ''];
  const headline = (...lines: string[]) => suggestArticles(page(...lines, ...body))[0];

  it('keeps a kicker apart from a title printed as two halves, and takes the halves as the title', () => {
    const a = headline('# 滨江区第三届全民运动会', '# 开幕式精彩纷呈 万人同跳健身操');
    expect(a.kicker.text).toBe('滨江区第三届全民运动会');
    expect(a.title.text).toBe('开幕式精彩纷呈 万人同跳健身操');
  });

  it('reads a line giving a figure the title has not as its subtitle', () => {
    const a = headline('# 春季全民健身活动启幕', '# 全年计划举办赛事 120 场');
    expect(a.title.text).toBe('春季全民健身活动启幕');
    expect(a.subtitle.text).toBe('全年计划举办赛事 120 场');
  });

  it('reads a line opened by a dash as the subtitle, and a short column name over the title as its kicker', () => {
    const a = headline('# 走进社区', '# “让每位老人都能吃上热乎饭”', '# ——记滨江区助餐点志愿者');
    expect(a.kicker.text).toBe('走进社区');
    expect(a.title.text).toBe('“让每位老人都能吃上热乎饭”');
    expect(a.subtitle.text).toBe('——记滨江区助餐点志愿者');
  });

  it('still reads a title the width broke into two lines as one title', () => {
    const a = headline('# 滨江籍运动员在全国', '# 田径锦标赛上摘金');
    expect(a.kicker.text).toBe('');
    expect(a.subtitle.text).toBe('');
    expect(a.title.text.replace(/ /gu, '')).toBe('滨江籍运动员在全国田径锦标赛上摘金');
  });
});

describe('an unmarked headline with a grouped number in it', () => {
  it('is one story with its text: the comma in `2,600` is the number’s, no clause mark', () => {
    const raw = page(
      '区住建局',
      '今年全区改造老旧小区住房2,600套',
      '18个小区6月底前完工',
      '',
      '本报讯 3月5日，记者从区住建局获悉，今年全区将改造老旧小区 18 个。',
      '',
      '改造内容包括屋面防水、管网更新和加装电梯。',
    );
    const stories = suggestArticles(raw);
    expect(stories).toHaveLength(1);
    expect(stories[0].kicker.text).toBe('区住建局');
    expect(stories[0].title.text).toMatch(/^今年全区改造老旧小区住房2,600套/u);
    expect(stories[0].paragraphs[0].text).toMatch(/^3月5日，/u);
  });
});

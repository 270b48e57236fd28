// Layouts the fixture pages did not all show, each in a small invented page: lines set one
// paragraph each with no blank line anywhere, headlines run into their text, credits in
// brackets, titles in 【】, wire datelines, a column name under a section label. Each test
// names the general evidence it holds (see structure.ts and segment/).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const page = (...lines: string[]) => lines.join('\n');

describe('a page with no blank line at all', () => {
  const raw = page(
    '东岭县报 2025年6月3日 星期二',
    '县域经济',
    '县工信局',
    '小微企业园二期投用',
    '本报讯 6月1日，县小微企业园二期正式投用，首批38家企业签约入驻，预计年产值可达5亿元。',
    '园区二期总建筑面积12万平方米，建有标准厂房、研发楼和人才公寓。',
    '“从签约到拿钥匙只用了20天。”一家电子企业负责人说。',
    '夜市经济点亮县城',
    '本报讯 入夏以来，东岭县老街夜市每晚吸引游客上万人次，带动周边餐饮消费明显增长。',
    '据县商务局统计，5月份夜市营业额同比增长35%。',
    '本报记者 龙飞',
  );
  const articles = suggestArticles(raw);

  it('reads each line that closes its sentence as a paragraph of its own', () => {
    expect(articles[0].paragraphs).toHaveLength(3);
    expect(articles[0].paragraphs[2].text).toBe('“从签约到拿钥匙只用了20天。”一家电子企业负责人说。');
  });

  it('reads a headline line over its text as the next article’s title, with section and kicker', () => {
    expect(texts(articles.map((a) => a.title))).toEqual(['小微企业园二期投用', '夜市经济点亮县城']);
    expect(articles[0].section.text).toBe('县域经济');
    expect(articles[0].kicker.text).toBe('县工信局');
    expect(articles[1].section.text).toBe('县域经济');
    expect(articles[1].byline.text).toBe('本报记者 龙飞');
  });

  it('cleans it to the same paragraphs', () => {
    const paragraphs = cleanText(raw).text.split(/\n\s*\n/);
    expect(paragraphs).toContain('夜市经济点亮县城');
    expect(paragraphs).toContain('园区二期总建筑面积12万平方米，建有标准厂房、研发楼和人才公寓。');
  });
});

describe('lines in columns', () => {
  it('end a paragraph at a short line that closes its sentence, not at a full one', () => {
    const raw = page(
      '区图书馆新馆下月开放',
      '',
      '本报讯 区图书馆新馆将于4月23',
      '日开放，新馆藏书 60 万册。设有',
      '少儿阅览区和自习区，全天开放。',
      '读者可在线预约座位。',
      '新馆还开通了线上借阅，读者在家',
      '也能借书。',
    );
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual([
      '区图书馆新馆将于4月23日开放，新馆藏书 60 万册。设有少儿阅览区和自习区，全天开放。读者可在线预约座位。',
      '新馆还开通了线上借阅，读者在家也能借书。',
    ]);
  });

  it('end a caption at its credit: the line after it is text', () => {
    const raw = page(
      '# 南山路改造工程今日全线开工',
      '本报讯 3月2日，南山路综合改造工程全线开工，计划年底完工。',
      '图为南山路施工现场。 记者 刘一鸣 摄',
      '施工期间，市民可登录网站查看绕行方案。',
    );
    const [a] = suggestArticles(raw);
    expect(texts(a.captions)).toEqual(['图为南山路施工现场。 记者 刘一鸣 摄']);
    expect(a.paragraphs.at(-1)?.text).toBe('施工期间，市民可登录网站查看绕行方案。');
  });
});

describe('after a continuation mark', () => {
  it('reads a byline closed by the mark as the byline, and the mark as a note', () => {
    const raw = page(
      '# 社区“四点半课堂”开课了',
      '',
      '本报讯 放学后没人接怎么办？西湖社区开设“四点半课堂”，由志愿者辅导孩子写作业。',
      '',
      '实习生 许诺 记者 王芳③2',
      '',
      '# 区图书馆推出“送书上门”服务',
      '',
      '本报讯 区图书馆近日推出“送书上门”服务，读者在线下单，3日内即可收到图书。',
    );
    const articles = suggestArticles(raw);
    expect(texts(articles.map((a) => a.title))).toEqual([
      '社区“四点半课堂”开课了',
      '区图书馆推出“送书上门”服务',
    ]);
    expect(articles[0].byline.text).toBe('实习生 许诺 记者 王芳');
    expect(texts(articles[0].notes)).toEqual(['③2']);
    expect(articles[1].kicker.text).toBe('');
  });

  it('reads a label over a kicker and title, all in the mark’s block, as the new section', () => {
    const raw = page(
      '本报讯 4月7日，区人民医院专家来到柳林村，为村民开展义诊活动。',
      '',
      '据了解，今年区人民医院将开展义诊活动 20 场，覆盖全区各乡',
      '镇。②2',
      '健康东江',
      '区疾控中心',
      '提醒市民春季谨防流感',
      '',
      '本报讯 近期气温变化大，流感进入高发期。',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(2);
    expect(articles[1].section.text).toBe('健康东江');
    expect(articles[1].kicker.text).toBe('区疾控中心');
    expect(articles[1].title.text).toBe('提醒市民春季谨防流感');
  });
});

describe('datelines in the forms papers print them', () => {
  it.each([
    ['本报西岭6月2日电（见习记者 胡桃）', '见习记者 胡桃'],
    ['本报北京电', ''],
    ['据新华社北京7月15日电', ''],
    ['新华社北京7月12日电（记者 田野 于洋）', '记者 田野 于洋'],
    ['青河网3月5日讯', ''],
  ])('%s opens the body as its dateline', (dateline, byline) => {
    const raw = page('# 夏粮再获丰收', '', `${dateline} 全国夏粮总产量比上年增长 2.5%。`);
    const [a] = suggestArticles(raw);
    expect(a.dateline.text.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))).toBe(dateline);
    expect(a.byline.text).toBe(byline);
    expect(texts(a.paragraphs)).toEqual(['全国夏粮总产量比上年增长 2.5%。']);
  });

  it('does not read prose that opens with 本报记者 as a dateline', () => {
    const raw = page('# 夏粮再获丰收', '', '本报记者电话采访了种粮大户。');
    expect(suggestArticles(raw)[0].dateline.text).toBe('');
  });
});

describe('credits in brackets', () => {
  it('take the credit closing the last sentence as the byline, the brackets out of the text', () => {
    const raw = page(
      '# 区图书馆启动阅读月',
      '',
      '本报讯 5月15日，阅读月在区图书馆启动。目前，首批 3 座城市书房已建成。(记者 方晴 通讯员 毛悦)',
      '',
      '# 青河剧场惠民演出开锣',
      '',
      '本报讯 5月11日晚，青河剧场惠民演出季首场演出开锣。',
      '（记者 方晴）',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.byline.text)).toEqual(['记者 方晴 通讯员 毛悦', '记者 方晴']);
    expect(articles[0].paragraphs.at(-1)?.text).toBe(
      '5月15日，阅读月在区图书馆启动。目前，首批 3 座城市书房已建成。',
    );
    expect(articles[1].paragraphs.at(-1)?.text).toBe('5月11日晚，青河剧场惠民演出季首场演出开锣。');
  });

  it('read names a line break parted, and a role word it cut', () => {
    const raw = page(
      '# 公交专线开通',
      '',
      '本报讯 7月16日，高铁站至城区的公交专线正式开',
      '通。“现在坐公交 2 元就到了。”曹先生说。(记',
      '者 蒋帆',
      ' 通讯员 吕晨)',
    );
    expect(suggestArticles(raw)[0].byline.text).toBe('记者 蒋帆 通讯员 吕晨');
  });
});

describe('a cluster of items with titles in 【】', () => {
  const raw = page(
    '记者 方晴',
    '简讯',
    '【杏园街道举办邻里美食节】5月11日，杏园街道举办第三届邻里美食节。(通讯员 宋佳)',
    '【区文化馆开设免费夜校】即日起，区文化馆开设 10 门免费夜校课程。',
    '【柳塘街道开展“非遗进社区”活动】本报讯 5月14日，5 位非遗传承人走进柳塘社区。',
  );
  // The byline opening the page closes a story printed elsewhere: a suggestion of its own, so
  // that no raw text is dropped.
  const [orphan, ...articles] = suggestArticles(raw);

  it('keep the byline opening the page, alone', () => {
    expect(orphan.byline.text).toBe('记者 方晴');
    expect(orphan.title.text).toBe('');
    expect(orphan.paragraphs).toHaveLength(0);
  });

  it('read each bracketed title as an item of its own under the section label', () => {
    expect(texts(articles.map((a) => a.title))).toEqual([
      '杏园街道举办邻里美食节',
      '区文化馆开设免费夜校',
      '柳塘街道开展“非遗进社区”活动',
    ]);
    expect(articles.map((a) => a.section.text)).toEqual(['简讯', '简讯', '简讯']);
  });

  it('read the text after the title as its body, with dateline and byline', () => {
    expect(articles[0].byline.text).toBe('通讯员 宋佳');
    expect(texts(articles[1].paragraphs)).toEqual(['即日起，区文化馆开设 10 门免费夜校课程。']);
    expect(articles[2].dateline.text).toBe('本报讯');
    expect(texts(articles[2].paragraphs)).toEqual(['5月14日，5 位非遗传承人走进柳塘社区。']);
  });
});

describe('headline blocks', () => {
  it('read a dash line under the title as its subtitle, in a block with the title', () => {
    const raw = page(
      '区图书馆',
      '“悦读青河”全民阅读月启动',
      '——今年将新建城市书房 8 座',
      '',
      '本报讯 5月15日，全民阅读月在区图书馆启动。',
    );
    const [a] = suggestArticles(raw);
    expect([a.kicker.text, a.title.text, a.subtitle.text]).toEqual([
      '区图书馆',
      '“悦读青河”全民阅读月启动',
      '——今年将新建城市书房 8 座',
    ]);
  });

  it('read a line giving the figure the title line has not as a subtitle, balanced halves as one title', () => {
    const raw = page(
      '上半年全区经济运行稳中有进',
      '地区生产总值同比增长 5.6%',
      '',
      '本报讯 记者从区统计局获悉，上半年全区经济稳中有进。',
      '',
      '小苹果做成大产业',
      '果农走上致富路',
      '',
      '本报讯 10月15日，石桥镇万亩苹果园迎来采摘高峰。',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => [a.title.text, a.subtitle.text])).toEqual([
      ['上半年全区经济运行稳中有进', '地区生产总值同比增长 5.6%'],
      ['小苹果做成大产业 果农走上致富路', ''],
    ]);
  });

  it('read two `#` lines of one level as halves when the first, though short, is no shorter than the second', () => {
    const raw = page('# 东湖社区食堂', '# 开进老人家门口', '', '本报讯 5月5日，东湖社区老年食堂正式开业。');
    expect(suggestArticles(raw)[0].title.text).toBe('东湖社区食堂 开进老人家门口');
  });

  it('read a banner printed on two lines as furniture of no article', () => {
    const raw = page(
      '青河区新闻',
      '2024年7月19日 星期五 第1版',
      '',
      '# 公交专线开通',
      '',
      '本报讯 公交专线正式开通。',
    );
    const [a] = suggestArticles(raw);
    expect(suggestArticles(raw)).toHaveLength(1);
    expect(a.section.text).toBe('');
    expect(a.kicker.text).toBe('');
  });

  it('read a column’s name set smaller than the page’s section label, in its title’s block, as the kicker', () => {
    const raw = page(
      '## 数字青河',
      '',
      '# 全区 5G 基站突破 1,000 座',
      '',
      '本报讯 全区累计建成 5G 基站 1,046 座。',
      '',
      '### 短评',
      '# 充电桩“建起来”更要“管起来”',
      '',
      '近来，不少市民反映小区充电桩被燃油车占位。',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => [a.section.text, a.kicker.text, a.title.text])).toEqual([
      ['数字青河', '', '全区 5G 基站突破 1,000 座'],
      ['数字青河', '短评', '充电桩“建起来”更要“管起来”'],
    ]);
  });
});

describe('bylines at the top', () => {
  it('read a boxed byline with a space after the box, and a commentator’s role', () => {
    const raw = page(
      '# 数字化转型别忘了“老师傅”',
      '',
      '□ 本报评论员 林墨',
      '',
      '数字化转型，说到底是人的转型。',
    );
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('本报评论员 林墨');
    expect(texts(a.paragraphs)).toEqual(['数字化转型，说到底是人的转型。']);
  });
});

describe('a byline after the lede', () => {
  it('keeps a short intertitle after it in the story, even when the lede opened with the dateline', () => {
    const raw = page(
      '背街小巷变身“口袋花园”',
      '',
      '本报讯 3月19日，记者从区城管局获悉，今年我区将改造背街小巷 40 条。',
      '',
      '记者 柏舟 通讯员 葛青',
      '',
      '一巷一景',
      '',
      '改造中，区城管局坚持“一巷一景”，根据居民需求确定改造方案。',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(1);
    expect(texts(articles[0].paragraphs)).toEqual([
      '3月19日，记者从区城管局获悉，今年我区将改造背街小巷 40 条。',
      '一巷一景',
      '改造中，区城管局坚持“一巷一景”，根据居民需求确定改造方案。',
    ]);
  });

  it('still lets a full-length title after it open the next story', () => {
    const raw = page(
      '# 区税务局推出“一键退税”服务',
      '',
      '本报讯 近日，区税务局推出“一键退税”服务，纳税人通过手机即可办理。',
      '',
      '记者 柏舟',
      '',
      '# 北岸中学获评全国青少年足球特色学校',
      '',
      '北岸中学现有足球队 8 支。',
    );
    expect(suggestArticles(raw)).toHaveLength(2);
  });
});

describe('photo pages', () => {
  const raw = page(
    '# 秋收时节 田野处处好“丰”景',
    '',
    '9月上旬，全区秋粮陆续进入收获期。',
    '',
    '图①：石桥镇的稻田里，收割机来回穿梭。',
    '记者 于小溪 摄',
    '图②：东湖果园里，果农正在采摘苹果。',
    '通讯员 姜禾 摄',
    '',
    '# 东湖大桥主跨合龙',
    '',
    '9月9日，东湖大桥主跨顺利合龙，预计年底建成通车。',
    '读者 马骁 摄',
  );
  const articles = suggestArticles(raw);

  it('keep numbered photos together with the story they number, whatever words they share with the next', () => {
    expect(texts(articles[0].captions)).toEqual([
      '图①：石桥镇的稻田里，收割机来回穿梭。 记者 于小溪 摄',
      '图②：东湖果园里，果农正在采摘苹果。 通讯员 姜禾 摄',
    ]);
    expect(texts(articles[0].paragraphs)).toEqual(['9月上旬，全区秋粮陆续进入收获期。']);
  });

  it('read the one credit of a photo story with no caption as its byline', () => {
    expect(articles[1].byline.text).toBe('读者 马骁 摄');
    expect(articles[1].captions).toEqual([]);
  });

  it('read two `#` lines of one level under a kicker line as one title', () => {
    const [a] = suggestArticles(
      page(
        '### 区第一中学',
        '# 新校区投用',
        '# 三千名学生搬进“智慧校园”',
        '',
        '本报讯 9月2日，区第一中学新校区正式投用。',
      ),
    );
    expect([a.kicker.text, a.title.text]).toEqual(['区第一中学', '新校区投用 三千名学生搬进“智慧校园”']);
  });
});

describe('a scrambled page', () => {
  it('puts an intertitle marked smaller than the next title, with its text, into that next story', () => {
    const raw = page(
      '## 群众点单 服务上门',
      '',
      '在南岭街道便民服务站，工作人员正在为居民代办社保业务。',
      '',
      '# 南岭街道“家门口”服务站投用',
      '',
      '本报讯（记者 唐宁）4月9日，南岭街道第 8 个便民服务站在桃源社区投用。',
      '',
      '据介绍，服务站提供 36 项代办服务。',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(1);
    expect(texts(articles[0].paragraphs)).toEqual([
      '4月9日，南岭街道第 8 个便民服务站在桃源社区投用。',
      '群众点单 服务上门',
      '在南岭街道便民服务站，工作人员正在为居民代办社保业务。',
      '据介绍，服务站提供 36 项代办服务。',
    ]);
  });
});

describe('two neighbouring stories on one subject', () => {
  it('leave the second story’s intertitles with it when the first ended with its byline', () => {
    const raw = page(
      '# 垃圾分类进小区 居民积分换好礼',
      '',
      '本报讯 近日，东湖社区推行垃圾分类积分制，居民分类投放垃圾可获得积分，积分可兑换生活用品。',
      '',
      '目前，社区垃圾分类参与率达到 86%，垃圾分类准确率明显提高。',
      '',
      '记者 林夕',
      '',
      '# 南湖街道垃圾分类驿站投用',
      '',
      '本报讯 3月5日，南湖街道首个垃圾分类驿站投入使用，驿站配备智能回收设备。',
      '',
      '智能设备显身手',
      '',
      '驿站内的智能回收设备可自动称重，居民分类投放垃圾后积分自动到账，积分可兑换生活用品。',
      '',
      '通讯员 田园',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.paragraphs.length)).toEqual([2, 3]);
    expect(articles[1].paragraphs[1].text).toBe('智能设备显身手');
  });
});

describe('a headline after a story its byline closed', () => {
  it('takes none of that story’s paragraphs, whatever words they share', () => {
    const raw = page(
      '# 东湖社区推行垃圾分类积分制',
      '',
      '本报讯 近日，东湖社区推行垃圾分类积分制，居民分类投放可获得积分。',
      '',
      '社区还组建了垃圾分类志愿服务队，志愿者每天在投放点指导居民分类投放。',
      '',
      '记者 林夕',
      '',
      '垃圾分类志愿服务队在行动',
      '# 南湖街道开展清洁家园活动',
      '',
      '本报讯 3月5日，南湖街道组织居民开展清洁家园活动，清理楼道杂物。',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(2);
    expect(articles[0].paragraphs).toHaveLength(2);
    expect(articles[1].title.text).toBe('南湖街道开展清洁家园活动');
  });
});

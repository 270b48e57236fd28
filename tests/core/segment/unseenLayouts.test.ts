// General evidence for where a story starts on pages laid out unlike the fixture pages, each in
// a small invented page (no fixture text): a headline over a lede after a story with no closing
// byline, a headline's first half ending in a place word, a section label of two words parted
// by a middle dot.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { fieldsOf } from '../../../src/core/model';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);
const titles = (raw: string) => texts(suggestArticles(raw).map((a) => a.title));

describe('a headline over a lede', () => {
  // The story before has its byline in the dateline's brackets and ends with no byline.
  const story = [
    '区医保局推出上门办',
    '',
    '本报讯（通讯员 林雨）9月10日，区医保局推出上门办理服务。',
    '',
    '服务开通首日，共为行动不便的老人办理业务 86 件。',
    '',
  ];

  it('opens a story when the text under it says when (`近日，…`, `9月10日，…`)', () => {
    const raw = page(
      ...story,
      '老旧小区加装电梯提速',
      '',
      '近日，记者从区住建局获悉，今年全区已加装电梯 46 部。',
      '',
      '加装电梯由居民自愿申请。',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办', '老旧小区加装电梯提速']);
    const [, b] = suggestArticles(raw);
    expect(texts(b.paragraphs)).toEqual([
      '近日，记者从区住建局获悉，今年全区已加装电梯 46 部。',
      '加装电梯由居民自愿申请。',
    ]);
  });

  it('opens a story when the text under it says where the news came from (`记者从…获悉`)', () => {
    const raw = page(
      ...story,
      '夜市经济点亮城市烟火气',
      '',
      '记者从区商务局了解到，滨河夜市每晚客流超过五千人次。',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办', '夜市经济点亮城市烟火气']);
  });

  it('after a byline printed under the lede opens a story too', () => {
    const raw = page(
      '夜市经济点亮城市烟火气',
      '',
      '本报讯 入夜，滨河夜市灯火通明。',
      '记者 杨帆',
      '',
      '夜市共设摊位 120 个。',
      '',
      '社区食堂试运营',
      '',
      '南湖街道首家社区食堂日前开始试运营。',
    );
    expect(titles(raw)).toEqual(['夜市经济点亮城市烟火气', '社区食堂试运营']);
  });

  it('stays an intertitle when the text under it goes on with its story, or when it has a clause', () => {
    const raw = page(
      ...story,
      '上门服务更贴心',
      '',
      '工作人员带着设备上门，为老人现场办理。',
      '',
      '定时定点，服务有章法',
      '',
      '近日，服务队又走访了 12 户老人。',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办']);
    expect(texts(suggestArticles(raw)[0].paragraphs)).toContain('定时定点，服务有章法');
  });
});

describe('an unmarked two-line headline', () => {
  it('whose first half ends in a place word is one title, not a kicker over a title', () => {
    const [a] = suggestArticles(
      page(
        '区医保局',
        '',
        '医保服务站开进社区',
        '群众家门口办业务',
        '',
        '本报讯 9月10日，首个医保服务站在南湖社区运行。',
      ),
    );
    expect(a.kicker.text).toBe('区医保局');
    expect(a.title.text).toBe('医保服务站开进社区 群众家门口办业务');
  });

  it('keeps an office over its title a kicker when the office is the shorter line', () => {
    const [a] = suggestArticles(
      page('区住建局', '老旧小区加装电梯 46 部', '', '本报讯 近日，区住建局通报了加装电梯进展。'),
    );
    expect(a.kicker.text).toBe('区住建局');
    expect(a.title.text).toBe('老旧小区加装电梯 46 部');
  });
});

describe('a section label of two words parted by a middle dot', () => {
  const raw = page(
    '镇街·动态',
    '',
    '枫林街道',
    '',
    '“红色物业”让老旧小区焕新颜',
    '',
    '本报讯 今年已有 14 个小区引入物业服务。',
  );

  it('heads the articles under it and is no title', () => {
    const [a] = suggestArticles(raw);
    expect(a.section.text).toBe('镇街·动态');
    expect(a.kicker.text).toBe('枫林街道');
    expect(a.title.text).toBe('“红色物业”让老旧小区焕新颜');
  });

  it('stays a line of its own in clean output', () => {
    expect(cleanText(raw).text.split(/\n+/)).toContain('镇街·动态');
  });
});

describe('paragraphs opened by an indent', () => {
  const raw = page(
    '枫林街道',
    '社区食堂开进村',
    '　　近日，枫林街道第5家社区食',
    '堂在白鹭洲村开门迎客。',
    '　　村民可拨打服务热线预约上门助餐服务，街道提醒村民：',
    '　　一、不轻信上门推销和电话推',
    '荐的“高息”产品；',
    '　　二、不向陌生账户转账。',
  );

  it('part the headline printed right over the text from it', () => {
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('枫林街道');
    expect(a.title.text).toBe('社区食堂开进村');
    expect(a.paragraphs[0].text).toBe('近日，枫林街道第5家社区食堂在白鹭洲村开门迎客。');
  });

  it('keep a list item a column broke whole, and each indented line a paragraph of its own', () => {
    expect(texts(suggestArticles(raw)[0].paragraphs).slice(1)).toEqual([
      '村民可拨打服务热线预约上门助餐服务，街道提醒村民：',
      '一、不轻信上门推销和电话推荐的“高息”产品；',
      '二、不向陌生账户转账。',
    ]);
    expect(paragraphsOf(raw)).toContain('一、不轻信上门推销和电话推荐的“高息”产品；');
  });
});

describe('what column lines break apart', () => {
  it('a web address goes on without a space on the next line', () => {
    const raw = page('街道开通线上预约通道，登录 https://fl.qi', 'nghe.example.cn/yl 即可预约助餐服务。');
    expect(paragraphsOf(raw)).toEqual([
      '街道开通线上预约通道，登录 https://fl.qinghe.example.cn/yl 即可预约助餐服务。',
    ]);
  });

  it('a caption with its credit run into its sentence gets one space before the credit', () => {
    const [a] = suggestArticles(
      page(
        '社区食堂开进村',
        '',
        '本报讯 近日，社区食堂开业。',
        '',
        '图为工作人员为老人测',
        '量血压。通讯员 邝文涛 摄',
      ),
    );
    expect(texts(a.captions)).toEqual(['图为工作人员为老人测量血压。 通讯员 邝文涛 摄']);
  });

  it('a label set with a space after each character reads without them', () => {
    const [a] = suggestArticles(
      page(
        '# 经 济 观 察',
        '',
        '## 区商务局',
        '### 双节消费季启动 发放消费券 500 万元',
        '',
        '本报讯 9月10日，消费季启动。',
      ),
    );
    expect(a.section.text).toBe('经济观察');
    expect(a.kicker.text).toBe('区商务局');
  });
});

describe('notices', () => {
  const raw = page(
    '森林防火温馨提示',
    '',
    '秋季天干物燥，请广大市民进山不带火种。',
    '',
    '青河区人民政府森林防火指挥部办公室',
    '2024年10月9日',
    '',
    '第二实验小学招聘代课教师',
    '',
    '我校面向社会公开招聘代课教师 5 名。',
    '报名时间：10月14日至10月18日',
    '联系电话：0371-6612345',
    '',
    '青河区第二实验小学',
    '2024年10月8日',
  );
  const articles = suggestArticles(raw);

  it('are signed by an issuer with a long name over the date, which closes them', () => {
    expect(texts(articles.map((a) => a.title))).toEqual(['森林防火温馨提示', '第二实验小学招聘代课教师']);
    expect(texts(articles[0].paragraphs).slice(-2)).toEqual([
      '青河区人民政府森林防火指挥部办公室',
      '2024年10月9日',
    ]);
  });

  it('keep each `label：value` line of their own', () => {
    expect(texts(articles[1].paragraphs).slice(1, 3)).toEqual([
      '报名时间：10月14日至10月18日',
      '联系电话：0371-6612345',
    ]);
  });
});

describe('a notice signed with no blank line around its signature', () => {
  const raw = page(
    '停水通知',
    '',
    '因管网改造，10月15日暂停供水。',
    '青河区自来水公司',
    '2024年10月10日',
    '区图书馆',
    '国庆假期开放时间调整',
    '',
    '国庆期间，图书馆开放时间调整为9:00至17:00。',
  );

  it('ends at its date: the issuer is no part of the text, the next kicker and title no part of the date', () => {
    const [a, b] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual([
      '因管网改造，10月15日暂停供水。',
      '青河区自来水公司',
      '2024年10月10日',
    ]);
    expect(b.kicker.text).toBe('区图书馆');
    expect(b.title.text).toBe('国庆假期开放时间调整');
  });
});

describe('a headline block of two lines or more', () => {
  const story = ['区医保局推出上门办', '', '本报讯（通讯员 林雨）区医保局推出上门办理服务。', ''];

  it('after a story with no closing byline opens the next story, whatever its text opens with', () => {
    const raw = page(
      ...story,
      '“绿色账户”让垃圾分类成习惯',
      '',
      '全社区居民参与率超过九成',
      '',
      '南湖社区推行“绿色账户”积分制，居民分类投放可获得积分。',
    );
    const [, b] = suggestArticles(raw);
    expect(b.title.text).toBe('“绿色账户”让垃圾分类成习惯');
    expect(b.subtitle.text).toBe('全社区居民参与率超过九成');
  });

  it('of a title and its dash subtitle opens a story too', () => {
    const raw = page(
      ...story,
      '小香菇撑起致富大产业',
      '——石桥镇发展食用菌产业纪实',
      '',
      '走进石桥镇上河村，大棚整齐排列。',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办', '小香菇撑起致富大产业']);
  });

  it('of two intertitles with clauses stays in its story', () => {
    const raw = page(
      ...story,
      '强链条，合作社带着农户干',
      '拓销路，直播间里卖山货',
      '',
      '合作社统一收购农户的产品。',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办']);
  });
});

describe('nothing is lost', () => {
  const owned = (raw: string) => {
    const at = new Uint8Array(raw.length);
    for (const a of suggestArticles(raw))
      for (const [, f] of fieldsOf(a)) for (const s of f.spans) at.fill(1, s.start, s.end);
    return [...raw].filter((c, i) => !at[i] && !/\s/u.test(c)).join('');
  };

  it('a section label heading only a photo before the next label keeps its text', () => {
    expect(
      owned(
        page(
          '社会民生',
          '图为活动现场。',
          '文化旅游',
          '全区召开安全生产工作会议',
          '',
          '本报讯 近日，我区开展了活动。',
        ),
      ),
    ).toBe('');
  });

  it('a kicker and title read from a headline the column broke keep every character', () => {
    expect(owned(page('一垄一垄的麦苗', '区教育局', '——石桥镇发展茶产业纪实'))).toBe('');
  });
});

describe('credits printed another way', () => {
  it('a byline with a colon after each role is a byline', () => {
    const [a] = suggestArticles(
      page('湿地公园迎来候鸟', '', '本报讯 入冬以来，青河湿地公园迎来大批候鸟。', '记者：王五 通讯员：赵六'),
    );
    expect(a.byline.text).toBe('记者：王五 通讯员：赵六');
    expect(texts(a.paragraphs)).toEqual(['入冬以来，青河湿地公园迎来大批候鸟。']);
  });

  it('an office’s photo credit in brackets (`（区林业局供图）`) makes its text a caption, kept as printed', () => {
    const [a] = suggestArticles(
      page(
        '湿地公园迎来候鸟',
        '',
        '本报讯 入冬以来，湿地公园迎来大批候鸟。',
        '',
        '成群的白鹭在湿地觅食。（区林业局供图）',
      ),
    );
    expect(texts(a.captions)).toEqual(['成群的白鹭在湿地觅食。（区林业局供图）']);
    expect(texts(a.paragraphs)).toEqual(['入冬以来，湿地公园迎来大批候鸟。']);
  });
});

describe('a headline over text signed by a byline of its own', () => {
  it('opens a story when the story before already named its writer in its dateline', () => {
    const raw = page(
      '区医保局推出上门办',
      '',
      '本报讯（通讯员 林雨）区医保局推出上门办理服务。',
      '',
      '服务开通首日，共为行动不便的老人办理业务 86 件。',
      '',
      '老旧小区加装电梯提速',
      '',
      '南湖社区 6 栋老楼的电梯完成安装，居民告别了爬楼。',
      '记者 周密',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办', '老旧小区加装电梯提速']);
    expect(suggestArticles(raw)[1].byline.text).toBe('记者 周密');
  });

  it('stays an intertitle when the story before named nobody (the byline is that story’s)', () => {
    const raw = page(
      '区医保局推出上门办',
      '',
      '本报讯 区医保局推出上门办理服务。',
      '',
      '服务开通首日，共为老人办理业务 86 件。',
      '',
      '上门服务更贴心更暖心',
      '',
      '工作人员带着设备上门，为老人现场办理。',
      '记者 周密',
    );
    expect(titles(raw)).toEqual(['区医保局推出上门办']);
  });
});

describe('a title of a label’s length over a dash subtitle', () => {
  it('is the title, and the dash line its subtitle', () => {
    const [a] = suggestArticles(
      page(
        '守护一河清水',
        '——我区全面推行河长制工作综述',
        '',
        '本报记者 贺兰',
        '',
        '河长制推行五年来，河道面貌焕然一新。',
      ),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('守护一河清水');
    expect(a.subtitle.text).toBe('——我区全面推行河长制工作综述');
  });
});

describe('a byline closing the text in the same block', () => {
  const story = (byline: string) =>
    suggestArticles(
      page(
        '老街改造留住乡愁',
        '',
        '本报讯 近日，柳塘老街改造完工。',
        '',
        '改造中，施工方保留了 36 处老建筑。',
        byline,
      ),
    )[0];

  it('after a box drawn before it is the byline, read without the box', () => {
    expect(story('■ 记者 陈十').byline.text).toBe('记者 陈十');
    expect(story('◎通讯员 王五').byline.text).toBe('通讯员 王五');
  });

  it('crediting the writer and the photographer (`文/陈十 图/王五`) is the byline', () => {
    const a = story('文/陈十 图/王五');
    expect(a.byline.text).toBe('文/陈十 图/王五');
    expect(texts(a.paragraphs).at(-1)).toBe('改造中，施工方保留了 36 处老建筑。');
  });
});

describe('a title the column set on two lines', () => {
  it('is one phrase with no space when its lede repeats it across the break', () => {
    const [a] = suggestArticles(
      page(
        '县委中心组举行',
        '2024年第三次集体学习',
        '',
        '本报讯 6月3日，县委中心组举行2024年第三次集体学习。',
      ),
    );
    expect(a.title.text).toBe('县委中心组举行2024年第三次集体学习');
  });

  it('is one phrase also when each half has its own `#` mark', () => {
    const lede = '本报讯 11月4日，县游泳队队员在全省游泳锦标赛上获得银牌。';
    const [a] = suggestArticles(page('# 县游泳队队员在全省', '# 游泳锦标赛上摘银', '', lede));
    expect(a.title.text).toBe('县游泳队队员在全省游泳锦标赛上摘银');
    const [b] = suggestArticles(page('# 垃圾分类有积分', '# 绿色生活成风尚', '', lede));
    expect(b.title.text).toBe('垃圾分类有积分 绿色生活成风尚');
  });

  it('is one phrase when the lede repeats only the two words that meet at the break', () => {
    // `年人` + `免费`: the lede goes on otherwise (`免费提供`), as ledes reword their titles.
    const [a] = suggestArticles(
      page('全区开展老年人', '免费体检服务', '', '本报讯 即日起，全区为 65 岁以上老年人免费提供一次体检。'),
    );
    expect(a.title.text).toBe('全区开展老年人免费体检服务');
  });

  it('keeps its halves parted by a space when the lede does not', () => {
    const [a] = suggestArticles(
      page('垃圾分类有积分', '绿色生活成风尚', '', '本报讯 近日，杏园街道推出垃圾分类积分制度。'),
    );
    expect(a.title.text).toBe('垃圾分类有积分 绿色生活成风尚');
  });
});

describe('a page printed with few blank lines', () => {
  const raw = page(
    '社会民生',
    '',
    '青河中学',
    '',
    '新校区正式投用',
    '',
    '本报讯 9月1日，青河中学新校区投入使用。',
    '',
    '城市管理',
    '区城管局',
    '开展占道经营专项整治',
    '',
    '本报讯 近日，区城管局开展专项整治。',
    '',
    '石桥镇',
    '香菇产业带富一方',
    '全镇种植香菇 2,000 万棒',
    '本报讯 近日，石桥镇香菇喜获丰收。',
  );
  const [, b, c] = suggestArticles(raw);

  it('reads a label over an office kicker in one block as the new section', () => {
    expect(b.section.text).toBe('城市管理');
    expect(b.kicker.text).toBe('区城管局');
    expect(b.subtitle.text).toBe('');
  });

  it('reads a subtitle with a figure under its title over the dateline in the same block', () => {
    expect(c.kicker.text).toBe('石桥镇');
    expect(c.title.text).toBe('香菇产业带富一方');
    expect(c.subtitle.text).toBe('全镇种植香菇 2,000 万棒');
    expect(c.dateline.text).toBe('本报讯');
  });
});

describe('a headline with its writer printed under it', () => {
  it('opens a story after one that is still open, however its text begins', () => {
    const raw = page(
      '青河老街焕新颜',
      '',
      '本报记者 何青',
      '',
      '走进柳塘老街，青石板路干净整洁。',
      '',
      '老街改造保留了 36 处老建筑。',
      '',
      '非遗工坊里的“新”手艺',
      '',
      '本报记者 陈静',
      '',
      '在老街的非遗工坊里，几名年轻人正跟着老师傅学习剪纸。',
    );
    const [a, b] = suggestArticles(raw);
    expect(titles(raw)).toEqual(['青河老街焕新颜', '非遗工坊里的“新”手艺']);
    expect(a.byline.text).toBe('本报记者 何青');
    expect(b.byline.text).toBe('本报记者 陈静');
  });
});

describe('a headline line right over a dateline, in a block with no blank line', () => {
  it('heads the next story instead of ending the text above it', () => {
    const raw = page(
      '东岭县老街改造完工',
      '本报讯 5月2日，东岭县老街改造完',
      '工，沿街 40 间老屋修缮一新，居民',
      '出行更方便了。 通讯员 钟岚',
      '南坡村建起村级托育点',
      '本报讯 近日，南坡村托育点开园，',
      '首批接收幼儿 18 名。',
    );
    const [a, b] = suggestArticles(raw);
    expect(titles(raw)).toEqual(['东岭县老街改造完工', '南坡村建起村级托育点']);
    expect(a.byline.text).toBe('通讯员 钟岚');
    expect(b.dateline.text).toBe('本报讯');
  });

  it('keeps a headline’s second line with its first', () => {
    const raw = page(
      '东岭县老街改造完工',
      '本报讯 5月2日，东岭县老街改造完工。',
      '节水先行',
      '守护一河清水',
      '本报讯 近日，县水利局开展节水宣传。',
    );
    expect(titles(raw)[1]).toBe('节水先行 守护一河清水');
  });

  it('reads a dateline whose column line stops at no mark as the dateline under it', () => {
    const raw = page(
      '东岭县老街改造完工',
      '本报讯 5月2日，东岭县老街改造完',
      '工，居民出行更方便了。 通讯',
      '员 钟岚',
      '县林业站开展秋季林木防虫',
      '本报讯（通讯员 郝青）进入 10',
      '月，林木进入病虫害高发期。',
    );
    expect(titles(raw)).toEqual(['东岭县老街改造完工', '县林业站开展秋季林木防虫']);
  });
});

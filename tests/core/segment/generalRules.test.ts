// General evidence for the parts of a page, each in a small invented page (no fixture text):
// an author's name alone, role words with their qualifiers, datelines with a date or a source,
// the masthead and contents box, an unmarked kicker / title / deck block, a photo credit in
// brackets, a two-line title after a story with no byline, a page jump at the top of a text,
// a column's name under a page's label, a question as a title, a notice's signature, verse.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);

describe('an author printed as a name alone', () => {
  it('under the title is the byline, not the end of the title', () => {
    const raw = page('# 城市更新要留住烟火气', '刘思远', '', '城市更新不是推倒重来，而是要在保护中发展。');
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('城市更新要留住烟火气');
    expect(a.byline.text).toBe('刘思远');
    expect(paragraphsOf(raw)).toContain('刘思远');
  });

  it('after a box is the byline without the box', () => {
    const [a] = suggestArticles(page('## 五月的麦田', '□ 林默', '', '风从南边吹来，麦子黄了。'));
    expect(a.title.text).toBe('五月的麦田');
    expect(a.byline.text).toBe('林默');
  });

  it('closing a story’s text signs it, and is no label over the next story', () => {
    const [a, b] = suggestArticles(
      page(
        '# 让老旧小区焕发新颜',
        '',
        '改造不能只顾“面子”，更要顾“里子”。',
        '',
        '王力',
        '',
        '# 夜市经济点亮县城',
        '',
        '本报讯 入夏以来，夜市客流明显增加。',
      ),
    );
    expect(a.byline.text).toBe('王力');
    expect(b.title.text).toBe('夜市经济点亮县城');
    expect(b.section.text).toBe('');
  });

  it('is told from a word or a place that opens like a name', () => {
    const raw = page('# 青河新貌', '文化', '', '本报讯 近日，青河老街改造完工。');
    expect(suggestArticles(raw)[0].byline.text).toBe('');
    const [b] = suggestArticles(page('# 青河新貌', '王村', '', '本报讯 近日，青河老街改造完工。'));
    expect(b.byline.text).toBe('');
  });

  it('credited with 文/ is a byline', () => {
    const [a] = suggestArticles(page('## 一碗热汤面', '文/宋小禾', '', '下班路过街口，总要在面馆前停一停。'));
    expect(a.title.text).toBe('一碗热汤面');
    expect(a.byline.text).toBe('文/宋小禾');
  });
});

describe('bylines and datelines in their variants', () => {
  it('reads a qualified role word (融媒体记者) inside the dateline’s brackets', () => {
    const [a] = suggestArticles(
      page('# 城北公园改造完工', '', '本报讯（融媒体记者 张晓 通讯员 李明）6月3日，城北公园改造完工。'),
    );
    expect(a.dateline.text).toBe('本报讯（融媒体记者 张晓 通讯员 李明）');
    expect(a.byline.text).toBe('融媒体记者 张晓 通讯员 李明');
  });

  it('reads a date alone before 讯, and a source set apart as a dateline', () => {
    const [a] = suggestArticles(
      page('# 全市举办消防演练', '', '6月2日讯（记者 赵一）全市消防演练今日举行。'),
    );
    expect(a.dateline.text).toBe('6月2日讯（记者 赵一）');
    expect(a.byline.text).toBe('记者 赵一');
    const [b] = suggestArticles(page('# 全省夏粮丰收', '', '据东岭日报报道 今年全省夏粮再创新高。'));
    expect(b.dateline.text).toBe('据东岭日报报道');
    expect(b.paragraphs[0].text).toBe('今年全省夏粮再创新高。');
  });

  it('keeps a byline printed under the title, before the dateline, with its story', () => {
    const articles = suggestArticles(
      page(
        '# 城北公园改造完工',
        '',
        '记者 张晓',
        '',
        '本报讯 6月3日，城北公园改造完工。',
        '',
        '公园还增设了儿童游乐区。',
      ),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0].byline.text).toBe('记者 张晓');
    expect(articles[0].dateline.text).toBe('本报讯');
  });

  it('takes a source credited in brackets after the last sentence as the byline', () => {
    const [a] = suggestArticles(page('# 防范养老诈骗', '', '请老人不要轻信免费体检。(区公安分局供稿)'));
    expect(a.byline.text).toBe('区公安分局供稿');
    expect(texts(a.paragraphs)).toEqual(['请老人不要轻信免费体检。']);
  });
});

describe('a front page', () => {
  const raw = page(
    '东岭日报',
    '中共东岭县委主办  第2031期',
    '2025年3月3日  星期一  农历二月初四  今日8版',
    '',
    '导  读',
    '春耕备耕有序推进   ②版',
    '老城墙修缮完工     ③版',
    '',
    '要闻',
    '',
    '稳字当头 进中求好',
    '东岭县一季度经济开局良好',
    '规上工业增加值增长 8.1%，社会消费品零售总额稳步回升',
    '',
    '3月1日，东岭县工业园区生产车间',
    '里，工人们正在加紧赶制订单。',
    '（记者 罗文 摄）',
    '',
    '本报讯（记者 罗文）',
    '今年以来，东岭县经济运行稳中有进，',
    '主要指标好于预期。',
    '',
    '新闻热线：0391-5550000  投稿邮箱：news@dongling.example.cn',
  );
  const articles = suggestArticles(raw);

  it('leaves the masthead, the contents box and the hotline to no article', () => {
    expect(articles).toHaveLength(1);
    const owned = texts(articles.flatMap((a) => [a.title, a.kicker, a.subtitle, ...a.paragraphs]));
    for (const line of ['第2031期', '导读', '春耕备耕', '新闻热线'])
      expect(owned.join('')).not.toContain(line);
  });

  it('reads three unmarked headline lines as kicker, title and deck, under the section label', () => {
    const [a] = articles;
    expect(a.section.text).toBe('要闻');
    expect(a.kicker.text).toBe('稳字当头 进中求好');
    expect(a.title.text).toBe('东岭县一季度经济开局良好');
    expect(a.subtitle.text).toBe('规上工业增加值增长 8.1%，社会消费品零售总额稳步回升');
  });

  it('reads text closed by a photo credit in brackets as a caption with its credit', () => {
    const [a] = articles;
    expect(texts(a.captions)).toEqual([
      '3月1日，东岭县工业园区生产车间里，工人们正在加紧赶制订单。 记者 罗文 摄',
    ]);
    expect(a.dateline.text).toBe('本报讯（记者 罗文）');
    expect(texts(a.paragraphs)).toEqual(['今年以来，东岭县经济运行稳中有进，主要指标好于预期。']);
  });
});

describe('a front page whose banner the OCR marked as headings', () => {
  it('still leaves the masthead and the contents box to no article', () => {
    const raw = page(
      '# 东岭日报',
      '中共东岭县委主办 第2031期',
      '2025年3月3日 星期一 今日8版',
      '',
      '## 导读',
      '春耕备耕有序推进 ②版',
      '老城墙修缮完工 ③版',
      '',
      '# 东岭县一季度经济开局良好',
      '',
      '本报讯 今年以来，东岭县经济运行稳中有进。',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(1);
    expect(articles[0].title.text).toBe('东岭县一季度经济开局良好');
    const owned = texts(articles.flatMap((a) => [a.title, a.kicker, a.subtitle, ...a.paragraphs]));
    for (const line of ['东岭日报', '第2031期', '导读', '春耕备耕'])
      expect(owned.join('')).not.toContain(line);
  });
});

describe('a page jump between a two-line title and its text', () => {
  const raw = page(
    '民生',
    '',
    '医保结算再提速',
    '覆盖全县 42 家定点医院',
    '(上接第1版)',
    '此前，参保群众在异地就医时，',
    '往往要先垫付费用。',
  );

  it('keeps the title whole and out of the text, and the jump as a note', () => {
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('医保结算再提速 覆盖全县 42 家定点医院');
    expect(texts(a.paragraphs)).toEqual(['此前，参保群众在异地就医时，往往要先垫付费用。']);
    expect(texts(a.notes)).toEqual(['（上接第1版）']);
  });

  it('is cleaned with the same joins: the title its own paragraph, the jump removed', () => {
    expect(paragraphsOf(raw)).toEqual([
      '民生',
      '医保结算再提速 覆盖全县 42 家定点医院',
      '此前，参保群众在异地就医时，往往要先垫付费用。',
    ]);
  });
});

describe('headlines without markup', () => {
  it('keeps a title’s second line that opens with a year in the title (a year is no figure of a subtitle)', () => {
    const [a] = suggestArticles(
      page('县委中心组举行', '2025年第二次集体学习', '', '本报讯 3月2日，县委中心组举行集体学习。'),
    );
    expect(a.subtitle.text).toBe('');
    expect(a.title.text.replace(/\s/gu, '')).toBe('县委中心组举行2025年第二次集体学习');
  });

  it('open a new story with a title the column broke onto two lines, even after a story with no byline', () => {
    const articles = suggestArticles(
      page(
        '县里召开春季防火会议',
        '',
        '本报讯 3月2日，县里召开春季防火会议。',
        '',
        '会议要求各乡镇加强巡查。',
        '',
        '县人大常委会开展食品安全',
        '法执法检查',
        '',
        '3月3日，县人大常委会检查组深入学校食堂开展检查。',
      ),
    );
    expect(texts(articles.map((a) => a.title))).toEqual([
      '县里召开春季防火会议',
      '县人大常委会开展食品安全法执法检查',
    ]);
  });

  it('read a common noun ending in an office word (农业农村) as a section label, not a kicker', () => {
    const articles = suggestArticles(
      page(
        '农业农村',
        '',
        '# 小麦收获进度过半',
        '',
        '本报讯 全县小麦收获已过半。',
        '',
        '记者 甲乙',
        '',
        '# 高标准农田建设加快',
        '',
        '本报讯 今年新建高标准农田两万亩。',
      ),
    );
    expect(texts(articles.map((a) => a.section))).toEqual(['农业农村', '农业农村']);
    expect(texts(articles.map((a) => a.kicker))).toEqual(['', '']);
  });

  it('read a question under its column’s name as the title, and a column’s name under a page’s label as a kicker', () => {
    const articles = suggestArticles(
      page(
        '法治东岭',
        '',
        '以案说法',
        '借钱不还玩失踪 法院判决还本付息',
        '',
        '案情回顾',
        '',
        '2022年3月，李某向朋友借款5万元，到期后拒不归还。',
        '',
        '(记者 严冬)',
        '',
        '普法问答',
        '老人买保健品被骗怎么办？',
        '',
        '问：父亲花1.6万元买了保健品，能退钱吗？',
      ),
    );
    expect(texts(articles.map((a) => a.section))).toEqual(['法治东岭', '法治东岭']);
    expect(texts(articles.map((a) => a.kicker))).toEqual(['以案说法', '普法问答']);
    expect(texts(articles.map((a) => a.title))).toEqual([
      '借钱不还玩失踪 法院判决还本付息',
      '老人买保健品被骗怎么办？',
    ]);
    // A short label alone after the headline block is the first intertitle.
    expect(articles[0].paragraphs[0].text).toBe('案情回顾');
    expect(articles[0].subtitle.text).toBe('');
  });
});

describe('lines that are never a headline', () => {
  it('a page jump opening a text: a note, and the title above it stays whole', () => {
    const [a] = suggestArticles(
      page(
        '全县普法中期评估',
        '圆满完成',
        '(上接第1版)',
        '评估组逐一打分，群众法治知识知晓率达到 93.4%。',
        '记者 严冬',
      ),
    );
    expect(a.title.text).toBe('全县普法中期评估圆满完成');
    expect(texts(a.notes)).toEqual(['（上接第1版）']);
    expect(a.byline.text).toBe('记者 严冬');
  });

  it('a notice’s issuer and date: they sign it, no article of their own', () => {
    const articles = suggestArticles(
      page(
        '# 关于招募调解员的公告',
        '',
        '现面向社会公开招募人民调解员，有关事项公告如下：',
        '',
        '一、招募人数：12 名。',
        '',
        '县司法局',
        '2025年3月1日',
      ),
    );
    expect(articles).toHaveLength(1);
    expect(texts(articles[0].paragraphs).slice(-2)).toEqual(['县司法局', '2025年3月1日']);
  });

  it('a note in brackets and an address line: text, not the next story’s kicker or title', () => {
    const articles = suggestArticles(
      page(
        '## 老街的雨',
        '张晓岚',
        '',
        '原来，有些东西是修不掉的。',
        '',
        '（作者系县文化馆退休干部）',
        '',
        '## 征稿启事',
        '',
        '副刊长期征集作品。',
        '',
        '投稿邮箱:fukan@dongling.example.cn',
      ),
    );
    expect(texts(articles.map((a) => a.title))).toEqual(['老街的雨', '征稿启事']);
    expect(articles[0].kicker.text).toBe('');
    expect(articles[0].paragraphs.at(-1)?.text).toBe('（作者系县文化馆退休干部）');
    // (The colon's width before Latin text is the cleanup's concern.)
    expect(articles[1].paragraphs.at(-1)?.text).toMatch(/^投稿邮箱[:：]fukan@dongling\.example\.cn$/u);
  });

  it('verse: each line of a stanza is a paragraph of the poem, in segment and in clean', () => {
    const raw = page(
      '## 春天的田埂（组诗）',
      '□ 林默',
      '',
      '麦苗',
      '',
      '风从南边吹来',
      '一垄一垄的麦苗',
      '就抬起头',
      '把绿色的话传给下一垄',
      '',
      '菜花',
      '',
      '母亲站在地头',
      '不说话',
      '她的目光',
      '比蜜蜂先到了花田',
    );
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(1);
    expect(texts(articles[0].paragraphs)).toEqual([
      '麦苗',
      '风从南边吹来',
      '一垄一垄的麦苗',
      '就抬起头',
      '把绿色的话传给下一垄',
      '菜花',
      '母亲站在地头',
      '不说话',
      '她的目光',
      '比蜜蜂先到了花田',
    ]);
    expect(paragraphsOf(raw)).toContain('就抬起头');
  });

  it('a text closed by a page jump, printed right over the next title: prose, not that title’s kicker', () => {
    const [a, b] = suggestArticles(
      page(
        '# 县政府召开常务会议',
        '',
        '本报讯 3月3日，县政府召开常务会议。',
        '',
        '会议要求，各部门要抓紧落实，（下转第2版）',
        '# 老旧小区改造提速',
        '本报讯 今年全县改造老旧小区30个。',
      ),
    );
    expect(texts(a.notes)).toEqual(['（下转第2版）']);
    expect(a.paragraphs.at(-1)?.text).toBe('会议要求，各部门要抓紧落实，');
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('老旧小区改造提速');
  });
});

describe('a column of text', () => {
  it('reads a short headline line opening a block of prose as an intertitle over its text', () => {
    const [a] = suggestArticles(
      page(
        '# 石桥镇茶产业兴旺',
        '',
        '本报讯 近年来，石桥镇大力发展茶产业。',
        '',
        '种好茶',
        '全镇茶园面积达到两万亩，品种不断',
        '优化。',
        '',
        '记者 赵一',
      ),
    );
    expect(texts(a.paragraphs)).toEqual([
      '近年来，石桥镇大力发展茶产业。',
      '种好茶',
      '全镇茶园面积达到两万亩，品种不断优化。',
    ]);
  });

  it('keeps a short first line whose phrase goes on in the line under it', () => {
    const [a] = suggestArticles(
      page(
        '# 防暑提示',
        '',
        '高温天气应尽量避免',
        '在10时至16时外出，外出时做好遮阳',
        '防护，及时补充水分。',
      ),
    );
    expect(texts(a.paragraphs)).toEqual([
      '高温天气应尽量避免在10时至16时外出，外出时做好遮阳防护，及时补充水分。',
    ]);
  });

  it('reads a photo credit opened by 图/ as the byline', () => {
    const [a] = suggestArticles(
      page('# 荷花节开幕', '', '本报讯 6月28日，荷花节在湿地公园开幕。', '', '图/记者 陈十'),
    );
    expect(a.byline.text).toBe('图/记者 陈十');
  });
});

describe('notices', () => {
  const raw = page(
    '关于2025年春季征兵工作的通告',
    '',
    '现将我县2025年春季征兵工作有关事项通告如下：',
    '一、征集对象',
    '年满18至22周岁的男性青年。',
    '联系电话：0391-5551234',
    '特此通告。',
    '',
    '县人民政府征兵办公室',
    '2025年2月20日',
    '',
    '寻物启事',
    '',
    '本人于2月18日在县公园遗失黑色钱包一个，请拾到者与本人联系。',
    '联系人：王先生',
    '',
    '遗失声明',
    '',
    '东岭县某某商贸有限公司遗失营业执照副本，声明作废。',
  );
  const articles = suggestArticles(raw);

  it('are each an article: a title naming its kind opens one, a signature and date close one', () => {
    expect(texts(articles.map((a) => a.title))).toEqual([
      '关于2025年春季征兵工作的通告',
      '寻物启事',
      '遗失声明',
    ]);
    expect(texts(articles[0].paragraphs).slice(-2)).toEqual(['县人民政府征兵办公室', '2025年2月20日']);
  });

  it('keep a list item’s heading, a contact line and a closing formula lines of their own', () => {
    expect(texts(articles[0].paragraphs).slice(1, 5)).toEqual([
      '一、征集对象',
      '年满18至22周岁的男性青年。',
      '联系电话：0391-5551234',
      '特此通告。',
    ]);
    expect(paragraphsOf(raw)).toContain('一、征集对象');
  });

  it('join a title opened by 关于 that the column broke, with no space and no label', () => {
    const [a] = suggestArticles(
      page(
        '关于开展春季',
        '爱国卫生运动的通知',
        '',
        '各乡镇、各有关单位：',
        '为改善城乡环境，经研究，决定开展',
        '春季爱国卫生运动。',
      ),
    );
    expect(a.section.text).toBe('');
    expect(a.title.text).toBe('关于开展春季爱国卫生运动的通知');
    expect(texts(a.paragraphs)).toEqual([
      '各乡镇、各有关单位：',
      '为改善城乡环境，经研究，决定开展春季爱国卫生运动。',
    ]);
  });
});

describe('a page marked `#` on every line', () => {
  it('reads each line by its words: the dateline, the text and the byline are no headlines', () => {
    const [a, ...rest] = suggestArticles(
      page(
        '# 县委召开常委会会议',
        '# 本报讯 3月3日，县委召开常委会会议，研究部署近期工作。',
        '# 会议强调，要抓好安全生产。',
        '# 记者 周八',
      ),
    );
    expect(rest).toHaveLength(0);
    expect(a.title.text).toBe('县委召开常委会会议');
    expect(a.subtitle.text).toBe('');
    expect(a.dateline.text).toBe('本报讯');
    expect(a.byline.text).toBe('记者 周八');
    expect(texts(a.paragraphs)).toEqual([
      '3月3日，县委召开常委会会议，研究部署近期工作。',
      '会议强调，要抓好安全生产。',
    ]);
  });

  it('keeps a long marked title of halves (over 40 characters) a title', () => {
    const title = '东岭县首个“检察+工会”协作办公室在县城成立 为劳动者“撑腰” 为企业健康发展“护航”';
    const [a] = suggestArticles(page(`# ${title}`, '', '本报讯 日前，协作办公室揭牌成立。'));
    expect(a.title.text).toBe(title);
  });
});

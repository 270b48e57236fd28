// Table tests of page structure on snippets written for these tests (an invented paper, not
// the fixture or corpus pages): continuation marks, section labels, bylines, captions, lists.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...blocks: string[]) => blocks.join('\n\n');
const titles = (raw: string) => suggestArticles(raw).map((a) => a.title.text);

describe('a continuation mark ends a paragraph', () => {
  it.each([
    [
      'the next title right under the mark',
      page(
        '区园林局开展树木修剪\n\n本报讯 近日，区园林局对主干道\n两侧行道树开展集中修剪，消除\n安全隐患。②3\n桃溪社区举办邻里议事会',
        '本报讯 6月2日，桃溪社区召开\n邻里议事会，商议加装电梯事宜。',
      ),
    ],
    [
      'a mark after an unfinished sentence',
      page(
        '区园林局开展树木修剪',
        '本报讯 近日，区园林局对主干道两侧行道树开展集中修剪，并将继续加强④6',
        '桃溪社区举办邻里议事会',
        '本报讯 6月2日，桃溪社区召开邻里议事会，商议加装电梯事宜。',
      ),
    ],
  ])('%s', (_case, raw) => {
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual(['区园林局开展树木修剪', '桃溪社区举办邻里议事会']);
    expect(articles[0].notes.map((n) => n.text)).toHaveLength(1);
    expect(articles[0].paragraphs.at(-1)!.text).not.toContain('桃溪');
  });
});

describe('section labels', () => {
  it('apply until the next label, also when one follows a mark directly', () => {
    const raw = page(
      '城乡建设',
      '区交通局 推进农村公路提档升级',
      '本报讯 今年以来，区交通局完成农村公路提档升级 46 公里。③2\n文明风尚',
      '白鹭镇评选“最美家庭”',
      '本报讯 近日，白鹭镇评选出 20 户“最美家庭”。',
      '桃溪社区开展垃圾分类宣传',
      '本报讯 6月5日，桃溪社区开展垃圾分类宣传活动。',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => [a.section.text, a.title.text])).toEqual([
      ['城乡建设', '推进农村公路提档升级'],
      ['文明风尚', '白鹭镇评选“最美家庭”'],
      ['文明风尚', '桃溪社区开展垃圾分类宣传'],
    ]);
  });
});

describe('bylines, captions and credits wherever they stand', () => {
  it('a byline after the lede, and one at the end of a later story', () => {
    const raw = page(
      '区卫健委',
      '家庭医生签约服务提质扩面',
      '今年以来，区卫健委推进家庭医生签约服务，重点人群签约率达 78%。\n记者 沈青 通讯员 冯雨 文/图',
      '全区组建家庭医生团队 52 支，为签约居民提供健康咨询和慢病随访。',
      '图为家庭医生上门随访。\n通讯员 冯雨 摄',
      '白鹭镇卫生院新增康复科',
      '本报讯 近日，白鹭镇卫生院康复科正式开诊。\n记者 沈青',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual(['家庭医生签约服务提质扩面', '白鹭镇卫生院新增康复科']);
    expect(articles[0].kicker.text).toBe('区卫健委');
    expect(articles[0].byline.text).toBe('记者 沈青 通讯员 冯雨 文/图');
    expect(articles[0].paragraphs.map((p) => p.text)).toEqual([
      '今年以来，区卫健委推进家庭医生签约服务，重点人群签约率达 78%。',
      '全区组建家庭医生团队 52 支，为签约居民提供健康咨询和慢病随访。',
    ]);
    expect(articles[0].captions.map((c) => c.text)).toEqual(['图为家庭医生上门随访。 通讯员 冯雨 摄']);
    expect(articles[1].byline.text).toBe('记者 沈青');
  });
});

describe('lists stay lists', () => {
  it.each([
    [
      '一、',
      '一、排查老旧管网，年底前\n完成改造；\n二、开展入户安检；\n三、加强宣传。',
      ['一、', '二、', '三、'],
    ],
    ['1.', '1.发现火情立即报警；\n2.关闭燃气阀门；\n3.有序撤离。', ['1.', '2.', '3.']],
    ['（1）', '（1）6月前完成摸底；\n（2）8月前完成整改；\n（3）年底前验收。', ['（1）', '（2）', '（3）']],
  ])('%s items are paragraphs of their own', (_marker, list, starts) => {
    const raw = page('区住建局部署燃气安全工作', `本报讯 近日，区住建局部署燃气安全工作，要求：\n${list}`);
    const [article] = suggestArticles(raw);
    expect(article.paragraphs.slice(1).map((p) => p.text.slice(0, starts[0].length))).toEqual(starts);
  });
});

describe('a headline-like block after a paragraph', () => {
  it('starts a new article when the story before it has ended', () => {
    const raw = page(
      '区税务局开展“春雨润苗”行动',
      '本报讯 近日，区税务局走访小微企业 36 家，现场解答涉税问题。\n通讯员 葛文 韩露',
      '白鹭镇举办农民丰收节',
      '9月22日，白鹭镇第二届农民丰收节开幕，农特产品展销、农耕体验等活动吸引游客上万人次。',
    );
    expect(titles(raw)).toEqual(['区税务局开展“春雨润苗”行动', '白鹭镇举办农民丰收节']);
  });

  it('stays an intertitle inside a story that goes on', () => {
    const raw = page(
      '桃溪社区打造“一刻钟便民生活圈”',
      '本报讯 今年以来，桃溪社区引进便民服务网点 18 个。',
      '服务上门，居民少跑腿',
      '社区组织志愿者为独居老人提供代购、理发等服务。\n记者 沈青',
    );
    const [article] = suggestArticles(raw);
    expect(titles(raw)).toEqual(['桃溪社区打造“一刻钟便民生活圈”']);
    expect(article.paragraphs.map((p) => p.text)[1]).toBe('服务上门，居民少跑腿');
  });
});

describe('a heading the column cut', () => {
  it.each([
    ['a short end', '# 我区召开社区网格化治理\n工作推进会', '我区召开社区网格化治理工作推进会', ''],
    [
      'a word cut in two',
      '# 全区第二届社区网格员技能比\n武大赛在桃溪社区落幕',
      '全区第二届社区网格员技能比武大赛在桃溪社区落幕',
      '',
    ],
    [
      'a subtitle under it',
      '# 高温天气安全生产不放松\n全区开展夏季安全生产大检查',
      '高温天气安全生产不放松',
      '全区开展夏季安全生产大检查',
    ],
  ])('%s', (_case, head, title, subtitle) => {
    const [a] = suggestArticles(page(head, '本报讯 近日，区里召开会议，部署下一阶段的各项工作。'));
    expect(a.title.text).toBe(title);
    expect(a.subtitle.text).toBe(subtitle);
  });

  it('reads a `.` after Han text as the full stop cleanup makes of it, so cleaning twice changes nothing', async () => {
    const { cleanText } = await import('../../../src/core/clean');
    const once = cleanText('会议要求，\n\n抓好落实.').text;
    expect(cleanText(once).text).toBe(once);
  });
});

describe('interleaved articles', () => {
  // Invented: a story about paper-cutting, and one about the library printed into it.
  const raw = page(
    '### 区文旅局\n# 非遗工坊里的“年轻人”',
    '本报讯 6月5日，记者走进我区 5 家非遗工坊，看到剪纸、面塑等传统技艺正吸引越来越多的年轻人参与。',
    '记者 夏禾',
    '# 区图书馆“书香青河”阅读季启动',
    '本报讯（通讯员 温玲）6月1日，区图书馆“书香青河”全民阅读季正式启动，首场活动吸引 300 余名读者参加。',
    '传技艺，课堂里的新传人',
    '区文旅局联合 12 所中小学开设非遗课堂，每周安排 1 节剪纸或面塑课，由工坊艺人进校授课。',
    '阅读季期间，区图书馆将举办名家讲座、亲子共读、图书漂流等活动 60 场。',
    '图为学员在非遗工坊学习剪纸。\n通讯员 温玲 摄',
  );

  it('give an intertitle and its text, and a caption, to the story whose words they share', () => {
    const [heritage, library] = suggestArticles(raw);
    expect(heritage.title.text).toBe('非遗工坊里的“年轻人”');
    expect(heritage.paragraphs.map((p) => p.text.slice(0, 6))).toEqual([
      '6月5日，记',
      '传技艺，课堂',
      '区文旅局联合',
    ]);
    expect(heritage.captions.map((c) => c.text)).toEqual(['图为学员在非遗工坊学习剪纸。 通讯员 温玲 摄']);
    expect(library.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['6月1日，区', '阅读季期间，']);
    expect(library.captions).toEqual([]);
  });

  it('leave neighbouring stories that share words as they were printed', () => {
    // No intertitle opens the second story's later text: related words alone move nothing.
    const plain = page(
      '# 杏园街道老旧小区改造惠及居民',
      '本报讯 今年以来，杏园街道统筹推进辖区老旧小区综合改造，涉及居民 3,200 余户。',
      '记者 王启航',
      '# 区民政局召开养老服务工作推进会',
      '本报讯 7月23日，区民政局召开全区养老服务工作推进会。',
      '会上，杏园街道、柳塘街道作交流发言，介绍老旧小区适老化改造经验。',
    );
    const [, second] = suggestArticles(plain);
    expect(second.paragraphs.map((p) => p.text.slice(0, 3))).toEqual(['7月2', '会上，']);
  });
});

describe('a headline printed after its body', () => {
  it('takes the paragraphs it names from the story before, with the next headline left its own story', () => {
    const raw = page(
      '# 区图书馆“书香青河”阅读季启动',
      '本报讯 6月1日，区图书馆“书香青河”全民阅读季正式启动，首场活动吸引 300 余名读者参加。',
      '端午假期，青河古镇共接待游客 12.6 万人次，古镇推出的龙舟表演、香囊制作等民俗活动场场爆满。',
      '# 青河古镇端午游客量创新高',
      '## 区文化馆举办消夏晚会',
      '本报讯 6月3日晚，区文化馆“消夏之夜”广场文艺晚会在文化广场举行。',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual([
      '区图书馆“书香青河”阅读季启动',
      '青河古镇端午游客量创新高',
      '区文化馆举办消夏晚会',
    ]);
    expect(articles[0].paragraphs).toHaveLength(1);
    expect(articles[1].paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['端午假期']);
    expect(articles[2].subtitle.text).toBe('');
  });

  it('leaves a title and its subtitle together when the paragraphs before do not name it', () => {
    const raw = page(
      '# 区图书馆“书香青河”阅读季启动',
      '本报讯 6月1日，区图书馆“书香青河”全民阅读季正式启动，首场活动吸引 300 余名读者参加。',
      '阅读季期间，区图书馆将举办名家讲座、亲子共读等活动 60 场。',
      '# 区文化馆举办消夏晚会',
      '## 12 个节目轮番上演',
      '本报讯 6月3日晚，区文化馆“消夏之夜”广场文艺晚会在文化广场举行。',
    );
    const articles = suggestArticles(raw);
    expect(articles.map((a) => [a.title.text, a.subtitle.text])).toEqual([
      ['区图书馆“书香青河”阅读季启动', ''],
      ['区文化馆举办消夏晚会', '12 个节目轮番上演'],
    ]);
  });
});

describe('a headline on two lines', () => {
  it.each([
    [
      'two heading lines of one level',
      '## 我区召开2024年度安全生产\n## 暨消防工作会议',
      '我区召开2024年度安全生产暨消防工作会议',
    ],
    ['a phrase the line cut', '社区食堂开到\n老人家门口', '社区食堂开到老人家门口'],
    ['two halves', '垃圾分类有“积分”\n绿色生活成风尚', '垃圾分类有“积分” 绿色生活成风尚'],
  ])('%s is one title', (_case, head, title) => {
    const [a] = suggestArticles(page(head, '本报讯 近日，区里召开会议，部署下一阶段的各项工作。'));
    expect(a.title.text).toBe(title);
    expect(a.subtitle.text).toBe('');
  });

  it('keeps a kicker over a title of the same level apart', () => {
    const [a] = suggestArticles(page('## 杏园街道\n## 老旧小区改造惠及居民', '本报讯 近日，街道召开会议。'));
    expect([a.kicker.text, a.title.text]).toEqual(['杏园街道', '老旧小区改造惠及居民']);
  });
});

describe('a photo between a story and the next headline', () => {
  it('goes with the label over it, or with the story its words name', () => {
    const raw = page(
      '健康青河',
      '图为医护人员在石桥镇为村民免费测量血压。\n通讯员 黎明 摄',
      '青河区人民医院',
      '专家义诊进乡村 健康服务送到家',
      '本报讯 3月12日，青河区人民医院组织 15 名专家走进石桥镇，为村民开展免费义诊。',
      '据了解，今年区人民医院将开展义诊 24 场。 通讯员 黎明',
      '图为志愿者在南湖社区为老人理发。\n通讯员 黎明 摄',
      '南湖社区',
      '志愿服务进楼院 为老人理发送温暖',
      '本报讯 3月13日，南湖社区组织 12 名志愿者走进楼院，为社区 60 余名老人免费理发。',
    );
    const [clinic, haircut] = suggestArticles(raw);
    expect(clinic.section.text).toBe('健康青河');
    expect([clinic.kicker.text, clinic.title.text]).toEqual([
      '青河区人民医院',
      '专家义诊进乡村 健康服务送到家',
    ]);
    expect(clinic.captions.map((c) => c.text)).toEqual([
      '图为医护人员在石桥镇为村民免费测量血压。 通讯员 黎明 摄',
    ]);
    expect(haircut.captions.map((c) => c.text)).toEqual(['图为志愿者在南湖社区为老人理发。 通讯员 黎明 摄']);
  });
});

describe('bylines with the credit written another way', () => {
  it.each(['记者 岳川 文/图', '记者 岳川 文／图', '通讯员 黎明 图/文'])(
    '%s after the lede is the byline',
    (byline) => {
      const [a] = suggestArticles(
        page(
          '区疾控中心开展结核病防治宣传活动',
          `本报讯 3月14日，区疾控中心在青河广场开展宣传活动，发放宣传资料 1,200 余份。\n${byline}`,
          '活动还为 90 余名市民提供了免费咨询。',
        ),
      );
      expect(a.byline.text).toBe(byline);
      expect(a.paragraphs).toHaveLength(2);
    },
  );
});

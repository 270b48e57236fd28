// Where one short item ends and the next begins when nothing but the words says so: briefs
// run on in one block with no blank line and no title (each opened by its dateline), a
// label of the section vocabulary over them. Small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');
const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

describe('briefs run on with no blank line', () => {
  const briefs = page(
    '简讯',
    '本报讯 12月2日起，全区中小学开展',
    '为期一周的冬季安全教育活动，活动',
    '围绕防火、防滑等内容展开。',
    '本报12月3日讯 区文旅局在青河广场',
    '举办非遗展演，吸引市民千余人观看。',
    '据新华社北京12月4日电 国家统计局',
    '今天发布数据，全国粮食总产量再创新高。',
  );

  it('a dated or wire dateline after a finished sentence opens the next brief', () => {
    const got = suggestArticles(briefs);
    expect(texts(got.map((a) => a.dateline))).toEqual(['本报讯', '本报12月3日讯', '据新华社北京12月4日电']);
    expect(got[1].paragraphs.map((p) => p.text)).toEqual([
      '区文旅局在青河广场举办非遗展演，吸引市民千余人观看。',
    ]);
    for (const a of got) checkProvenance(a, briefs, a !== got[0]);
  });

  it('a section label alone over a dateline heads the briefs, it is no title', () => {
    const got = suggestArticles(briefs);
    expect(texts(got.map((a) => a.title))).toEqual(['', '', '']);
    expect(texts(got.map((a) => a.section))).toEqual(['简讯', '简讯', '简讯']);
  });

  it('a title alone over a dateline stays the title', () => {
    const raw = page('冬季安全教育进校园', '本报讯 12月2日起，全区中小学开展冬季安全教育活动。');
    const [a] = suggestArticles(raw);
    expect([a.section.text, a.title.text]).toEqual(['', '冬季安全教育进校园']);
  });
});

describe('a story ending in a credit in brackets, the next headline under it, no blank line', () => {
  const raw = page(
    '区统计局相关负责人表示，下半年全区',
    '将继续抓项目、稳投资、促消费，确',
    '保完成全年目标任务。（记者 方晴',
    '通讯员 毛悦）',
    '全省秋粮喜获丰收',
    '产量 1,280 亿斤 比上年增长 1.8%',
    '新华社郑州10月12日电（记者 田野）省统计局',
    '12日发布数据，全省秋粮再获丰收。',
  );

  it('the line closing the bracket ends the story above; the headline lines head the next', () => {
    const [a, b] = suggestArticles(raw);
    expect(a.byline.text).toBe('记者 方晴 通讯员 毛悦');
    expect([b.title.text, b.subtitle.text]).toEqual(['全省秋粮喜获丰收', '产量 1,280 亿斤 比上年增长 1.8%']);
    expect(b.dateline.text).toBe('新华社郑州10月12日电（记者 田野）');
  });
});

describe('a headline whose text restates it', () => {
  const briefs = page(
    '# 区图书馆延长开放时间',
    '',
    '本报讯 区图书馆自本月起延长开放时间至晚上9点。',
    '',
    '据介绍，延时服务期间，自习室和少儿阅览室同步开放。',
    '',
    '## 南湖社区开设四点半课堂',
    '',
    '南湖社区为辖区小学生开设“四点半课堂”，由志愿者辅导作业。',
    '',
    '课堂每周一至周五开放。',
  );

  it('opens a story: a lede repeats its title, the text under an intertitle seldom does', () => {
    const got = suggestArticles(briefs);
    expect(texts(got.map((a) => a.title))).toEqual(['区图书馆延长开放时间', '南湖社区开设四点半课堂']);
    expect(texts(got[1].paragraphs)).toEqual([
      '南湖社区为辖区小学生开设“四点半课堂”，由志愿者辅导作业。',
      '课堂每周一至周五开放。',
    ]);
  });

  it('a headline restated only deep in a long first sentence stays an intertitle', () => {
    const raw = briefs.replace(
      '南湖社区为辖区小学生开设“四点半课堂”，',
      '社区把课后服务纳入年度为民办实事清单，动员退休教师和大学生志愿者参与，为辖区小学生开设四点半课堂，',
    );
    expect(suggestArticles(raw)).toHaveLength(1);
  });

  it('a headline the text under it does not restate stays an intertitle', () => {
    const raw = briefs.replace('南湖社区为辖区小学生开设“四点半课堂”，', '辅导由社区志愿者承担，');
    expect(suggestArticles(raw)).toHaveLength(1);
  });
});

describe('a photo printed between a headline and its dateline', () => {
  it('the headline opens its story, the photo goes with it', () => {
    const raw = page(
      '# 区图书馆延长开放时间',
      '',
      '本报讯 区图书馆自本月起延长开放时间至晚上9点。',
      '',
      '## 东岭村建成文化广场',
      '',
      '图为村民在广场上跳舞。 通讯员 李青 摄',
      '',
      '本报讯 东岭村投资 60 万元建成文化广场。',
    );
    const [a, b] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual(['区图书馆自本月起延长开放时间至晚上9点。']);
    expect(b.title.text).toBe('东岭村建成文化广场');
    expect(texts(b.captions)).toEqual(['图为村民在广场上跳舞。 通讯员 李青 摄']);
    expect(b.dateline.text).toBe('本报讯');
  });
});

describe('what may stand between a headline and the text it heads', () => {
  const before = ['# 区图书馆延长开放时间', '', '本报讯 区图书馆自本月起延长开放时间至晚上9点。', ''];

  it('a photo and its credit, then a lede: the headline opens a story', () => {
    const raw = page(
      ...before,
      '## 东岭村建成文化广场',
      '',
      '图为村民在广场上跳舞。',
      '',
      '通讯员 李青 摄',
      '',
      '近日，东岭村投资 60 万元建成文化广场。',
    );
    const got = suggestArticles(raw);
    expect(texts(got.map((a) => a.title))).toEqual(['区图书馆延长开放时间', '东岭村建成文化广场']);
    expect(texts(got[1].paragraphs)).toEqual(['近日，东岭村投资 60 万元建成文化广场。']);
  });

  it('a photo, then text restating the headline: the headline opens a story', () => {
    const raw = page(
      ...before,
      '## 南湖社区开设四点半课堂',
      '',
      '图为志愿者辅导学生。 记者 王芳 摄',
      '',
      '南湖社区为辖区小学生开设四点半课堂，志愿者每天辅导作业。',
    );
    expect(texts(suggestArticles(raw).map((a) => a.title))).toEqual([
      '区图书馆延长开放时间',
      '南湖社区开设四点半课堂',
    ]);
  });

  it('its writer in brackets, under a story whose lede runs on from its dateline', () => {
    const raw = page(
      ...before,
      '## 东岭村建成文化广场',
      '',
      '（通讯员 李青）',
      '',
      '村里投资 60 万元，建起了这座广场。',
    );
    const [a, b] = suggestArticles(raw);
    expect([a.title.text, a.byline.text]).toEqual(['区图书馆延长开放时间', '']);
    expect([b.title.text, b.byline.text]).toEqual(['东岭村建成文化广场', '通讯员 李青']);
  });

  it('a mark saying the story goes on from another page: the headline is that story’s', () => {
    const raw = page(
      ...before,
      '## 柳塘街道举办邻里节',
      '',
      '（上接第1版）',
      '',
      '柳塘街道举办第三届邻里节。',
    );
    const got = suggestArticles(raw);
    expect(texts(got.map((a) => a.title))).toEqual(['区图书馆延长开放时间', '柳塘街道举办邻里节']);
    expect(texts(got[0].paragraphs)).toEqual(['区图书馆自本月起延长开放时间至晚上9点。']);
  });
});

// Headline blocks whose parts the lines alone must tell apart (kicker, title, subtitle), each
// in a small invented page: a title's rest marked at another level than its first line.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe("a title's rest marked at another level", () => {
  it('is the rest of the title, not its subtitle, when it opens with a word no headline opens with', () => {
    const raw = page(
      '# 全市首座“零碳”公交首末站',
      '',
      '## 于桐柏路建成启用',
      '',
      '本报讯 5月6日，全市首座“零碳”公交首末站于桐柏路建成启用，站房屋顶铺设光伏板 900 平方米。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('全市首座“零碳”公交首末站于桐柏路建成启用');
    expect(a.subtitle.text).toBe('');
    checkProvenance(a, raw);
    // Cleanup reads the two lines as one heading too.
    expect(cleanText(raw).text).toContain('# 全市首座“零碳”公交首末站于桐柏路建成启用\n');
  });

  it('leaves a subtitle that opens as a headline does', () => {
    const [a] = suggestArticles(
      page(
        '# 全市首座“零碳”公交首末站建成',
        '',
        '## 站房屋顶光伏年发电 12 万千瓦时',
        '',
        '本报讯 5月6日，全市首座“零碳”公交首末站在桐柏路建成启用。',
      ),
    );
    expect(a.title.text).toBe('全市首座“零碳”公交首末站建成');
    expect(a.subtitle.text).toBe('站房屋顶光伏年发电 12 万千瓦时');
  });
});

describe('a series tag over a title', () => {
  it('is the kicker, its circled number no continuation mark', () => {
    const [a] = suggestArticles(
      page(
        '“奋进青河”系列报道③',
        '桥头村的“共富工坊”',
        '\u3000\u3000本报讯 走进桥头村“共富工坊”，二十多位',
        '村民正在赶制一批出口订单。',
      ),
    );
    expect(a.kicker.text).toBe('“奋进青河”系列报道③');
    expect(a.title.text).toBe('桥头村的“共富工坊”');
    expect(a.notes.map((n) => n.text)).toEqual([]);
  });

  it('is the kicker when the series is numbered in words', () => {
    const [a] = suggestArticles(
      page(
        '文明实践系列报道之二',
        '',
        '桥头村的“共富工坊”',
        '',
        '本报讯 走进桥头村“共富工坊”，村民正在赶制订单。',
      ),
    );
    expect(a.kicker.text).toBe('文明实践系列报道之二');
    expect(a.title.text).toBe('桥头村的“共富工坊”');
  });
});

describe('a dash-opened subtitle the column broke over lines', () => {
  it('is the subtitle whole, over an indented text', () => {
    const [a] = suggestArticles(
      page(
        '桥头村古树名木有了“身份证”',
        '——全村 46 棵古树完成挂牌，',
        '树龄最长的已有 600 余年',
        '\u3000\u3000近日，桥头村为村里的古树名木',
        '挂上了二维码标牌。',
      ),
    );
    expect(a.title.text).toBe('桥头村古树名木有了“身份证”');
    expect(a.subtitle.text).toBe('——全村 46 棵古树完成挂牌，树龄最长的已有 600 余年');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['近日，桥头村为村里的古树名木挂上了二维码标牌。']);
  });

  it('is the subtitle whole, over a dateline', () => {
    const [a] = suggestArticles(
      page(
        '桥头村古树名木有了“身份证”',
        '——全村 46 棵古树完成挂牌，',
        '树龄最长的已有 600 余年',
        '本报讯 近日，桥头村为村里的古树',
        '名木挂上了二维码标牌。',
      ),
    );
    expect(a.subtitle.text).toBe('——全村 46 棵古树完成挂牌，树龄最长的已有 600 余年');
    expect(a.dateline.text).toBe('本报讯');
  });
});

describe('a three-letter first half', () => {
  it('keeps its space before a longer second half', () => {
    const raw = page(
      '#### 老物件 讲述乡村新变化',
      '',
      '本报讯 近日，桥头村村史馆开馆，展出老物件 300 余件。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('老物件 讲述乡村新变化');
    expect(cleanText(raw).text).toContain('#### 老物件 讲述乡村新变化');
  });

  it('still closes a space that cuts short pieces', () => {
    const [a] = suggestArticles(page('# 村史馆 开馆', '', '本报讯 近日，桥头村村史馆开馆。'));
    expect(a.title.text).toBe('村史馆开馆');
  });
});

describe('two three-letter halves on one line', () => {
  it('keep their space when the space cuts no word', () => {
    const raw = page('青河区东城街道', '小网格 大服务', '\u3000\u3000本报讯 近日，东城街道推出网格服务。');
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('青河区东城街道');
    expect(a.title.text).toBe('小网格 大服务');
    expect(cleanText(raw).text).toContain('小网格 大服务');
    checkProvenance(a, raw);
  });

  it('lose a space that cuts a word in two', () => {
    const [a] = suggestArticles(page('# 社区食 堂开业', '', '本报讯 近日，东城街道社区食堂开业。'));
    expect(a.title.text).toBe('社区食堂开业');
  });
});

describe('a purpose clause as a headline half', () => {
  it('is a half of its own when as long as the line over it', () => {
    const [a] = suggestArticles(
      page(
        '桥头村开展“夏日护苗”行动',
        '为留守儿童撑起暑期安全伞',
        '',
        '本报讯 近日，桥头村开展“夏日护苗”行动。',
      ),
    );
    expect(a.title.text).toBe('桥头村开展“夏日护苗”行动 为留守儿童撑起暑期安全伞');
  });

  it('is the rest of the sentence when shorter', () => {
    const [a] = suggestArticles(
      page('桥头村志愿者上门', '为老人理发', '', '本报讯 近日，桥头村志愿者上门为老人理发。'),
    );
    expect(a.title.text).toBe('桥头村志愿者上门为老人理发');
  });
});

describe('a space after a piece that leaves its phrase open', () => {
  it('parts no halves after a verb awaiting its object', () => {
    const raw = page(
      '## 区政府召开 防汛工作专题会议 筑牢安全度汛防线',
      '',
      '本报讯 6月3日，区政府召开防汛工作专题会议。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('区政府召开防汛工作专题会议 筑牢安全度汛防线');
    expect(cleanText(raw).text).toContain('## 区政府召开防汛工作专题会议 筑牢安全度汛防线');
  });

  it('parts no halves after a word no half ends with', () => {
    const [a] = suggestArticles(
      page('# 全市首个光伏车棚在 桥头村建成投用', '', '本报讯 近日，全市首个光伏车棚建成。'),
    );
    expect(a.title.text).toBe('全市首个光伏车棚在桥头村建成投用');
  });
});

describe('a figure on the line under a title line', () => {
  const story = (...headline: string[]) =>
    suggestArticles(page(...headline, '\u3000\u3000本报讯 近日，记者从区里获悉，相关', '工作进展顺利。'))[0];

  it('is the title’s rest when the title line leaves its phrase open', () => {
    const a = story('桥头村光伏改造让', '1,300 户村民受益');
    expect(a.title.text.replace(/ /g, '')).toBe('桥头村光伏改造让1,300户村民受益');
    expect(a.subtitle.text).toBe('');
  });

  it('is the title’s rest when too short for a subtitle', () => {
    const a = story('区民政局', '今年发放助学金', '86 万元');
    expect(a.kicker.text).toBe('区民政局');
    expect(a.title.text.replace(/ /g, '')).toBe('今年发放助学金86万元');
    expect(a.subtitle.text).toBe('');
  });

  it('is still a subtitle under a title that stands alone', () => {
    const a = story('秋粮收购进度过半', '已收购稻谷 2.6 万吨');
    expect(a.title.text).toBe('秋粮收购进度过半');
    expect(a.subtitle.text).toBe('已收购稻谷 2.6 万吨');
  });
});

describe('a headline line ending in 新增 or 新建', () => {
  it('awaits its object on the next line, never a label over it', () => {
    const [a] = suggestArticles(
      page(
        '区文化馆新增',
        '8 个“乡村大舞台”',
        '\u3000\u3000本报讯 近日，区文化馆在 8 个村新建',
        '“乡村大舞台”。',
      ),
    );
    expect(a.section.text).toBe('');
    expect(a.title.text.replace(/ /g, '')).toBe('区文化馆新增8个“乡村大舞台”');
  });

  it('awaits its object, never a half', () => {
    const [a] = suggestArticles(
      page('柳岸街道新建', '两处“口袋公园”', '\u3000\u3000本报讯 近日，柳岸街道新建两处', '“口袋公园”。'),
    );
    expect(a.title.text).toBe('柳岸街道新建两处“口袋公园”');
  });
});

describe('a place before a number set apart by spaces on a title line', () => {
  it('is the title’s subject, not a kicker: the space is the number’s', () => {
    const [a] = suggestArticles(
      page('# 石湾镇 3 万亩水稻喜获丰收', '', '本报讯 近日，石湾镇 3 万亩水稻陆续开镰。'),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('石湾镇 3 万亩水稻喜获丰收');
  });

  it('is still a kicker before a predicate', () => {
    const [a] = suggestArticles(
      page('#### 石湾镇 开展秋收安全生产检查', '', '本报讯 近日，石湾镇开展检查。'),
    );
    expect(a.kicker.text).toBe('石湾镇');
    expect(a.title.text).toBe('开展秋收安全生产检查');
  });
});

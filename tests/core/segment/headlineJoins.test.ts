// Headline blocks whose lines join one way or the other (halves of a title, a title and its
// kicker, a phrase the column cut), each in a small invented page.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe('a clause ending in an office word', () => {
  it('is a title’s first half, not a kicker: an office’s name carries no 了', () => {
    const raw = page(
      '#### 旧书有了新用处',
      '#### 邻里共享读书乐',
      '',
      '本报讯 近日，南湖社区在活动室设立旧书交换角，居民可以书换书。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('旧书有了新用处 邻里共享读书乐');
    checkProvenance(a, raw);
  });

  it('leaves an office over its title a kicker', () => {
    const [a] = suggestArticles(
      page('#### 区档案馆管理处', '#### 开展档案数字化培训', '', '本报讯 近日，区档案馆开展档案数字化培训。'),
    );
    expect(a.kicker.text).toBe('区档案馆管理处');
    expect(a.title.text).toBe('开展档案数字化培训');
  });
});

describe('a title half ending in a common noun with 乡 in it', () => {
  const I = '\u3000\u3000';
  it('is a half, not a township: `山乡` after a clause names no body', () => {
    const raw = page('青河区石湾乡', '茶香飘山乡', '游客纷至沓来', `${I}本报讯 近日，石湾乡茶园迎来采茶季。`);
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('青河区石湾乡');
    expect(a.title.text).toBe('茶香飘山乡 游客纷至沓来');
    checkProvenance(a, raw);
    const [b] = suggestArticles(
      page('茶香飘山乡', '游客纷至沓来', `${I}本报讯 近日，石湾乡茶园迎来采茶季。`),
    );
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('茶香飘山乡 游客纷至沓来');
  });

  it('leaves a township over its title a kicker', () => {
    const [a] = suggestArticles(
      page('青河区青山乡', '茶园迎来采茶季', `${I}本报讯 近日，青山乡茶园迎来采茶季。`),
    );
    expect(a.kicker.text).toBe('青河区青山乡');
    expect(a.title.text).toBe('茶园迎来采茶季');
    const [b] = suggestArticles(
      page('#### 石湾乡人民政府', '#### 开展春季植树活动', '', '本报讯 近日，石湾乡开展春季植树活动。'),
    );
    expect(b.kicker.text).toBe('石湾乡人民政府');
    expect(b.title.text).toBe('开展春季植树活动');
  });
});

describe('a title line ending in a verb of motion with 进 or 入', () => {
  it('is cut before the place it names, never a half', () => {
    const raw = page(
      '柳塘街道',
      '“共享书柜”走进',
      '老旧小区和背街小巷',
      '\u3000\u3000本报讯 近日，柳塘街道在 12 个小区设置书柜。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('“共享书柜”走进老旧小区和背街小巷');
    checkProvenance(a, raw);
  });

  it('leaves halves apart when the first ends otherwise', () => {
    const [a] = suggestArticles(
      page(
        '柳塘街道',
        '“共享书柜”开张',
        '老旧小区书香浓',
        '\u3000\u3000本报讯 近日，柳塘街道“共享书柜”开张。',
      ),
    );
    expect(a.title.text).toBe('“共享书柜”开张 老旧小区书香浓');
  });
});

describe('a line ending in a quoted qualifier after a numeral and its measure word', () => {
  const I = '\u3000\u3000';
  it('is one phrase the column cut: the noun it qualifies opens the next line', () => {
    const raw = page(
      '青河区东城街道',
      '全区首家“15 分钟”',
      '便民生活圈开门迎客',
      `${I}本报讯 近日，东城街道建成便民生活圈。`,
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('青河区东城街道');
    expect(a.title.text).toBe('全区首家“15 分钟”便民生活圈开门迎客');
    checkProvenance(a, raw);
  });

  it('leaves a quoted object a half of its own', () => {
    const [a] = suggestArticles(
      page('柳岸街道开展“敲门行动”', '独居老人冷暖有人问', `${I}本报讯 近日，柳岸街道开展“敲门行动”。`),
    );
    expect(a.title.text).toBe('柳岸街道开展“敲门行动” 独居老人冷暖有人问');
  });
});

describe('a title that asks over the line that answers it', () => {
  const I = '\u3000\u3000';
  it('is one title, after a brief whose bracketed byline the column broke', () => {
    const raw = page(
      '区医保局推出',
      '“医保码”床旁结算服务',
      `${I}本报讯 即日起,住院患者可在病床`,
      '旁完成医保结算。(通讯员 欧阳',
      '蕾)',
      '',
      '雷雨天气如何防雷击?',
      '专家给出这些提醒',
      `${I}本报讯 近日,我区雷雨天气增多,区`,
      '气象台专家提醒市民减少户外活动。',
      '记者 温可欣',
    );
    const xs = suggestArticles(raw);
    expect(xs).toHaveLength(2);
    expect(xs[0].paragraphs.map((p) => p.text)).toEqual(['即日起，住院患者可在病床旁完成医保结算。']);
    expect(xs[1].title.text).toBe('雷雨天气如何防雷击？专家给出这些提醒');
    expect(xs[1].subtitle.text).toBe('');
    for (const a of xs) checkProvenance(a, raw);
  });

  it.each([
    ['marked alike', ['# 高温天气如何防中暑?', '# 专家给出这些建议']],
    ['marked alike, a blank line between', ['# 高温天气如何防中暑?', '', '# 专家给出这些建议']],
    ['the answer at a lower level', ['# 高温天气如何防中暑?', '### 专家给出这些建议']],
    ['the question at a lower level', ['## 高温天气如何防中暑?', '# 专家给出这些建议']],
    ['the answer unmarked in its block', ['# 高温天气如何防中暑?', '专家给出这些建议']],
  ])('is one title when both lines are marked: %s', (_, lines) => {
    const raw = page(...lines, '', '本报讯 近日，我区持续高温，区疾控中心专家提醒市民注意防暑。');
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('高温天气如何防中暑？专家给出这些建议');
    expect(a.subtitle.text).toBe('');
    expect(cleanText(raw).text).toContain('高温天气如何防中暑？专家给出这些建议\n');
    checkProvenance(a, raw);
  });

  it('leaves a marked question over a dash-opened subtitle a title', () => {
    const [a] = suggestArticles(
      page('# 高温天气如何防中暑?', '## ——区疾控中心专家答疑', '', '本报讯 近日，我区持续高温。'),
    );
    expect(a.title.text).toBe('高温天气如何防中暑？');
    expect(a.subtitle.text).toBe('——区疾控中心专家答疑');
  });

  it('leaves a kicker over a question with no answer under it', () => {
    const [a] = suggestArticles(
      page('区气象台', '雷雨天气如何防雷击?', `${I}本报讯 近日,我区雷雨天气增多。`),
    );
    expect(a.kicker.text).toBe('区气象台');
    expect(a.title.text).toBe('雷雨天气如何防雷击？');
  });
});

describe('an office and a bare verb on a title line', () => {
  const I = '\u3000\u3000';
  it('awaits its object on the next line: one title, not a title and a subtitle', () => {
    const raw = page(
      '简讯',
      '',
      '区税务局上线',
      '"青税通"掌上办税平台',
      `${I}本报讯 即日起,纳税人可用手机`,
      '办理 26 项业务。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('区税务局上线“青税通”掌上办税平台');
    expect(a.subtitle.text).toBe('');
    checkProvenance(a, raw);
  });

  it('leaves an office’s event that takes no object a title over its subtitle', () => {
    const [a] = suggestArticles(
      page('区图书馆新馆开馆', '——馆藏图书 60 万册 座位 1,200 个', `${I}本报讯 9月1日,区图书馆新馆开馆。`),
    );
    expect(a.title.text).toBe('区图书馆新馆开馆');
    expect(a.subtitle.text).toBe('——馆藏图书 60 万册 座位 1,200 个');
  });
});

describe('a line in larger type over two lines of halves in smaller type', () => {
  it('is the kicker over a title of halves, not a title over a subtitle', () => {
    const raw = page(
      '# 办好群众身边事',
      '## 旧厂房变身“邻里中心”',
      '## 街坊有了新去处',
      '',
      '本报讯 近日，柳塘街道把闲置厂房改建成邻里中心。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('办好群众身边事');
    expect(a.title.text).toBe('旧厂房变身“邻里中心” 街坊有了新去处');
    expect(a.subtitle.text).toBe('');
    checkProvenance(a, raw);
  });

  it('leaves a title over a subtitle the column cut (no halves) as marked', () => {
    const [a] = suggestArticles(
      page(
        '# 旧厂房变身“邻里中心”',
        '## 闲置厂房改造后为周边',
        '## 3,000 户居民提供养老托幼服务',
        '',
        '本报讯 近日，柳塘街道改建厂房。',
      ),
    );
    expect(a.title.text).toBe('旧厂房变身“邻里中心”');
    expect(a.kicker.text).toBe('');
  });
});

describe('a short heading line ending in a verb that awaits its object', () => {
  it('is the first line of the title under it, marked alike, never a label over it', () => {
    const raw = page(
      '## 区文旅局发布',
      '## 十条秋季精品旅游线路',
      '',
      '本报讯 近日，区文旅局向市民推荐秋季出游线路。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('区文旅局发布十条秋季精品旅游线路');
    checkProvenance(a, raw);
  });

  it('leaves a short label over a longer title a label', () => {
    const [a] = suggestArticles(
      page('## 民生速递', '## 十条秋季精品旅游线路发布', '', '本报讯 近日，区文旅局推荐出游线路。'),
    );
    expect(a.title.text).toBe('十条秋季精品旅游线路发布');
  });
});

describe('headline lines closing a quoted name, in a block with the text under them', () => {
  it('are a title’s halves, not paragraphs printed one a line', () => {
    const I = '\u3000\u3000';
    const raw = page('荒坡变“果园”', '山村摘“穷帽”', `${I}本报讯 近日,云溪镇 300 亩`, '坡地果园迎来丰收。');
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('荒坡变“果园” 山村摘“穷帽”');
    expect(a.subtitle.text).toBe('');
    checkProvenance(a, raw);
  });
});

describe('a title whose first word is a hotline’s or a phone’s name before a colon', () => {
  const I = '\u3000\u3000';
  it('is a title, not a notice’s contact line, when no number follows the colon', () => {
    const raw = page('便民热线：让居民诉求“件件有着落”', `${I}本报讯 近日,区便民服务热线`, '开通运行。');
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('便民热线：让居民诉求“件件有着落”');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['近日，区便民服务热线开通运行。']);
    checkProvenance(a, raw);
  });

  it('leaves a contact line with its number no headline of a story of its own', () => {
    const xs = suggestArticles(
      page('区便民服务热线开通', `${I}本报讯 近日,区便民服务热线开通运行。`, '服务热线：0371-6612345'),
    );
    expect(xs).toHaveLength(1);
    expect(xs[0].title.text).toBe('区便民服务热线开通');
  });
});

describe('a line over a title the column cut over two lines', () => {
  const I = '\u3000\u3000';
  it('is its kicker, not the title’s first half', () => {
    const raw = page(
      '深化“一件事一次办”改革',
      '区不动产登记中心推出',
      '“交房即交证”服务',
      `${I}本报讯 近日,区不动产登记中心`,
      '为 3 个新建小区办理了产权证。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('深化“一件事一次办”改革');
    expect(a.title.text).toBe('区不动产登记中心推出“交房即交证”服务');
    checkProvenance(a, raw);
  });

  it('leaves a title of three lines cut twice one title', () => {
    const [a] = suggestArticles(
      page(
        '区人社局举办',
        '2025年春季高校毕业生',
        '专场招聘会',
        `${I}本报讯 5月10日,区人社局举办`,
        '专场招聘会。',
      ),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('区人社局举办2025年春季高校毕业生专场招聘会');
  });
});

describe('a figure line under a title of halves on two lines', () => {
  const I = '\u3000\u3000';
  it('is the subtitle, not a third line of the title', () => {
    const raw = page(
      '云溪镇',
      '茶香飘满山',
      '春茶富农家',
      '全镇 1.8 万亩茶园开采 茶农增收 2,600 万元',
      `${I}本报讯 近日,云溪镇春茶`,
      '进入采摘旺季。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('云溪镇');
    expect(a.title.text).toBe('茶香飘满山 春茶富农家');
    expect(a.subtitle.text).toBe('全镇 1.8 万亩茶园开采 茶农增收 2,600 万元');
    checkProvenance(a, raw);
  });

  it('leaves a figure that ends a title cut over lines in the title', () => {
    const [a] = suggestArticles(
      page('今年全区新增', '城镇就业', '1.2 万人', `${I}本报讯 近日,记者从区人社局获悉。`),
    );
    expect(a.subtitle.text).toBe('');
  });
});

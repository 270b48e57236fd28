// Evidence found on a column page written from the samples' layouts (fixture 30-town-column),
// each in a small invented page: a title set on two lines over a dash subtitle, and a title's
// first line that stops at a verb before its object; headlines printed with no blank line
// around them, after a finished paragraph, over a dateline or over their reporters.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);

describe('a title on two lines over a dash subtitle', () => {
  const raw = page(
    '石桥镇',
    '一张“服务单”',
    '连起百姓“需求链”',
    '——石桥镇推行为民服务清单管理',
    '本报讯 今年以来，石桥镇把群众',
    '的急难愁盼列成清单，逐项办理。',
  );

  it('keeps the subtitle out of the title', () => {
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('石桥镇');
    expect(a.title.text).toBe('一张“服务单” 连起百姓“需求链”');
    expect(a.subtitle.text).toBe('——石桥镇推行为民服务清单管理');
  });

  it('is a line of its own in clean too', () => {
    expect(paragraphsOf(raw)).toContain('——石桥镇推行为民服务清单管理');
  });
});

describe('a title line that stops at a verb before its object', () => {
  it('is the first line of the title, not an office kicker, when the verb ends in 办', () => {
    const [a] = suggestArticles(
      page(
        '石桥镇举办',
        '农民丰收节特色农产品展销会',
        '本报讯 9月22日，石桥镇在镇文化广场',
        '举办农民丰收节展销会。',
      ),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('石桥镇举办农民丰收节特色农产品展销会');
  });

  it('runs on into the next line with no space, as a phrase the column cut', () => {
    const [a] = suggestArticles(
      page(
        '柳塘社区开展',
        '邻里互助积分活动',
        '本报讯 近日，柳塘社区推出邻里互',
        '助积分，居民帮忙可攒积分。',
      ),
    );
    expect(a.title.text).toBe('柳塘社区开展邻里互助积分活动');
  });
});

describe('a headline with no blank line after the text before it', () => {
  const before = ['# 老街夜市重开张', '本报讯 1月8日晚，青河老街夜市', '重新开街，112 个摊位全部亮灯。'];

  it('of a kicker, two title lines and a dash subtitle over a dateline opens a story', () => {
    const articles = suggestArticles(
      page(
        ...before,
        '石桥镇',
        '一张“服务单”',
        '连起百姓“需求链”',
        '——石桥镇推行为民服务清单管理',
        '本报讯 今年以来，石桥镇把群众',
        '的急难愁盼列成清单，逐项办理。',
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1].kicker.text).toBe('石桥镇');
    expect(articles[1].title.text).toBe('一张“服务单” 连起百姓“需求链”');
  });

  it('over its reporters and then its text opens a story', () => {
    const articles = suggestArticles(
      page(
        ...before,
        '柳塘街道',
        '“暖心驿站”开到',
        '户外劳动者身边',
        '记者 温可欣 青河时报 汤立群',
        '入冬以来，柳塘街道在环卫作业点',
        '新建了 4 座“暖心驿站”。',
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1].kicker.text).toBe('柳塘街道');
    expect(articles[1].title.text).toBe('“暖心驿站”开到户外劳动者身边');
    expect(articles[1].byline.text).toBe('记者 温可欣 青河时报 汤立群');
  });
});

describe('headline lines under an office kicker', () => {
  it('are its title, not the start of the text right under them', () => {
    const [a] = suggestArticles(
      page(
        '区市场监管局',
        '织密食品安全“防护网”',
        '守护群众“舌尖上的安全”',
        '入冬以来，区市场监管局对辖区学校',
        '食堂开展专项检查，发现问题 37 个。',
      ),
    );
    expect(a.kicker.text).toBe('区市场监管局');
    expect(a.title.text).toBe('织密食品安全“防护网” 守护群众“舌尖上的安全”');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '入冬以来，区市场监管局对辖区学校食堂开展专项检查，发现问题 37 个。',
    ]);
  });
});

describe('writers named alone under a one-paragraph brief', () => {
  it('sign the brief, not the next headline', () => {
    const articles = suggestArticles(
      page(
        '# 老街夜市重开张',
        '',
        '本报讯 1月8日晚，青河老街夜市重新开街，112 个摊位全部亮灯。',
        '',
        '温可欣 汤立群',
        '',
        '区财政局',
        '召开上半年党风廉政建设工作专题会',
        '',
        '本报讯 7月22日，区财政局召开专题会，听取工作汇报。',
      ),
    );
    expect(articles.map((a) => a.byline.text)).toEqual(['温可欣 汤立群', '']);
    expect(articles[1].kicker.text).toBe('区财政局');
    expect(articles[1].title.text).toBe('召开上半年党风廉政建设工作专题会');
  });
});

// Decisions made from evidence that holds on any paper's layout, not one page's: `#` levels
// that lie, bylines wherever they close a paragraph, names broken by a column line.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);

describe('suggested articles under a label whose `#` level lies', () => {
  const raw = [
    '# 健康青河',
    '',
    '### 区卫健委',
    '## 家庭医生签约服务扩面提质',
    '#### 全区重点人群签约率达八成',
    '',
    '本报讯 4月16日，全区家庭医生团队为重点人群提供签约服务。',
    '',
    '# 区残联为残疾人适配辅助器具',
    '',
    '本报讯 4月12日，区残联举行辅助器具集中适配活动。',
    '',
  ].join('\n');
  const articles = suggestArticles(raw);

  it('read a label alone in its block, over an office kicker, as the section of the articles after it', () => {
    expect(articles.map((a) => a.title.text)).toEqual([
      '家庭医生签约服务扩面提质',
      '区残联为残疾人适配辅助器具',
    ]);
    expect(articles.map((a) => a.section.text)).toEqual(['健康青河', '健康青河']);
    expect(articles[0].kicker.text).toBe('区卫健委');
    expect(articles[0].subtitle.text).toBe('全区重点人群签约率达八成');
  });
});

describe('suggested articles after a continuation mark', () => {
  it('read a short label printed right over a headline as the section, not the first half of the title', () => {
    const raw = [
      '区中医院开展膏方节活动',
      '',
      '本报讯 2月26日起，区中医院举办',
      '第三届膏方节。①4',
      '社会民生',
      '石桥镇为 60 户困难家庭修缮住房',
      '',
      '本报讯 石桥镇今年投入资金 180 万',
      '元，为 60 户困难家庭修缮住房。',
      '',
    ].join('\n');
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual([
      '区中医院开展膏方节活动',
      '石桥镇为 60 户困难家庭修缮住房',
    ]);
    expect(articles.map((a) => a.section.text)).toEqual(['', '社会民生']);
    expect(texts(articles[0].notes)).toEqual(['①4']);
  });
});

describe('suggested articles with a byline that closes a paragraph', () => {
  it('take a byline glued to the lede into the byline field and keep the text after it', () => {
    const raw = [
      '# 我区新签约重大项目',
      '',
      '本报讯 2月28日，我区举行重大项目集中签约活动，共签约项目 12 个。记者 柏青',
      '',
      '项目签约后，区里将建立推进机制，确保项目早落地。',
      '',
    ].join('\n');
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('记者 柏青');
    expect(texts(a.paragraphs)).toEqual([
      '2月28日，我区举行重大项目集中签约活动，共签约项目 12 个。',
      '项目签约后，区里将建立推进机制，确保项目早落地。',
    ]);
    expect(raw.slice(a.byline.spans[0].start, a.byline.spans.at(-1)!.end)).toBe('记者 柏青');
  });

  it('read a role word that ended a column line and the name on the next line as one byline', () => {
    const raw = [
      '上河村整治坑塘沟渠',
      '',
      '本报讯 5月18日，上河村组织村民',
      '开展坑塘沟渠集中整治。',
      '',
      '镇里还建立了长效管护机制，每',
      '月开展一次评比。 记者',
      '严冬',
      '',
    ].join('\n');
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('记者 严冬');
    expect(texts(a.paragraphs)).toEqual([
      '5月18日，上河村组织村民开展坑塘沟渠集中整治。',
      '镇里还建立了长效管护机制，每月开展一次评比。',
    ]);
  });

  it('keep a story whose deck a byline closes going under the intertitle after it', () => {
    const raw = [
      '经开区党政办公室',
      '',
      '牵总抓细强责任 成果转化筑担当',
      '',
      '近期，经开区党政办公室以活动为契机，统筹协调相关各项工作。',
      '记者 王赛华',
      '',
      '“虚心”引能力提升',
      '',
      '通过以案促改问题整改，党政办对上级决策部署进一步深入研究。',
      '',
    ].join('\n');
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual(['牵总抓细强责任 成果转化筑担当']);
    expect(articles[0].byline.text).toBe('记者 王赛华');
    expect(texts(articles[0].paragraphs)).toEqual([
      '近期，经开区党政办公室以活动为契机，统筹协调相关各项工作。',
      '“虚心”引能力提升',
      '通过以案促改问题整改，党政办对上级决策部署进一步深入研究。',
    ]);
  });

  it('leave prose that only mentions a reporter in the paragraph', () => {
    const raw = '区里召开防汛会议\n\n本报讯 近日，区里召开防汛会议。会后记者从区水利局获悉。\n';
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('');
    expect(texts(a.paragraphs)).toEqual(['近日，区里召开防汛会议。会后记者从区水利局获悉。']);
  });
});

describe('suggested articles with the dateline’s brackets broken by a column line', () => {
  it('give the byline the whole name a line break cut, and keep a break between two names a space', () => {
    const cut =
      '小苹果做成大产业\n\n本报讯（记者 蒋帆 通讯员 于小\n溪）10月15日，石桥镇苹果园迎来采摘高峰。\n';
    expect(suggestArticles(cut)[0].byline.text).toBe('记者 蒋帆 通讯员 于小溪');
    const between =
      '小苹果做成大产业\n\n本报讯（记者 蒋帆\n通讯员 于小溪）10月15日，石桥镇苹果园迎来采摘高峰。\n';
    expect(suggestArticles(between)[0].byline.text).toBe('记者 蒋帆 通讯员 于小溪');
  });
});

describe('suggested articles with headlines that ask, exclaim or part their halves oddly', () => {
  const raw = [
    '民生关注',
    '',
    '垃圾分类，你做对了吗？',
    '',
    '本报讯 近日，记者走访了城区 6 个小区。记者 方舟',
    '',
    '织密防汛网　守护平安夏',
    '',
    '本报讯 入汛以来，区应急管理局组织开展防汛演练 12 场。',
    '',
    '“今年的物资都提前备好了！”',
    '',
    '本报讯 区市场监管局近日发布消费提示。',
    '',
  ].join('\n');
  const articles = suggestArticles(raw);

  it('read a short line with a question or exclamation mark, alone over a dateline, as a headline', () => {
    expect(articles.map((a) => a.title.text)).toEqual([
      '垃圾分类，你做对了吗？',
      '织密防汛网 守护平安夏',
      '“今年的物资都提前备好了！”',
    ]);
    expect(articles.map((a) => a.section.text)).toEqual(['民生关注', '民生关注', '民生关注']);
  });

  it('leave a question inside the text in the text', () => {
    const [a] = suggestArticles(
      '区里答疑\n\n本报讯 社保卡怎么激活？\n\n记者从区人社局获悉，可在网上办理。\n',
    );
    expect(a.title.text).toBe('区里答疑');
    expect(texts(a.paragraphs)).toEqual(['社保卡怎么激活？', '记者从区人社局获悉，可在网上办理。']);
  });
});

describe('suggested articles with a headline on two lines', () => {
  const titleOf = (a: string, b: string) =>
    suggestArticles(`${a}\n${b}\n\n本报讯 近日，区里召开会议，部署下一步工作。\n`)[0].title.text;

  it('read two `#` lines of one level as one title when the first holds more than a label would', () => {
    const [a] = suggestArticles(
      '# 地铁1号线\n# 二期开通试运营\n\n本报讯 3月1日，地铁1号线二期开通试运营。\n',
    );
    expect(a.title.text.replace(' ', '')).toBe('地铁1号线二期开通试运营');
    expect(a.subtitle.text).toBe('');
  });

  it('keep a space between balanced halves and none where the width cut a longer line short', () => {
    expect(titleOf('织密防汛安全网', '守护群众平安度汛')).toBe('织密防汛安全网 守护群众平安度汛');
    expect(titleOf('我区召开社区网格化治理', '工作推进会')).toBe('我区召开社区网格化治理工作推进会');
  });
});

describe('suggested articles with datelines and bylines in other papers’ forms', () => {
  const raw = [
    '# 区图书馆新增自助借还设备',
    '',
    '本报3月1日讯（记者 常宁）区图书馆新增 6 台自助借还设备。',
    '',
    '设备投用后，借还书平均用时缩短至 30 秒。',
    '',
    '文/图 记者 常宁',
    '',
    '# 南湖社区举办读书分享会',
    '',
    '本报讯 近日，南湖社区举办读书分享会，40 余名居民参加。',
    '',
    '□记者 常宁 通讯员 文远',
    '',
  ].join('\n');
  const articles = suggestArticles(raw);

  it('read a dateline with its date inside, and a byline opened by its credit or a box, as those parts', () => {
    expect(articles.map((a) => a.title.text)).toEqual(['区图书馆新增自助借还设备', '南湖社区举办读书分享会']);
    expect(articles[0].dateline.text).toBe('本报3月1日讯（记者 常宁）');
    expect(articles[0].byline.text).toBe('文/图 记者 常宁');
    expect(texts(articles[0].paragraphs)).toEqual([
      '区图书馆新增 6 台自助借还设备。',
      '设备投用后，借还书平均用时缩短至 30 秒。',
    ]);
    expect(articles[1].byline.text).toBe('记者 常宁 通讯员 文远');
    expect(texts(articles[1].paragraphs)).toEqual(['近日，南湖社区举办读书分享会，40 余名居民参加。']);
  });
});

describe('suggested articles with a mark or an office where names could go on', () => {
  it('give a continuation mark on a line of its own to the story it closes, as a note', () => {
    const raw = [
      '区市场监管局抽检春季食用农产品',
      '',
      '本报讯 近日，区市场监管局开展抽检，结果全部合格。 记者 安然',
      '',
      '①3',
      '',
      '南湖社区组建志愿服务队',
      '',
      '本报讯 日前，南湖社区组建志愿服务队。',
      '',
    ].join('\n');
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.title.text)).toEqual([
      '区市场监管局抽检春季食用农产品',
      '南湖社区组建志愿服务队',
    ]);
    expect(texts(articles[0].notes)).toEqual(['①3']);
  });

  it('end a byline at the office printed under it (the next item’s kicker)', () => {
    const raw = [
      '新闻连连看',
      '',
      '区税务局 开展“春雨润苗”专项行动',
      '',
      '本报讯 3月1日，区税务局走进青河科技园送政策。',
      '通讯员 邵敏',
      '区市场监管局',
      '抽检春季食用农产品 120 批次',
      '',
      '本报讯 近日，区市场监管局开展春季食用农产品抽检。',
      '',
    ].join('\n');
    const articles = suggestArticles(raw);
    expect(articles.map((a) => a.byline.text)).toEqual(['通讯员 邵敏', '']);
    expect(articles.map((a) => a.kicker.text)).toEqual(['区税务局', '区市场监管局']);
  });
});

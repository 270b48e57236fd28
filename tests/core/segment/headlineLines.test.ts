// Which headline lines printed together (no `#` marks, no blank line) are one title and which
// are a kicker over it: evidence from the lines' shapes only (a line of two halves is a whole
// title), on small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const lede = ['', '本报讯 10月8日，区里举行了活动，共有 300 余名市民参加。'];

function headline(...lines: string[]) {
  const [a] = suggestArticles(page(...lines, ...lede));
  return { kicker: a.kicker.text, title: a.title.text, subtitle: a.subtitle.text };
}

describe('a kicker over its title, no marks', () => {
  it('a line over a title printed as two halves is its kicker, the subtitle under them', () => {
    expect(
      headline(
        '第三届社区篮球联赛闭幕',
        '南湖社区队加时险胜 成功卫冕',
        '东岭社区队获得季军 最佳球员得分 212 分',
      ),
    ).toEqual({
      kicker: '第三届社区篮球联赛闭幕',
      title: '南湖社区队加时险胜 成功卫冕',
      subtitle: '东岭社区队获得季军 最佳球员得分 212 分',
    });
  });

  it('a score in the title (`3:1`) is no clause mark: the line stays a headline line', () => {
    expect(headline('第三届社区篮球联赛闭幕', '南湖社区队78:75险胜 成功卫冕').title).toBe(
      '南湖社区队78:75险胜 成功卫冕',
    );
  });

  it('a title the column cut stays one title: the first line runs the width', () => {
    expect(headline('全区老旧小区改造项目', '全部开工').title).toBe('全区老旧小区改造项目全部开工');
  });

  it('a short first line whose phrase the break cuts stays one title', () => {
    // `…开到` cannot close a half: the title goes on under it.
    expect(headline('社区食堂开到', '老人家门口受到居民欢迎').title).toBe(
      '社区食堂开到老人家门口受到居民欢迎',
    );
  });
});

describe('levels that lie', () => {
  it('a middle line marked in the smallest type of three is the title all the same', () => {
    expect(headline('### 老码头换了新模样', '#### 滨江步道全线贯通迎客', '## 沿线新建驿站 8 座')).toEqual({
      kicker: '老码头换了新模样',
      title: '滨江步道全线贯通迎客',
      subtitle: '沿线新建驿站 8 座',
    });
  });

  it('marked the right way up, the largest type is the title', () => {
    expect(headline('## 老码头换了新模样', '# 滨江步道全线贯通迎客', '### 沿线新建驿站 8 座').title).toBe(
      '滨江步道全线贯通迎客',
    );
  });
});

describe('a headline the column cut, its lede repeating it across the cut', () => {
  // What only the text says: a subtitle, kicker or label never runs on into its title in the
  // lede, while a title the column cut is often restated whole.
  const story = (lede: string, ...lines: string[]) => {
    const raw = page(...lines, lede);
    const [a] = suggestArticles(raw);
    return {
      section: a.section.text,
      kicker: a.kicker.text,
      title: a.title.text,
      subtitle: a.subtitle.text,
      raw,
    };
  };
  const one = (title: unknown) => ({ section: '', kicker: '', title, subtitle: '' });
  const read = ({ raw: _, ...fields }: ReturnType<typeof story>) => fields;

  it('a marked line and the unmarked rest of it are one title, not a title and its subtitle', () => {
    const got = story(
      '本报讯（记者 周敏）10月15日，全区秋冬季森林防火工作部署会议在区行政中心召开，各镇街负责人参加。',
      '# 全区秋冬季森林防火工作',
      '部署会议在区行政中心召开',
    );
    expect(read(got)).toEqual(one('全区秋冬季森林防火工作部署会议在区行政中心召开'));
    // Cleanup reads the same: the heading is one line.
    expect(cleanText(got.raw).text.split('\n')[0]).toBe('# 全区秋冬季森林防火工作部署会议在区行政中心召开');
  });

  it('a figure on the second line is the title’s when the lede says it in one phrase', () => {
    const got = story(
      '本报讯 记者从区交通运输局获悉，全区今年新建农村公路 126 公里，沿线 8 万余名群众出行更方便。',
      '全区今年新建农村公路',
      '126 公里惠及 8 万群众',
      '',
    );
    // (Spacing at the cut is cjk-spaces' business: a headline keeps the spaces printed in it.)
    expect(read(got)).toEqual(one(expect.stringMatching(/^全区今年新建农村公路 ?126 公里惠及 8 万群众$/u)));
  });

  it('a short first line is no label over the title when the lede runs it on', () => {
    expect(
      read(
        story(
          '本报讯 10月15日，东湖社区食堂开进老人家门口，首日接待老人 120 余人次。',
          '# 东湖社区食堂',
          '开进老人家门口受到欢迎',
        ),
      ),
    ).toEqual(one('东湖社区食堂开进老人家门口受到欢迎'));
    expect(
      read(
        story(
          '本报讯 10月15日，青河湿地公园二期工程全面完工，公园将于本周末开园迎客。',
          '## 青河湿地公园',
          '## 二期工程全面完工开园迎客',
        ),
      ),
    ).toEqual(one('青河湿地公园二期工程全面完工开园迎客'));
  });

  it('a subtitle, an office kicker or a label the lede does not run on stay apart', () => {
    expect(
      read(
        story(
          '本报讯 7月2日，全区开展夏季安全生产大检查，检查企业 300 余家。',
          '# 高温天气安全生产不放松',
          '全区开展夏季安全生产大检查',
        ),
      ),
    ).toEqual({
      section: '',
      kicker: '',
      title: '高温天气安全生产不放松',
      subtitle: '全区开展夏季安全生产大检查',
    });
    // The lede names the office doing what the title says: the office is still the kicker.
    expect(
      read(
        story(
          '本报讯 7月2日，区文旅局推出暑期公共文化服务“菜单”。',
          '区文旅局',
          '推出暑期公共文化服务“菜单”',
        ),
      ),
    ).toEqual({ section: '', kicker: '区文旅局', title: '推出暑期公共文化服务“菜单”', subtitle: '' });
  });
});

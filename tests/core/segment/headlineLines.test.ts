// Which headline lines printed together (no `#` marks, no blank line) are one title and which
// are a kicker over it: evidence from the lines' shapes only (a line of two halves is a whole
// title), on small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
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

// Headline blocks seen on real column pages (the samples' `二七区开展教师节走访慰问活动` over its
// title), each in a small invented page: a kicker that tells the news over a title in two
// halves on two lines; a title the column set on two lines whose second is a short question;
// a district named alone over a title, which is its kicker, not a section.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const IN = '\u3000\u3000';

describe('a long kicker over a title set as two halves on two lines', () => {
  it('is the kicker, and the halves keep their space', () => {
    const [a] = suggestArticles(
      page(
        '区委召开全面深化改革委员会会议',
        '坚持改革创新',
        '激发发展活力',
        `${IN}本报讯（记者 詹一鸣）3月10日，区`,
        '委全面深化改革委员会召开会议，研究',
        '部署今年改革重点任务。',
      ),
    );
    expect(a.kicker.text).toBe('区委召开全面深化改革委员会会议');
    expect(a.title.text).toBe('坚持改革创新 激发发展活力');
  });

  it('is not read into a title the column cut over three lines, its first line the shortest', () => {
    const [a] = suggestArticles(
      page(
        '区人社局举办',
        '2025年春季高校毕业生',
        '专场招聘会',
        '本报讯 5月10日，区人社局在区人力资',
        '源市场举办专场招聘会。',
      ),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('区人社局举办2025年春季高校毕业生专场招聘会');
  });
});

describe('a title whose second line is a short question', () => {
  it('is one title over its dateline, not a title and a subtitle, nor text of the story before', () => {
    const articles = suggestArticles(
      page(
        '# 社区食堂开进老小区',
        '本报讯 近日，桂园社区食堂开业，每天',
        '为 200 余名老人供餐。',
        '',
        '老旧小区加装电梯',
        '难在哪？',
        `${IN}本报讯 记者近日走访发现，老旧小`,
        '区加装电梯面临资金分摊难、意见统一',
        '难等问题。',
        '记者 郝悦',
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1].title.text).toBe('老旧小区加装电梯难在哪？');
    expect(articles[1].subtitle.text).toBe('');
  });
});

describe('a district named alone over a title in its block', () => {
  it('is the kicker, not a section label', () => {
    const articles = suggestArticles(
      page(
        '# 社区食堂开进老小区',
        '本报讯 近日，桂园社区食堂开业，每天',
        '为 200 余名老人供餐。',
        '',
        '青河区',
        '“放管服”改革跑出加速度',
        '——青河区深化“放管服”改革工作综述',
        '本报记者 骆清和',
        `${IN}今年以来，青河区持续深化“放管`,
        '服”改革，企业开办时间压缩至半个',
        '工作日。',
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1].section.text).toBe('');
    expect(articles[1].kicker.text).toBe('青河区');
    expect(articles[1].title.text).toBe('“放管服”改革跑出加速度');
  });
});

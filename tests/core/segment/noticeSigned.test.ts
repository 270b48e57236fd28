// A notice signed by its issuer with no date under it: the office closes the notice, it is
// not the kicker of the story printed next. Small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const nextStory = [
  '# 全区启动冬季供暖',
  '本报讯 11月15日，全区集中供暖正式启动，供暖面积达 1,200 万平方米。记者 郑雨',
];

describe('an issuer closing a notice, no date, the next story under it', () => {
  it('an office under a notice titled as one signs it', () => {
    const got = suggestArticles(
      page(
        '# 关于开展冬季消防安全检查的通知',
        '',
        '各镇街、各有关单位：',
        '',
        '即日起在全区开展冬季消防安全检查。请各单位认真组织自查，发现隐患及时整改。',
        '',
        '青河区安全生产委员会办公室',
        '',
        ...nextStory,
      ),
    );
    expect(got.map((a) => [a.kicker.text, a.title.text])).toEqual([
      ['', '关于开展冬季消防安全检查的通知'],
      ['', '全区启动冬季供暖'],
    ]);
    expect(got[0].paragraphs.at(-1)?.text).toBe('青河区安全生产委员会办公室');
  });

  it('offices under a letter opened by its addressees sign it; the next story keeps its own kicker', () => {
    const got = suggestArticles(
      page(
        '文明过节倡议',
        '',
        '广大市民朋友们：',
        '',
        '让我们从自身做起，积极参与垃圾分类，共建美丽家园！',
        '',
        '区城市管理局',
        '区文明办',
        '',
        '区卫健委',
        '全区启动冬季流感疫苗接种',
        '本报讯 11月15日，全区启动冬季流感疫苗接种工作。记者 郑雨',
      ),
    );
    expect(got.map((a) => [a.kicker.text, a.title.text, a.subtitle.text])).toEqual([
      ['', '文明过节倡议', ''],
      ['区卫健委', '全区启动冬季流感疫苗接种', ''],
    ]);
  });
});

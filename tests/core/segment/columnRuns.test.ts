// Pages set in column lines with no blank line anywhere (a briefs box, a news page printed
// tight), each a small invented page (no fixture text): the column's width is what its lines
// reach, not the banner's; a quote closing a name at a line's end leaves the sentence open; a
// headline over a lede opens a story after one whose text runs on from its dateline.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const page = (...lines: string[]) => lines.join('\n');

// A banner wider than the column, in the same block as the text (no blank line under it).
const BANNER = '滨江区新闻　2025年3月14日　星期五　第2版';

describe('a page in column lines with no blank lines', () => {
  it('reads the column width from its lines: a line run to the edge stopping at a full stop goes on', () => {
    const raw = page(
      BANNER,
      '河道清淤工程开工',
      '本报讯 3月10日，南河清淤工程',
      '开工，全长 4.6 公里，预计 5 月',
      '底完工。',
      '施工期间，沿河步道部分路段封',
      '闭，市民可绕行滨河路和江堤路。',
      '区水利局提醒市民注意安全，切勿',
      '翻越围挡进入施工区域，带孩子出',
      '行的家长要看护好孩子。',
    );
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual([
      '3月10日，南河清淤工程开工，全长 4.6 公里，预计 5 月底完工。',
      '施工期间，沿河步道部分路段封闭，市民可绕行滨河路和江堤路。区水利局提醒市民注意安全，切勿翻越围挡进入施工区域，带孩子出行的家长要看护好孩子。',
    ]);
  });

  it('keeps a sentence whole across a line that stops at a quote closing a name (`“滨江读书”`)', () => {
    const raw = page(
      BANNER,
      '社区书房夜间开放',
      '本报讯 即日起，全区 12 家城市书',
      '房每天开放至22:00，读者可在',
      '20:00后登录“滨江读书”',
      '小程序查看座位余量，并提前预约',
      '自习座位，每人每天限约一次。',
      '记者 程远',
    );
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs)).toEqual([
      '即日起，全区 12 家城市书房每天开放至22:00，读者可在20:00后登录“滨江读书”小程序查看座位余量，并提前预约自习座位，每人每天限约一次。',
    ]);
  });

  it('opens a story at a headline over a lede after a brief whose text runs on from its dateline', () => {
    const raw = page(
      BANNER,
      '简讯',
      '区档案馆延长开放时间',
      '本报讯 即日起，区档案馆周六',
      '全天开放，查档市民可携带身份',
      '证到一楼大厅办理，无需预约。',
      '南湖社区开设“四点半课堂”',
      '3月11日，南湖社区“四点半课',
      '堂”开课，大学生志愿者为辖区',
      '40 余名小学生辅导作业。',
      '通讯员 方圆',
    );
    expect(texts(suggestArticles(raw).map((a) => a.title))).toEqual([
      '区档案馆延长开放时间',
      '南湖社区开设“四点半课堂”',
    ]);
  });

  it('opens a story at a headline over a wire dateline (`据新华社…电`), as over `本报讯`', () => {
    const raw = page(
      BANNER,
      '河道清淤工程开工',
      '本报讯 3月10日，南河清淤工程',
      '开工，全长 4.6 公里，预计 5 月',
      '底完工，施工期间沿河步道封闭。',
      '谨防“春耕农资”骗局',
      '据新华社北京3月12日电 农业农',
      '村部近日提醒，购买种子、化肥',
      '要认准正规渠道，索要购货凭证。',
    );
    const stories = suggestArticles(raw);
    expect(texts(stories.map((a) => a.title))).toEqual(['河道清淤工程开工', '谨防“春耕农资”骗局']);
    expect(stories[1].dateline.text).toBe('据新华社北京3月12日电');
  });

  it('opens a story at a headline on two lines after a credit in brackets broken over two lines', () => {
    const raw = page(
      BANNER,
      '河道清淤工程开工',
      '本报讯 3月10日，南河清淤工程',
      '开工，全长 4.6 公里，预计 5 月',
      '底完工。“盼了好几年。”沿河居',
      '民周大爷说。(记',
      '者 程远 通讯员 方圆)',
      '春季义务植树活动将于',
      '下周六举行',
      '本报讯 3月13日，区林业局发布',
      '消息，春季义务植树活动将于下',
      '周六在滨江公园举行。',
    );
    expect(texts(suggestArticles(raw).map((a) => a.title))).toEqual([
      '河道清淤工程开工',
      '春季义务植树活动将于下周六举行',
    ]);
  });
});

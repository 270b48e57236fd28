// Evidence found on a column page written from sample page-001's layout (fixture
// 32-service-column), each in a small invented page: column text with no indents, where a
// paragraph ends only where a line stops short after a closing mark and blank lines fall where
// a column breaks. An intertitle there is a line with no mark that stops short of the column's
// edge; the end of a sentence carried over a column break closes its paragraph when it stops short.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);

describe('an unmarked intertitle in a column run with no indents', () => {
  const raw = page(
    '# 便民窗口搬进园区',
    '本报讯 今年以来，区政务服务中心',
    '在青河产业园设立便民服务窗口，',
    '企业办理备案、变更等事项不出园',
    '区，最快当天办结。',
    '专员上门服务',
    '为方便企业办事，窗口安排 6 名',
    '专员定期走访园区企业，收集企业',
    '诉求，现场答疑解惑，能办的当场',
    '办理，不能当场办的限时办结。',
  );

  it('is a paragraph of its own, even over a line opening with 为', () => {
    const [a] = suggestArticles(raw);
    expect(a.paragraphs.map((p) => p.text)).toContain('专员上门服务');
    expect(a.paragraphs.at(-1)?.text.startsWith('为方便企业办事')).toBe(true);
  });

  it('is a line of its own in clean too', () => {
    expect(paragraphsOf(raw)).toContain('专员上门服务');
  });
});

describe('an intertitle after a deck and its byline, over a paragraph that opens as a lede', () => {
  it('stays in the story', () => {
    const articles = suggestArticles(
      page(
        '区政务服务中心',
        '',
        '窗口前移进园区 企业办事不出门',
        '',
        '近期，区政务服务中心以“服务提质年”活',
        '动为契机，把便民服务窗口前移到园区，',
        '让企业在家门口办成事、办好事。',
        '记者 骆清和 青河时报 詹一鸣',
        '',
        '“进园区”让办事更近',
        '设立窗口以来，中心梳理出企业',
        '高频办理事项 48 项，全部实现',
        '园区窗口受理，企业平均少跑两',
        '趟，办理时间缩短了一半以上。',
        '“以前办一件事要跑好几个部门，',
        '现在在园区窗口就能办好。”一家',
        '企业的负责人说。',
        '下一步，中心还将推出更多园区',
        '可办事项。',
      ),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0].byline.text).toBe('记者 骆清和 青河时报 詹一鸣');
    expect(articles[0].paragraphs.map((p) => p.text)).toContain('“进园区”让办事更近');
  });
});

describe('the end of a sentence carried past a column break', () => {
  const raw = page(
    '# 老旧小区物业服务提质',
    '本报讯 今年以来，桂园街道在 9 个老旧',
    '小区引入专业物业，由社区牵头每月',
    '召开一次联席会，物业费收缴率由 58%',
    '',
    '提高到 81%。',
    '“有事有人管、管了有回音，住着',
    '更舒心了。”居民霍大姐说。',
  );

  it('closes its paragraph where it stops short', () => {
    const [a] = suggestArticles(raw);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '今年以来，桂园街道在 9 个老旧小区引入专业物业，由社区牵头每月召开一次联席会，物业费收缴率由 58% 提高到 81%。',
      '“有事有人管、管了有回音，住着更舒心了。”居民霍大姐说。',
    ]);
  });

  it('in clean too', () => {
    expect(paragraphsOf(raw).at(-1)).toBe('“有事有人管、管了有回音，住着更舒心了。”居民霍大姐说。');
  });
});

// Which short line under a byline is more of its names and which is the next story's kicker,
// on pages printed with no blank line between stories: a name line goes on with the byline
// only when it is shaped as names. Small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { cleanText } from '../../../src/core/clean';

const page = (...lines: string[]) => lines.join('\n');
const story = [
  '老旧小区加装电梯',
  '今年完成 60 部',
  '　　本报讯 记者从区住建局获悉，今年全',
  '区将为老旧小区加装电梯 60 部，目前',
  '已开工 32 部。',
];
const next = ['青河小学开展航天主题活动', '　　本报讯 3月1日，区科协走进青河小', '学，开展航天科普活动。'];

describe('a short line under a byline, no blank line', () => {
  it('a line that is no name opens the next story', () => {
    const raw = page(...story, '　　记者 郑雨 通讯员 王芳', '科普进校园', ...next);
    const got = suggestArticles(raw);
    expect(got.map((a) => [a.byline.text, a.title.text])).toEqual([
      ['记者 郑雨 通讯员 王芳', '老旧小区加装电梯 今年完成 60 部'],
      ['', '青河小学开展航天主题活动'],
    ]);
    // Over its title in one block, a kicker cannot be told from a section label that starts
    // there (no blank line sets either apart): either way it heads the next story.
    expect(got[1].kicker.text + got[1].section.text).toBe('科普进校园');
    // Cleanup reads the same lines: the line is its own, not the byline's end.
    expect(cleanText(raw).text).toContain('通讯员 王芳\n\n科普进校园');
  });

  it('a name, or a paper and its writer, goes on with the byline', () => {
    for (const names of ['鲁慧', '经开时报 李洪永'])
      expect(suggestArticles(page(...story, '　　记者 郑雨', names, ...next))[0].byline.text).toBe(
        `记者 郑雨 ${names}`,
      );
  });
});

describe('a reporter credited with the outlet they write for', () => {
  const two = (byline: string) =>
    suggestArticles(
      page(
        '# 全区启动冬季供暖',
        '本报讯 11月15日，全区集中供暖正式启动，供暖面积达 1,200 万平方米。',
        byline,
        '',
        '# 小区加装电梯完成 60 部',
        '本报讯 记者从区住建局获悉，今年全区加装电梯 60 部。',
      ),
    );

  it.each(['区融媒体中心记者 郑雨', '新华社记者 王五', '青河日报记者 李四 通讯员 赵六'])(
    '`%s` under the text is its byline, not the next story’s kicker',
    (byline) => {
      const got = two(byline);
      expect(got.map((a) => [a.byline.text, a.kicker.text, a.title.text])).toEqual([
        [byline, '', '全区启动冬季供暖'],
        ['', '', '小区加装电梯完成 60 部'],
      ]);
    },
  );

  it('run into the last sentence too', () => {
    const [a] = suggestArticles(
      page('# 全区启动冬季供暖', '本报讯 11月15日，全区集中供暖正式启动。青河日报记者 李四'),
    );
    expect([a.byline.text, a.paragraphs.at(-1)?.text]).toEqual([
      '青河日报记者 李四',
      '11月15日，全区集中供暖正式启动。',
    ]);
  });
});

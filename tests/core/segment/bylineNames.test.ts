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

// Briefs whose titles are set after a bullet (`●区图书馆开通…`), as a box's label is set after
// its box (`■链接`, fixture 27-mill-report): the title reads without the bullet.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');

describe('brief titles set after a bullet', () => {
  const articles = suggestArticles(
    page(
      '简讯',
      '',
      '●区图书馆开通自助借还服务',
      '本报讯 近日，区图书馆在一楼大厅开通',
      '自助借还服务。（记者 骆清和）',
      '',
      '◆桂园社区举办邻里厨艺大赛',
      '本报讯 3月5日，桂园社区举办邻里厨',
      '艺大赛，30 户家庭参赛。',
      '记者 詹一鸣',
    ),
  );

  it('read without the bullet, each over its own brief', () => {
    expect(articles.map((a) => a.title.text)).toEqual([
      '区图书馆开通自助借还服务',
      '桂园社区举办邻里厨艺大赛',
    ]);
    expect(articles.map((a) => a.section.text)).toEqual(['简讯', '简讯']);
  });
});

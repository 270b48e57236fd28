// A title set on two lines whose first line stops a few letters after a verb that takes an
// object (fixtures 24-elder-care and 30-town-column): the column cut the object, and the
// lines join with no space. With the object whole on the first line, they are two halves.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const titleOf = (first: string, second: string) =>
  suggestArticles(
    page(first, second, '本报讯 近日，桂园街道组织辖区居民参加', '活动，现场气氛热烈，居民纷纷点赞。'),
  )[0].title.text;

describe('a title line that stops a few letters after its verb', () => {
  it('runs on into the next line with no space (two letters of the object)', () => {
    expect(titleOf('区文化馆推出少儿', '书法公益体验课程')).toBe('区文化馆推出少儿书法公益体验课程');
  });

  it('runs on into the next line with no space (three letters of the object)', () => {
    expect(titleOf('桂园街道启动老年人', '助浴上门服务试点')).toBe('桂园街道启动老年人助浴上门服务试点');
  });

  it('keeps the space when the object is whole on the first line', () => {
    expect(titleOf('桂园街道开展垃圾分类', '小区环境焕然一新')).toBe('桂园街道开展垃圾分类 小区环境焕然一新');
  });
});

// An office or place printed over its title is the kicker wherever it stands (first on the
// page, under another story, with or without a blank line): the vocabulary of Chinese public
// bodies, not one paper's layout. Small invented pages (no fixture text).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');

// Bodies a district paper names in kickers that the office words first taken (局, 委, 街道…)
// did not cover: congress and consultative bodies, development zones, a study group, societies.
const OFFICES = [
  ['区人大常委会', '开展食品安全法执法检查'],
  ['区政协', '召开年度重点提案督办会'],
  ['青河经开区', '新签约项目 12 个'],
  ['青河高新区', '两家企业获评省级“专精特新”'],
  ['区委理论学习中心组', '专题学习安全生产法'],
  ['区红十字会', '开展应急救护培训进社区'],
  ['南湖社区居委会', '议事协商解决停车难'],
  ['区档案馆', '征集老照片 300 余张'],
] as const;

describe('an office over its title', () => {
  it.each(OFFICES)('first on the page: %s is the kicker, not a section', (office, title) => {
    const [a] = suggestArticles(
      page(office, title, '本报讯（记者 周敏）10月12日，相关工作在全区展开，共有 300 余人参加。'),
    );
    expect([a.section.text, a.kicker.text, a.title.text]).toEqual(['', office, title]);
  });

  it.each(OFFICES)('under a story, no blank line: %s is the kicker of the next', (office, title) => {
    const got = suggestArticles(
      page(
        '要闻',
        '区应急管理局',
        '汛前隐患排查全面完成',
        '本报讯 10月8日，区里完成汛前隐患排查，整改问题 46 处。记者 郑雨',
        office,
        title,
        '本报讯（记者 周敏）10月12日，相关工作在全区展开，共有 300 余人参加。',
      ),
    );
    expect(got.map((a) => [a.section.text, a.kicker.text, a.title.text])).toEqual([
      ['要闻', '区应急管理局', '汛前隐患排查全面完成'],
      ['要闻', office, title],
    ]);
  });
});

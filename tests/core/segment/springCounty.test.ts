// Evidence found on a column page written from the samples' layouts (fixture 31-spring-county),
// each in a small invented page: a title's second half opened by `让`; headline lines printed
// over an indented lede whose first line stops at no mark; an intertitle set without the
// indent between two indented paragraphs; and an intertitle after a deck and its byline whose
// paragraph repeats its words.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);
const IN = '\u3000\u3000';

describe('a title line opened by 让 under another', () => {
  it('is a half of its own when it is as long as the line over it', () => {
    const [a] = suggestArticles(
      page(
        '桂园街道',
        '“共享菜园”开进小区',
        '让邻里关系更融洽',
        '本报讯 近日，桂园街道在 3 个小区',
        '开辟共享菜园，由居民认领种植。',
      ),
    );
    expect(a.title.text).toBe('“共享菜园”开进小区 让邻里关系更融洽');
  });

  it('finishes the sentence of a longer line over it', () => {
    const [a] = suggestArticles(
      page(
        '桂园街道',
        '桂园街道“共享菜园”',
        '让小区变美',
        '本报讯 近日，桂园街道在 3 个小区',
        '开辟共享菜园，由居民认领种植。',
      ),
    );
    expect(a.title.text).toBe('桂园街道“共享菜园”让小区变美');
  });
});

describe('headline lines over an indented lede whose first line stops at no mark', () => {
  const raw = page(
    '桂园街道',
    '“共享菜园”开进小区',
    '让邻里关系更融洽',
    `${IN}桂园街道在辖区 3 个小区开辟`,
    '共享菜园，由居民认领种植，收获',
    '的蔬菜送给独居老人。',
    '记者 钟若岚',
  );

  it('are the title, and the indented line opens the text', () => {
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('桂园街道');
    expect(a.title.text).toBe('“共享菜园”开进小区 让邻里关系更融洽');
    expect(a.paragraphs[0].text.startsWith('桂园街道在辖区')).toBe(true);
  });

  it('stay out of the lede in clean too', () => {
    expect(paragraphsOf(raw)[0]).not.toContain('开辟');
  });
});

describe('an intertitle set without the indent between two indented paragraphs', () => {
  const raw = page(
    '# 老粮站变身社区客厅',
    `${IN}本报讯 近日，改造后的老粮站作为`,
    '社区客厅向居民开放，设有阅览室和',
    '活动室，每天接待居民 200 余人次。',
    '空间用得更足',
    `${IN}客厅白天是老人的活动室，傍晚是`,
    '孩子的自习室，周末还承办邻里宴。',
  );

  it('is a paragraph of its own, not the opening of the next one', () => {
    const [a] = suggestArticles(raw);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '近日，改造后的老粮站作为社区客厅向居民开放，设有阅览室和活动室，每天接待居民 200 余人次。',
      '空间用得更足',
      '客厅白天是老人的活动室，傍晚是孩子的自习室，周末还承办邻里宴。',
    ]);
  });

  it('is a line of its own in clean too', () => {
    expect(paragraphsOf(raw)).toContain('空间用得更足');
  });
});

describe('an intertitle after a deck and its byline, repeated by its paragraph', () => {
  it('stays in the story', () => {
    const articles = suggestArticles(
      page(
        '桂园街道',
        '“共享菜园”开进小区 让邻里关系更融洽',
        `${IN}桂园街道在辖区 3 个小区开辟共享菜园，由居民认领种植。`,
        '记者 钟若岚 通讯员 严书白',
        '',
        '老人孩子齐上阵',
        `${IN}在菜园里，老人孩子齐上阵，浇水、除草、搭架，`,
        '一茬茬蔬菜长得正旺。',
      ),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0].byline.text).toBe('记者 钟若岚 通讯员 严书白');
    expect(articles[0].paragraphs.map((p) => p.text)).toContain('老人孩子齐上阵');
  });
});

describe('a kicker and title set without the indent after a finished paragraph, no blank line between', () => {
  const raw = page(
    '# 老粮站变身社区客厅',
    `${IN}本报讯 近日，改造后的老粮站作为`,
    '社区客厅向居民开放，设有阅览室和',
    '活动室，每天接待居民 200 余人次。',
    '桂园街道',
    '“共享菜园”开进小区',
    '让邻里关系更融洽',
    `${IN}桂园街道在辖区 3 个小区开辟`,
    '共享菜园，由居民认领种植，收获',
    '的蔬菜送给独居老人。',
  );

  it('open the next story, over its indented lede', () => {
    const articles = suggestArticles(raw);
    expect(articles).toHaveLength(2);
    expect(articles[0].paragraphs.at(-1)?.text.endsWith('200 余人次。')).toBe(true);
    expect(articles[1].kicker.text).toBe('桂园街道');
    expect(articles[1].title.text).toBe('“共享菜园”开进小区 让邻里关系更融洽');
  });
});

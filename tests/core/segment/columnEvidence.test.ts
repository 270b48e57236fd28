// Evidence found on a column page written from the samples' layouts (fixture 29-night-market),
// each in a small invented page: a dated dateline whose column line stops at no mark, a title
// that ends in an office word over a dash subtitle, and a list closed by a full stop.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const texts = (fs: readonly { text: string }[]) => fs.map((f) => f.text);
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);

describe('a dated dateline on a column line that stops at no mark', () => {
  const raw = page(
    '# 医保服务站开进村卫生室',
    '本报1月8日讯（记者 温可欣）记',
    '者从区医保局获悉，全区 86 个村',
    '卫生室已全部设立医保服务站。',
  );

  it('opens the text, not a second headline line', () => {
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('医保服务站开进村卫生室');
    expect(a.dateline.text).toBe('本报1月8日讯（记者 温可欣）');
    expect(texts(a.paragraphs)).toEqual(['记者从区医保局获悉，全区 86 个村卫生室已全部设立医保服务站。']);
  });

  it('is joined to its text by clean too', () => {
    expect(paragraphsOf(raw)).toContain(
      '本报1月8日讯（记者 温可欣）记者从区医保局获悉，全区 86 个村卫生室已全部设立医保服务站。',
    );
  });
});

describe('a title that ends in an office word', () => {
  it('over a dash subtitle is the title, not a second kicker', () => {
    const [a] = suggestArticles(
      page(
        '区医保局',
        '医保服务站开进村卫生室',
        '——全区 86 个村实现医保业务就近办',
        '',
        '本报讯 记者从区医保局获悉，全区村卫生室已全部设立医保服务站。',
      ),
    );
    expect(a.kicker.text).toBe('区医保局');
    expect(a.title.text).toBe('医保服务站开进村卫生室');
    expect(a.subtitle.text).toBe('——全区 86 个村实现医保业务就近办');
  });
});

describe('a list whose items close with a semicolon', () => {
  const raw = page(
    '# “村晚”节目征集启动',
    '本报讯 即日起，区文化馆面向',
    '全区征集“村晚”节目，要求：',
    '（1）节目时长不超过 8 分钟；',
    '（2）内容积极向上，贴近农村生活。',
    '报名表可到区文化馆一楼领取，',
    '入选节目将在春节前后巡演。',
  );

  it('ends at the item that closes with a full stop: the text after it is its own paragraph', () => {
    const [a] = suggestArticles(raw);
    expect(texts(a.paragraphs).slice(-2)).toEqual([
      '（2）内容积极向上，贴近农村生活。',
      '报名表可到区文化馆一楼领取，入选节目将在春节前后巡演。',
    ]);
    expect(paragraphsOf(raw)).toContain('（2）内容积极向上，贴近农村生活。');
  });

  it('an item that goes on to its next line after a full stop stays one item when the items close otherwise', () => {
    const [a] = suggestArticles(
      page(
        '# 冬修水利正当时',
        '本报讯 石桥镇今冬抓好三件事：',
        '1.清淤疏渠。全镇清理沟渠',
        '12 公里。',
        '2.修复泵站。',
      ),
    );
    expect(texts(a.paragraphs)).toContain('1.清淤疏渠。全镇清理沟渠 12 公里。');
  });
});

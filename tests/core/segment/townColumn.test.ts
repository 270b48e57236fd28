// Evidence found on a column page written from the samples' layouts (fixture 30-town-column),
// each in a small invented page: a title set on two lines over a dash subtitle, and a title's
// first line that stops at a verb before its object.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');
const paragraphsOf = (raw: string) => cleanText(raw).text.split(/\n\s*\n/);

describe('a title on two lines over a dash subtitle', () => {
  const raw = page(
    '石桥镇',
    '一张“服务单”',
    '连起百姓“需求链”',
    '——石桥镇推行为民服务清单管理',
    '本报讯 今年以来，石桥镇把群众',
    '的急难愁盼列成清单，逐项办理。',
  );

  it('keeps the subtitle out of the title', () => {
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('石桥镇');
    expect(a.title.text).toBe('一张“服务单” 连起百姓“需求链”');
    expect(a.subtitle.text).toBe('——石桥镇推行为民服务清单管理');
  });

  it('is a line of its own in clean too', () => {
    expect(paragraphsOf(raw)).toContain('——石桥镇推行为民服务清单管理');
  });
});

describe('a title line that stops at a verb before its object', () => {
  it('is the first line of the title, not an office kicker, when the verb ends in 办', () => {
    const [a] = suggestArticles(
      page(
        '石桥镇举办',
        '农民丰收节特色农产品展销会',
        '本报讯 9月22日，石桥镇在镇文化广场',
        '举办农民丰收节展销会。',
      ),
    );
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('石桥镇举办农民丰收节特色农产品展销会');
  });

  it('runs on into the next line with no space, as a phrase the column cut', () => {
    const [a] = suggestArticles(
      page(
        '柳塘社区开展',
        '邻里互助积分活动',
        '本报讯 近日，柳塘社区推出邻里互',
        '助积分，居民帮忙可攒积分。',
      ),
    );
    expect(a.title.text).toBe('柳塘社区开展邻里互助积分活动');
  });
});

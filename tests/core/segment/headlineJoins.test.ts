// Headline blocks whose lines join one way or the other (halves of a title, a title and its
// kicker, a phrase the column cut), each in a small invented page.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe('a clause ending in an office word', () => {
  it('is a title’s first half, not a kicker: an office’s name carries no 了', () => {
    const raw = page(
      '#### 旧书有了新用处',
      '#### 邻里共享读书乐',
      '',
      '本报讯 近日，南湖社区在活动室设立旧书交换角，居民可以书换书。',
    );
    const [a] = suggestArticles(raw);
    expect(a.kicker.text).toBe('');
    expect(a.title.text).toBe('旧书有了新用处 邻里共享读书乐');
    checkProvenance(a, raw);
  });

  it('leaves an office over its title a kicker', () => {
    const [a] = suggestArticles(
      page('#### 区档案馆管理处', '#### 开展档案数字化培训', '', '本报讯 近日，区档案馆开展档案数字化培训。'),
    );
    expect(a.kicker.text).toBe('区档案馆管理处');
    expect(a.title.text).toBe('开展档案数字化培训');
  });
});

describe('a title line ending in a verb of motion with 进 or 入', () => {
  it('is cut before the place it names, never a half', () => {
    const raw = page(
      '柳塘街道',
      '“共享书柜”走进',
      '老旧小区和背街小巷',
      '\u3000\u3000本报讯 近日，柳塘街道在 12 个小区设置书柜。',
    );
    const [a] = suggestArticles(raw);
    expect(a.title.text).toBe('“共享书柜”走进老旧小区和背街小巷');
    checkProvenance(a, raw);
  });

  it('leaves halves apart when the first ends otherwise', () => {
    const [a] = suggestArticles(
      page(
        '柳塘街道',
        '“共享书柜”开张',
        '老旧小区书香浓',
        '\u3000\u3000本报讯 近日，柳塘街道“共享书柜”开张。',
      ),
    );
    expect(a.title.text).toBe('“共享书柜”开张 老旧小区书香浓');
  });
});

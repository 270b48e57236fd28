// A byline that gives each writer's part before the role (`文/记者 … 图/通讯员 …`): a byline,
// on its own line or closing the text, never a headline (read as one, it was the next story's
// kicker).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe('a byline with each part before its role', () => {
  it('on its own line signs the story above, not the next', () => {
    const raw = page(
      '# 桥头村首届插秧节开幕',
      '',
      '本报讯 5月6日，桥头村首届插秧节开幕，两百多名游客下田体验。',
      '',
      '文/记者 汪远 图/通讯员 钟可',
      '',
      '# 石湾镇油茶进入采摘期',
      '',
      '本报讯 眼下，石湾镇油茶进入采摘期。',
    );
    const [a, b] = suggestArticles(raw);
    expect(a.byline.text).toBe('文/记者 汪远 图/通讯员 钟可');
    expect(b.kicker.text).toBe('');
    expect(b.title.text).toBe('石湾镇油茶进入采摘期');
    checkProvenance(a, raw);
  });

  it('closing the text on its last line', () => {
    const [a] = suggestArticles(
      page(
        '# 桥头村首届插秧节开幕',
        '',
        '本报讯 5月6日，桥头村首届插秧节开幕，两百多名游客下田体验。 文/记者 汪远 图/通讯员 钟可',
      ),
    );
    expect(a.byline.text).toBe('文/记者 汪远 图/通讯员 钟可');
    expect(a.paragraphs.map((p) => p.text)).toEqual(['5月6日，桥头村首届插秧节开幕，两百多名游客下田体验。']);
  });
});

describe('a byline naming a writer’s office in brackets', () => {
  it('signs the story above, never the next story’s kicker', () => {
    const [a, b] = suggestArticles(
      page(
        '# 桥头村首届插秧节开幕',
        '',
        '本报讯 5月6日，桥头村首届插秧节开幕。',
        '',
        '通讯员 钟可（区农业农村局）',
        '',
        '# 石湾镇油茶进入采摘期',
        '',
        '本报讯 眼下，石湾镇油茶进入采摘期。',
      ),
    );
    expect(a.byline.text).toBe('通讯员 钟可（区农业农村局）');
    expect(b.kicker.text).toBe('');
  });
});

describe('a bracketed byline broken inside its role word, then the next headline', () => {
  it('closes the story, and the next headline heads its own', () => {
    const articles = suggestArticles(
      page(
        '石湾镇油茶进入采摘期',
        '\u3000\u3000本报讯 眼下，石湾镇 1,200 亩油茶进',
        '入采摘期。（记者 汪远 通讯',
        '员 钟可）',
        '区图书馆延长开放时间',
        '\u3000\u3000本报讯 即日起，区图书馆每晚开放至 21:00。',
      ),
    );
    expect(articles.map((a) => a.title.text)).toEqual(['石湾镇油茶进入采摘期', '区图书馆延长开放时间']);
    expect(articles[0].byline.text).toBe('记者 汪远 通讯员 钟可');
    expect(articles[0].paragraphs.map((p) => p.text)).toEqual(['眼下，石湾镇 1,200 亩油茶进入采摘期。']);
  });
});

// A caption's credit set after a full-width space (`…休憩。\u3000记者 韦晓岚 摄`): the caption
// reads with one space before its credit, as every caption does (README: caption and credit
// joined by one space).
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe('a caption whose credit stands after a full-width space', () => {
  it('parts the credit from the caption by one space', () => {
    const raw = page(
      '桥头村新建文化广场投用',
      '',
      '本报讯 5月6日，桥头村文化广场建成投用。',
      '',
      '图为村民在广场上跳广场舞。\u3000通讯员\u3000钟可 摄',
      '',
      '广场占地 3,000 平方米，配有健身器材和灯光球场。',
    );
    const [a] = suggestArticles(raw);
    expect(a.captions.map((c) => c.text)).toEqual(['图为村民在广场上跳广场舞。 通讯员 钟可 摄']);
    checkProvenance(a, raw);
  });
});

describe('a sentence between paragraphs right over a photo credit', () => {
  it('is a caption with its credit, though no 图为 opens it', () => {
    const raw = page(
      '桥头村首届插秧节开幕',
      '',
      '本报讯 5月6日，桥头村首届插秧节开幕。',
      '',
      '游客在水田里体验插秧。',
      '记者 汪远 摄',
      '',
      '活动持续三天，共有 30 家合作社参展。',
    );
    const [a] = suggestArticles(raw);
    expect(a.captions.map((c) => c.text)).toEqual(['游客在水田里体验插秧。 记者 汪远 摄']);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '5月6日，桥头村首届插秧节开幕。',
      '活动持续三天，共有 30 家合作社参展。',
    ]);
    checkProvenance(a, raw);
  });

  it('in a photo item is still its text, signed by the credit', () => {
    const [a] = suggestArticles(page('# 插秧忙', '', '5月6日，游客在桥头村水田里体验插秧。', '记者 汪远 摄'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(['5月6日，游客在桥头村水田里体验插秧。']);
    expect(a.byline.text).toBe('记者 汪远 摄');
    expect(a.captions).toEqual([]);
  });
});

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

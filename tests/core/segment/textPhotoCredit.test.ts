// A byline that opens with the credit for text and photos (`文/图 记者 常宁`, as fixture
// 16-consumer-week prints it after a blank line), here right under the text with no blank line:
// it is the story's byline, not more of its last paragraph, and clean keeps its spaces.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';

const page = (...lines: string[]) => lines.join('\n');

describe('a byline opened by 文/图 under the text, no blank line between', () => {
  const raw = page(
    '区交通运输局',
    '青河大道月底全线通车',
    '本报讯 记者从区交通运输局获悉，',
    '青河大道改造工程已进入收尾阶段。',
    '文/图 记者 骆清和',
  );

  it('is the byline', () => {
    const [a] = suggestArticles(raw);
    expect(a.byline.text).toBe('文/图 记者 骆清和');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '记者从区交通运输局获悉，青河大道改造工程已进入收尾阶段。',
    ]);
  });

  it('keeps its spaces in clean', () => {
    expect(cleanText(raw).text.split('\n')).toContain('文/图 记者 骆清和');
  });
});

// A dateline set alone on its line, the writers' brackets on the next (`本报讯` /
// `（通讯员 … 记者 …）` / text): the brackets are the dateline's, as on one line, and their
// names the byline.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/clean';
import { suggestArticles } from '../../../src/core/segment';
import { checkProvenance } from './checks';

const page = (...lines: string[]) => lines.join('\n');

describe('a dateline alone over its brackets', () => {
  it('reads the brackets as the dateline’s and the names as the byline', () => {
    const raw = page(
      '桥头村举办首届插秧节',
      '本报讯',
      '（通讯员 钟可 记者 汪远）',
      '5月6日，桥头村首届插秧节开幕，',
      '两百多名游客下田体验插秧。',
    );
    const [a] = suggestArticles(raw);
    expect(a.dateline.text).toBe('本报讯（通讯员 钟可 记者 汪远）');
    expect(a.byline.text).toBe('通讯员 钟可 记者 汪远');
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      '5月6日，桥头村首届插秧节开幕，两百多名游客下田体验插秧。',
    ]);
    checkProvenance(a, raw);
    expect(cleanText(raw).text).toContain('本报讯（通讯员 钟可 记者 汪远）5月6日');
  });

  it('does so under a dated dateline too', () => {
    const [a] = suggestArticles(
      page('桥头村举办首届插秧节', '本报5月7日讯', '（记者 汪远）', '6日，桥头村首届插秧节开幕。'),
    );
    expect(a.dateline.text).toBe('本报5月7日讯（记者 汪远）');
    expect(a.byline.text).toBe('记者 汪远');
  });
});

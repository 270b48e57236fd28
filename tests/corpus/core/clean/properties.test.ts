// The cleanup pipeline on the real archive pages.
import { describe, expect, it } from 'vitest';
import { cleanContent, cleanText } from '../../../../src/core/clean';
import { fieldsOf, type ArticleContent } from '../../../../src/core/model';
import { suggestArticles } from '../../../../src/core/segment';
import { corpusPage } from '../corpus';

const allSpans = (c: ArticleContent) => [...fieldsOf(c)].flatMap(([, f]) => f.spans);

describe('idempotence on the real pages', () => {
  it('the default pipeline on the sample pages', () => {
    for (const name of ['page-000.txt', 'page-001.txt', 'page-002.txt']) {
      const once = cleanText(corpusPage(name)).text;
      expect(cleanText(once).text).toBe(once);
    }
  });
});

describe('span integrity on the real pages', () => {
  it('cleanContent on suggested articles keeps every span pointing at the same raw text', () => {
    const raw = corpusPage('page-000.txt');
    for (const a of suggestArticles(raw, {
      enabled: {
        'join-lines': false,
        'cjk-spaces': false,
        'cjk-punctuation': false,
        'continuation-marks': false,
      },
    })) {
      const { content } = cleanContent(a, raw);
      expect(allSpans(content).sort((x, y) => x.start - y.start)).toEqual(
        allSpans(a).sort((x, y) => x.start - y.start),
      );
    }
  });
});

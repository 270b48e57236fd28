// The app's export reads each article's kept review figures for the manifest instead of
// counting its edits again, but only figures counted for the article as it is now: an
// article saved since (another updatedAt) is counted afresh, as `galley export` would.
import { describe, expect, it } from 'vitest';
import { carriedFor } from '../../../src/core/backup/figures';
import { articleFigures } from '../../../src/core/diff';
import { emptyContent, type Article } from '../../../src/core/model';
import { packPage } from '../../../src/renderer/src/db/figuresByPage';
import { keptFigures } from '../../../src/renderer/src/export/keptFigures';

const raw = '本报讯 今天天气很好。\n明天下雨。';
const article = (id: string, order: number, text: string, updatedAt: number): Article => ({
  ...emptyContent(),
  paragraphs: [{ text, spans: [{ start: 0, end: 10 }] }],
  id,
  pageId: 'p',
  order,
  status: 'corrected',
  createdAt: 0,
  updatedAt,
});

describe('the figures an export reads from the app', () => {
  it('are the kept ones where they were counted for the article as it is, else counted again', () => {
    const kept = article('a', 0, '本报讯 今天天气很好。', 5);
    const saved = article('b', 1, '本报讯 今天天汽很好。', 9);
    const packed = packPage('p', [
      {
        articleId: 'a',
        pageId: 'p',
        order: 0,
        status: 'corrected',
        updatedAt: 5,
        figures: articleFigures(kept, raw),
      },
      // Counted for an earlier version of b.
      {
        articleId: 'b',
        pageId: 'p',
        order: 1,
        status: 'corrected',
        updatedAt: 7,
        figures: articleFigures(kept, raw),
      },
    ]);
    const figures = keptFigures([packed], [kept, saved]);
    expect(carriedFor(figures, 'a', kept)).toEqual(articleFigures(kept, raw));
    expect(carriedFor(figures, 'b', saved)).toBeNull();
  });
});

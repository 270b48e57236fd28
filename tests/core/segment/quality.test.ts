// Quality floors on the train pages (tests/support/segmentQuality.ts; `npm run bench --
// segment-quality` prints the same figures for train and holdout). Only the train pages are
// checked here: the holdout pages are for scoring, never for a test that tuning would chase.
import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../../src/core/segment';
import { fixturePages } from '../../fixtures';
import { quality, scorePage } from '../../support/segmentQuality';

describe('suggested articles on the train pages', () => {
  const q = quality(fixturePages('train').map((p) => scorePage(p.raw, suggestArticles(p.raw), p.truth)));

  it('are the truth’s articles, first to last raw line (precision and recall ≥ 0.95)', () => {
    expect(q.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('have the exact title (≥ 0.95) and every field exact for most (≥ 0.8)', () => {
    expect(q.titlesExact).toBeGreaterThanOrEqual(0.95);
    expect(q.fieldsExact).toBeGreaterThanOrEqual(0.8);
  });
});

// Floors on the injected corpus (training pages only); `npm run bench -- learn` prints the
// figures over ten seeds.
import { describe, expect, it } from 'vitest';
import { fixturePages } from '../../fixtures';
import { folded } from '../../../src/core/learn/fold';
import { injectErrors } from './support/injectErrors';
import { correctFirst, indexPages, proposalsFor, score } from './support/simulate';

describe('learning from the first correction of each error', () => {
  const train = fixturePages('train').map((p) => p.raw);

  it.each([1, 2, 3])('proposes the other damaged places and no trap (seed %i)', (seed) => {
    const corpus = injectErrors(train, seed);
    const { corrections, corrected } = correctFirst(corpus);
    expect(corrections.length).toBeGreaterThanOrEqual(8);
    const index = indexPages(corpus.damaged);
    const proposals = corrections.flatMap((c) => proposalsFor(index, corpus.damaged, c));
    const s = score(corpus, corrected, proposals);
    expect(s.remaining).toBeGreaterThan(10);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('the generator is seeded, and puts the traps where the wrong character is right', () => {
    const a = injectErrors(train, 7);
    expect(injectErrors(train, 7)).toEqual(a);
    expect(a.clean.join('')).toContain('周末来');
    expect(a.errors.every((e) => folded(a.damaged[e.page]?.slice(e.start, e.end) ?? '') === e.damaged)).toBe(
      true,
    );
    // OCR broke the line inside some damaged words, and inside some hand-corrected ones.
    const split = a.errors.filter((e) => a.damaged[e.page]?.slice(e.start, e.end).includes('\n'));
    expect(split.length).toBeGreaterThan(a.errors.length / 10);
    expect(a.clean.join('')).toContain('周末\n来');
  });
});

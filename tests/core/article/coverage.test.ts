import { describe, expect, it } from 'vitest';
import { assign, coverage, nextGap } from '../../../src/core/article';
import type { AssignResult, PageArticles } from '../../../src/core/article';
import { fixtureText } from '../../fixtures';
import { emptyState, ids, lineOf } from './helpers';

const newId = ids();
const ok = (r: AssignResult): PageArticles => {
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

describe('coverage and next gap', () => {
  it('counts only non-whitespace characters', () => {
    const raw = '标题\n\n正文 正文\n';
    let s = ok(assign(emptyState(), raw, [{ start: 0, end: 2 }], { kind: 'furniture' }, { now: 1, newId }));
    expect(coverage(raw, s.articles, s.furniture)).toBeCloseTo(2 / 6);
    s = ok(assign(s, raw, [{ start: 2, end: raw.length }], { kind: 'new-article' }, { now: 1, newId }));
    expect(coverage(raw, s.articles, s.furniture)).toBe(1);
    expect(nextGap(raw, s.articles, s.furniture)).toBeNull();
  });

  it('an empty or blank page is fully covered', () => {
    expect(coverage('', [], [])).toBe(1);
    expect(coverage(' \n\n', [], [])).toBe(1);
  });

  it('finds the first unassigned run on a page after its opening banner, and wraps round', () => {
    const raw = fixtureText('04-rural-revival');
    const head = lineOf(raw, '青河区新闻 2024年9月20日 星期五');
    const s = ok(assign(emptyState(), raw, [head], { kind: 'furniture' }, { now: 1, newId }));
    const gap = nextGap(raw, s.articles, s.furniture);
    // The page opens with blank lines and the banner; the next ink is the section label.
    expect(gap?.start).toBe(raw.indexOf('乡村振兴'));
    // The whole rest of the page is unassigned: the gap runs to the last character of ink.
    expect(gap?.end).toBe(raw.trimEnd().length);
    expect(nextGap(raw, s.articles, s.furniture, raw.length)).toEqual(gap);
    const covered = coverage(raw, s.articles, s.furniture);
    expect(covered).toBeGreaterThan(0);
    expect(covered).toBeLessThan(0.02);
  });
});

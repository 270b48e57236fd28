import { describe, expect, it } from 'vitest';
import { suggestArticles, untakenSuggestions } from '../../../../src/core/segment';
import { corpusPage } from '../corpus';

describe('untakenSuggestions', () => {
  const raw = corpusPage('page-002.txt');
  const all = suggestArticles(raw);

  it('keeps everything when nothing is assigned', () => {
    expect(untakenSuggestions(all, [])).toEqual(all);
  });

  it('drops a suggestion whose title and body the archivist already assigned', () => {
    const first = all[0];
    const taken = [first.title, ...first.paragraphs].flatMap((f) => f.spans);
    const rest = untakenSuggestions(all, taken);
    expect(rest.map((a) => a.title.text)).toEqual(all.slice(1).map((a) => a.title.text));
    expect(rest.map((a) => a.order)).toEqual([0, 1, 2, 3]);
  });

  it('never offers a field over text already owned, keeping the rest of the article', () => {
    const second = all[1];
    // The archivist marked the second article's first paragraph (by hand, with the space before it).
    const p = second.paragraphs[0].spans[0];
    const rest = untakenSuggestions(all, [{ start: p.start - 1, end: p.end + 1 }]);
    const kept = rest.find((a) => a.title.text === second.title.text)!;
    expect(kept.paragraphs.map((f) => f.text)).toEqual(second.paragraphs.slice(1).map((f) => f.text));
    expect(kept.dateline.text).toBe('本报讯');
    const takenAt = (s: { start: number; end: number }) => s.end > p.start - 1 && s.start < p.end + 1;
    for (const a of rest)
      for (const f of [a.title, a.dateline, ...a.paragraphs]) expect(f.spans.some(takenAt)).toBe(false);
  });
});

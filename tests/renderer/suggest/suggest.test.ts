import { describe, expect, it } from 'vitest';
import { assign, type PageArticles } from '../../../src/core/article';
import { fieldsOf } from '../../../src/core/model';
import { suggestArticles } from '../../../src/core/segment';
import { acceptSuggestions, suggestionKey } from '../../../src/renderer/src/suggest/accept';
import { openSuggestions } from '../../../src/renderer/src/suggest/useSuggestions';
import { fixtureText } from '../../fixtures';
import { ids } from '../cleanup/fixtures';

// Half-width commas, a `新闻连连看` cluster: seven suggested articles.
const raw = fixtureText('02-street-roundup');
const empty: PageArticles = { pageId: 'p', articles: [], furniture: [] };
const ctx = { now: 1, newId: ids };

function owners(state: PageArticles): Map<number, string> {
  const at = new Map<number, string>();
  for (const a of state.articles) {
    for (const [ref, f] of fieldsOf(a)) {
      for (const s of f.spans) {
        for (let i = s.start; i < s.end; i++) {
          expect(at.has(i), `raw offset ${i} owned twice`).toBe(false);
          at.set(i, `${a.id}/${ref.kind}`);
        }
      }
    }
  }
  return at;
}

describe('accepting suggested articles', () => {
  const suggested = suggestArticles(raw);

  it('makes every suggestion an article with its title, in raw order, each character owned once', () => {
    const r = acceptSuggestions(empty, raw, suggested, ctx);
    expect(r.created).toHaveLength(suggested.length);
    expect(r.state.articles.map((a) => a.title.text)).toEqual(suggested.map((s) => s.title.text));
    expect(r.state.articles.map((a) => a.order)).toEqual(suggested.map((_, i) => i));
    owners(r.state);
  });

  it('never takes text the archivist assigned by hand; the rest of that suggestion still comes', () => {
    const title = '区民政局召开养老服务工作推进会';
    const start = raw.indexOf(title);
    const body = raw.indexOf('会议要求,各街道要聚焦老年人');
    const byHand = assign(empty, raw, [{ start: body, end: body + 40 }], { kind: 'new-article' }, { ...ctx });
    if (!byHand.ok) throw new Error('assign failed');
    const mine = byHand.state.articles[0];

    const r = acceptSuggestions(byHand.state, raw, suggested, ctx);
    const kept = r.state.articles.find((a) => a.id === mine.id)!;
    // Only its place in reading order may change, never its text or spans.
    expect(kept.paragraphs).toBe(mine.paragraphs);
    const owner = owners(r.state);
    for (let i = body; i < body + 40; i++) expect(owner.get(i)).toBe(`${mine.id}/paragraph`);
    // The suggestion whose body that was still arrives, with its title, minus the taken text.
    const other = r.state.articles.find((a) => a.title.text === title)!;
    expect(other.title.spans[0].start).toBe(start);
    const bodyText = other.paragraphs.map((p) => p.text).join('');
    expect(bodyText).not.toContain('会议要求,各街道要聚焦老年人');
    expect(bodyText).not.toContain('会议要求，各街道要聚焦老年人');
    expect(bodyText).toContain('7月23日');
    expect(bodyText).toContain('会议指出');
  });

  it('places a new article by where its text starts among the articles already there', () => {
    const last = suggested[suggested.length - 1];
    const first = acceptSuggestions(empty, raw, [last], ctx).state;
    const both = acceptSuggestions(first, raw, [suggested[0]], ctx).state;
    expect(both.articles.map((a) => a.title.text)).toEqual([suggested[0].title.text, last.title.text]);
  });

  it('skips a suggestion whose text is all assigned, and open suggestions leave it out', () => {
    const once = acceptSuggestions(empty, raw, [suggested[1]], ctx).state;
    const again = acceptSuggestions(once, raw, [suggested[1]], ctx);
    expect(again.created).toHaveLength(0);
    expect(again.skipped).toBe(1);
    expect(again.state).toBe(once);
    const open = openSuggestions(suggested, once, [suggestionKey(suggested[2])]);
    expect(open.map((o) => o.key)).not.toContain(suggestionKey(suggested[1]));
    expect(open.map((o) => o.key)).not.toContain(suggestionKey(suggested[2]));
    expect(open).toHaveLength(suggested.length - 2);
  });
});

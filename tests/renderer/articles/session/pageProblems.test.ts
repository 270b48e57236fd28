// The session's page check keeps the span half while typing moves no span: what it reports
// must still be what checkPage reports from scratch, after typing and after a span moves.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assign,
  checkPage,
  setFieldText,
  type AssignResult,
  type PageArticles,
} from '../../../../src/core/article';
import { PageProblems } from '../../../../src/renderer/src/articles/session/problems';
import { emptyState, ids } from '../../../core/article/helpers';

const L1 = '今年以来，青河区财政局紧扣';
const L2 = '能力作风建设年活动，围绕采购';
const P2 = '引入价格审核机制,从立项开始审核。';
const raw = `${L1}\n${L2}\n\n${P2}\n`;
const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });
const para0 = { kind: 'paragraph', index: 0 } as const;

function ok(r: AssignResult): PageArticles {
  if (!r.ok) throw new Error(`assign failed: ${r.reason}`);
  return r.state;
}

describe('the page check while typing', () => {
  it('finds a duplicate typed into a field, and raw text given to two owners, as checkPage does', () => {
    const newId = ids();
    let state = ok(assign(emptyState(), raw, [at(L1)], { kind: 'new-article' }, { now: 1, newId }));
    state = ok(assign(state, raw, [at(P2)], { kind: 'new-article' }, { now: 1, newId }));
    const [a, b] = state.articles;
    const problems = new PageProblems(raw);
    expect(problems.of(state)).toEqual([]);

    // Typing another article's raw text into a field: a duplicate, found with the kept span half.
    const typed = setFieldText(state, a.id, para0, `${L1}${P2}`, 2);
    expect(problems.of(typed).map((p) => p.code)).toEqual(['text.duplicate']);
    expect(problems.of(typed)).toEqual(checkPage(raw, typed));

    // Typing on in the other article keeps the first one's duplicate and finds the new one.
    const both = setFieldText(typed, b.id, para0, `${P2}${L1}`, 3);
    expect(problems.of(both).map((p) => [p.code, 'articleId' in p ? p.articleId : ''])).toEqual([
      ['text.duplicate', a.id],
      ['text.duplicate', b.id],
    ]);
    expect(problems.of(both)).toEqual(checkPage(raw, both));
    const cleared = setFieldText(both, b.id, para0, P2, 4);
    expect(problems.of(cleared)).toEqual(checkPage(raw, cleared));
    expect(problems.of(cleared)).toHaveLength(1);

    // A span moved so that two fields hold the same raw text: the span half is checked again.
    const shared: PageArticles = {
      ...typed,
      articles: typed.articles.map((x) =>
        x.id === b.id ? { ...x, paragraphs: [{ text: x.paragraphs[0].text, spans: [at(P2), at(L1)] }] } : x,
      ),
    };
    expect(problems.of(shared).map((p) => p.code)).toContain('span.shared');
    expect(problems.of(shared)).toEqual(checkPage(raw, shared));
  });

  describe('checked while the window is idle', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('checks field by field as idle time allows, and reports then what checkPage reports', () => {
      const newId = ids();
      let state = ok(assign(emptyState(), raw, [at(L1)], { kind: 'new-article' }, { now: 1, newId }));
      state = ok(
        assign(
          state,
          raw,
          [at(L2)],
          { kind: 'new-paragraph', articleId: state.articles[0].id },
          { now: 1, newId },
        ),
      );
      state = ok(assign(state, raw, [at(P2)], { kind: 'new-article' }, { now: 1, newId }));
      const idle: IdleRequestCallback[] = [];
      vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
      const problems = new PageProblems(raw, () => state);
      expect(idle).toHaveLength(1);

      // No time left: nothing checked, asked again.
      idle.shift()!({ didTimeout: false, timeRemaining: () => 0 });
      expect(idle).toHaveLength(1);
      // Time for one field at a time: asked again until every field is checked.
      let slices = 0;
      while (idle.length > 0) {
        let left = 2;
        idle.shift()!({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 10 : 0) });
        slices++;
      }
      expect(slices).toBeGreaterThan(1);

      const typed = setFieldText(state, state.articles[1].id, para0, `${P2}${L1}`, 2);
      expect(problems.of(typed).map((p) => p.code)).toEqual(['text.duplicate']);
      expect(problems.of(typed)).toEqual(checkPage(raw, typed));
    });
  });
});

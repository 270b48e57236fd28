// The article desk's keyboard shortcuts: what a title, kicker or section does with and
// without a current article (title-first marking), and the dateline-with-byline action.
import { describe, expect, it } from 'vitest';
import { assign, type PageArticles } from '../../../src/core/article';
import { targetOf } from '../../../src/renderer/src/articles/actions';
import { assignDatelineByline } from '../../../src/renderer/src/articles/datelineByline';

const current = { articleId: 'a1' };
const emptyState = (pageId: string): PageArticles => ({ pageId, articles: [], furniture: [] });

describe('title-first marking', () => {
  it('starts an article from a title, kicker or section when none is chosen', () => {
    for (const id of ['title', 'kicker', 'section'] as const)
      expect(targetOf(id, undefined, 0)).toEqual({ kind: 'new-article', after: undefined, field: id });
  });

  it('adds to the chosen article while its body is still empty (a two-line title)', () => {
    expect(targetOf('title', current, 0)).toEqual({ kind: 'field', articleId: 'a1', field: 'title' });
  });

  it('starts the next article when the chosen one already has its title and its body', () => {
    expect(targetOf('title', current, 3, true)).toEqual({ kind: 'new-article', after: 'a1', field: 'title' });
  });

  it('gives a body marked first its title afterwards', () => {
    expect(targetOf('title', current, 3, false)).toEqual({ kind: 'field', articleId: 'a1', field: 'title' });
  });

  it('makes a paragraph the body of a new article when none is chosen, but a byline needs one', () => {
    expect(targetOf('new-paragraph', undefined, 0)).toEqual({ kind: 'new-article' });
    expect(targetOf('byline', undefined, 0)).toBeUndefined();
  });
});

describe('dateline and byline in one step', () => {
  const raw = '区水利局开展汛前河道清淤\n\n本报讯（通讯员 孟凡 赵一鸣）\n为提升河道行洪能力。\n';
  const ctx = { now: 1, newId: () => 'a1' };
  const titled = () => {
    const r = assign(
      emptyState('p1'),
      raw,
      [{ start: 0, end: 12 }],
      { kind: 'new-article', field: 'title' },
      ctx,
    );
    if (!r.ok) throw new Error(r.reason);
    return r.state;
  };
  const line = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });

  it('gives the brackets and words to the dateline and the names to the byline', () => {
    const r = assignDatelineByline(titled(), raw, [line('本报讯（通讯员 孟凡 赵一鸣）')], 'a1', ctx);
    if (!r.ok) throw new Error(r.reason);
    const [a] = r.state.articles;
    expect(a.dateline.text).toBe('本报讯（通讯员 孟凡 赵一鸣）');
    expect(a.byline.text).toBe('通讯员 孟凡 赵一鸣');
    // Every raw character of the line has one owner: no bracket is left unassigned.
    const owned = [...a.dateline.spans, ...a.byline.spans].reduce((n, s) => n + s.end - s.start, 0);
    expect(owned).toBe('本报讯（通讯员 孟凡 赵一鸣）'.length);
  });

  it('refuses a line that opens with no dateline', () => {
    expect(assignDatelineByline(titled(), raw, [line('为提升河道行洪能力。')], 'a1', ctx)).toEqual({
      ok: false,
      reason: 'no-dateline',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { PageArticles } from '../../../src/core/article';
import { assign, carryOver, checkPage, offsetMap, setFieldText } from '../../../src/core/article';
import { fixturePages } from '../../fixtures';
import { emptyState, expectOneOwner, ids, lineOf, spanOf } from './helpers';

const OLD = '本报讯 今日下午，市防汛指挥部举行演练。\n\n参加演练的有三百人。\n\n本版编辑 王一';
const ctx = (newId = ids()) => ({ now: 1000, newId });

function marked(raw: string): PageArticles {
  const newId = ids();
  let s = emptyState('old');
  const step = (r: ReturnType<typeof assign>) => {
    if (!r.ok) throw new Error(r.reason);
    s = r.state;
  };
  step(
    assign(
      s,
      raw,
      [spanOf(raw, '今日下午，市防汛指挥部举行演练。')],
      { kind: 'new-article' },
      { now: 1, newId },
    ),
  );
  step(
    assign(
      s,
      raw,
      [spanOf(raw, '本报讯')],
      { kind: 'field', articleId: 'a1', field: 'dateline' },
      { now: 1, newId },
    ),
  );
  step(
    assign(
      s,
      raw,
      [spanOf(raw, '参加演练的有三百人。')],
      { kind: 'new-paragraph', articleId: 'a1' },
      { now: 1, newId },
    ),
  );
  step(assign(s, raw, [lineOf(raw, '本版编辑 王一')], { kind: 'furniture' }, { now: 1, newId }));
  return s;
}

describe('offsetMap', () => {
  it('maps unchanged characters, marks deleted ones and places boundaries around insertions', () => {
    const m = offsetMap('abcdef', 'abXcdef');
    expect([...m.at]).toEqual([0, 1, 3, 4, 5, 6]);
    expect(m.lo[2]).toBe(2);
    expect(m.hi[2]).toBe(3);
    expect([...offsetMap('abcdef', 'abdef').at]).toEqual([0, 1, -1, 2, 3, 4]);
  });
});

describe('carryOver', () => {
  it('moves everything to the same text unchanged, with new ids on the new page', () => {
    const state = marked(OLD);
    const r = carryOver(
      OLD,
      OLD,
      state,
      'new',
      ctx(() => 'n' + Math.random()),
    );
    expect(r.lost).toEqual([]);
    expect(r.clean).toBe(r.total);
    expect(r.state.pageId).toBe('new');
    expect(r.state.articles[0].pageId).toBe('new');
    expect(r.state.articles[0].id).not.toBe(state.articles[0].id);
    expect(r.state.articles[0].paragraphs).toEqual(state.articles[0].paragraphs);
    expect(r.state.furniture).toEqual(state.furniture);
  });

  it('shifts spans past text inserted or removed before them, keeping corrected texts', () => {
    let state = marked(OLD);
    state = setFieldText(state, 'a1', { kind: 'paragraph', index: 1 }, '参加演练的共有三百人。', 2);
    const NEW = '［头版］\n本报讯 今日下午，市防汛指挥部举行演练。\n\n参加演练的有三百人。\n\n本版编辑 王一';
    const r = carryOver(OLD, NEW, state, 'new', ctx());
    expect(r.lost).toEqual([]);
    const a = r.state.articles[0];
    expect(NEW.slice(a.dateline.spans[0].start, a.dateline.spans[0].end)).toBe('本报讯');
    expect(a.paragraphs[1].text).toBe('参加演练的共有三百人。');
    expect(NEW.slice(a.paragraphs[1].spans[0].start, a.paragraphs[1].spans[0].end)).toBe(
      '参加演练的有三百人。',
    );
    expect(checkPage(NEW, r.state)).toEqual([]);
    expectOneOwner(r.state, NEW.length);
  });

  it('lists a span whose raw text changed, with both texts, and keeps its unchanged parts', () => {
    const state = marked(OLD);
    const NEW = OLD.replace('三百人', '三千人');
    const r = carryOver(OLD, NEW, state, 'new', ctx());
    expect(r.lost).toHaveLength(1);
    const [loss] = r.lost;
    expect(loss.oldText).toBe('参加演练的有三百人。');
    expect(loss.newText).toBe('参加演练的有三千人。');
    expect(loss.owner).toEqual({
      kind: 'field',
      articleId: r.state.articles[0].id,
      field: { kind: 'paragraph', index: 1 },
    });
    expect(loss.kept.map((s) => NEW.slice(s.start, s.end))).toEqual(['参加演练的有三', '人。']);
    expect(r.clean).toBe(r.total - 1);
    expectOneOwner(r.state, NEW.length);
  });

  it('lists a span whose text is gone, keeping its field text', () => {
    const state = marked(OLD);
    const NEW = OLD.replace('参加演练的有三百人。', '');
    const r = carryOver(OLD, NEW, state, 'new', ctx());
    expect(r.lost.map((l) => [l.oldText, l.newText, l.kept])).toEqual([['参加演练的有三百人。', '', []]]);
    expect(r.state.articles[0].paragraphs[1]).toEqual({ text: '参加演练的有三百人。', spans: [] });
  });

  it('never gives text inserted between two owners to either', () => {
    const raw = 'AAAA BBBB';
    let s = emptyState('old');
    const newId = ids();
    const a = assign(s, raw, [{ start: 0, end: 4 }], { kind: 'new-article' }, { now: 1, newId });
    if (!a.ok) throw new Error();
    const b = assign(a.state, raw, [{ start: 5, end: 9 }], { kind: 'furniture' }, { now: 1, newId });
    if (!b.ok) throw new Error();
    s = b.state;
    const r = carryOver(raw, 'AAAAXX BBBB', s, 'new', ctx());
    expect(r.lost).toEqual([]);
    expect(r.state.articles[0].paragraphs[0].spans).toEqual([{ start: 0, end: 4 }]);
    expect(r.state.furniture).toEqual([{ start: 7, end: 11 }]);
  });

  it('carries a fixture page over a re-run with a few characters changed: one owner, the rest clean', () => {
    const page = fixturePages()[0];
    const raw = page.raw;
    let s = emptyState('old');
    const newId = ids();
    for (const t of page.truth.articles.slice(0, 3)) {
      const r = assign(s, raw, [lineOf(raw, t.firstLine)], { kind: 'new-article' }, { now: 1, newId });
      if (r.ok) s = r.state;
    }
    const NEW =
      'OCR 重跑\n' + raw.replace(page.truth.articles[0].firstLine, page.truth.articles[0].firstLine + '。');
    const r = carryOver(raw, NEW, s, 'new', ctx());
    expectOneOwner(r.state, NEW.length);
    expect(r.total).toBeGreaterThan(0);
    expect(r.state.articles).toHaveLength(s.articles.length);
    for (const loss of r.lost) expect(loss.oldText).not.toBe(loss.newText);
  });
});

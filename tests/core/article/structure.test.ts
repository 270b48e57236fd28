import { describe, expect, it } from 'vitest';
import {
  assign,
  deleteArticle,
  mergeArticles,
  ownersOf,
  reorder,
  restoreContent,
  setFieldText,
  splitArticle,
  textOf,
} from '../../../src/core/article';
import type { AssignResult, PageArticles } from '../../../src/core/article';
import { fixtureText } from '../../fixtures';
import { emptyState, expectOneOwner, ids, spanOf } from './helpers';

// A column-broken page with several short articles.
const raw = fixtureText('04-rural-revival');
const newId = ids();
const opts = { now: 5, newId };

function ok(r: AssignResult): PageArticles {
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

const P1 = spanOf(raw, '本报讯 9月15日');
const BODY1 = { start: P1.start, end: spanOf(raw, '行 48 场比赛。').end };
const BODY2 = {
  start: spanOf(raw, '开幕式上，').start,
  end: spanOf(raw, '带动乡\n村人气。').end,
};
const OTHER = {
  start: spanOf(raw, '本报讯 近日，区乡村振兴局').start,
  end: spanOf(raw, '发生规模性返贫的底线。').end,
};

function threeArticles(): PageArticles {
  let s = ok(assign(emptyState(), raw, [BODY1], { kind: 'new-article' }, opts));
  s = ok(assign(s, raw, [BODY2], { kind: 'new-article' }, opts));
  s = ok(assign(s, raw, [OTHER], { kind: 'new-article' }, opts));
  s = ok(
    assign(
      s,
      raw,
      [spanOf(raw, '青河区首届“村超”足球联赛开赛')],
      { kind: 'field', articleId: s.articles[0].id, field: 'title' },
      opts,
    ),
  );
  return s;
}

describe('article structure', () => {
  it('merge appends the body of one article to another and keeps every span with one owner', () => {
    const s = threeArticles();
    const [a, b] = s.articles;
    const merged = mergeArticles(s, a.id, b.id, 9);
    expect(merged.articles).toHaveLength(2);
    expect(merged.articles[0].id).toBe(a.id);
    expect(merged.articles[0].paragraphs).toEqual([...a.paragraphs, ...b.paragraphs]);
    expect(merged.articles[0].title).toEqual(a.title);
    expect(ownersOf(merged, [BODY2]).map((o) => o.owner)).toEqual([
      { kind: 'field', articleId: a.id, field: { kind: 'paragraph', index: 1 } },
    ]);
    expectOneOwner(merged, raw.length);
  });

  it('split at a cursor in an uncorrected paragraph cuts its raw span at the same character', () => {
    const s = threeArticles();
    const a = s.articles[0];
    const text = a.paragraphs[0].text;
    const at = text.indexOf('足球联赛');
    expect(at).toBeGreaterThan(0);
    const { state, newArticleId } = splitArticle(s, raw, a.id, 0, at, opts);
    expect(state.articles).toHaveLength(4);
    const [first, second] = state.articles;
    expect(second.id).toBe(newArticleId);
    expect(first.paragraphs[0].text).toBe(text.slice(0, at));
    expect(second.paragraphs[0].text).toBe(text.slice(at));
    // The raw text behind each half, with its column breaks removed, is that half.
    expect(textOf(raw, first.paragraphs[0].spans).replace(/\n/g, '')).toBe(text.slice(0, at));
    expect(textOf(raw, second.paragraphs[0].spans).replace(/\n/g, '')).toBe(text.slice(at));
    expect(first.title.text).toBe('青河区首届“村超”足球联赛开赛');
    expect(second.title.text).toBe('');
    expectOneOwner(state, raw.length);
  });

  it('split in a corrected paragraph gives each half the raw text its characters were read from', () => {
    let s = threeArticles();
    const a = s.articles[0];
    s = setFieldText(
      s,
      a.id,
      { kind: 'paragraph', index: 0 },
      '本报讯：9月15日，青河区首届“村超”开赛。共赛48场。',
      6,
    );
    const { state } = splitArticle(s, raw, a.id, 0, '本报讯：9月15日，青河区首届“村超”开赛。'.length, opts);
    const [first, second] = [state.articles[0].paragraphs[0], state.articles[1].paragraphs[0]];
    expect(first.text).toBe('本报讯：9月15日，青河区首届“村超”开赛。');
    expect(second.text).toBe('共赛48场。');
    // `开赛` was read from the raw `开\n赛`, `48场。` from `行 48 场比赛。`: the cut falls between.
    expect(textOf(raw, first.spans).endsWith('开\n赛')).toBe(true);
    expect(textOf(raw, second.spans).endsWith('48 场比赛。')).toBe(true);
    expect(first.spans[0].start).toBe(a.paragraphs[0].spans[0].start);
    expect(second.spans.at(-1)?.end).toBe(a.paragraphs[0].spans.at(-1)?.end);
    expectOneOwner(state, raw.length);
  });

  it('split between paragraphs moves the later paragraphs whole; a cursor at either end of the body does nothing', () => {
    let s = threeArticles();
    const [a, b] = s.articles;
    s = mergeArticles(s, a.id, b.id, 9);
    const merged = s.articles[0];
    const { state } = splitArticle(s, raw, merged.id, 1, 0, opts);
    expect(state.articles[0].paragraphs).toEqual(a.paragraphs);
    expect(state.articles[1].paragraphs).toEqual(b.paragraphs);
    expect(splitArticle(s, raw, merged.id, 0, 0, opts).state).toBe(s);
    const last = merged.paragraphs.length - 1;
    expect(splitArticle(s, raw, merged.id, last, merged.paragraphs[last].text.length, opts).state).toBe(s);
  });

  it('delete frees the raw text of the article and keeps the reading order dense', () => {
    const s = threeArticles();
    const gone = deleteArticle(s, s.articles[1].id);
    expect(gone.articles.map((a) => a.id)).toEqual([s.articles[0].id, s.articles[2].id]);
    expect(ownersOf(gone, [BODY2])).toEqual([]);
    expectOneOwner(gone, raw.length);
  });

  it('reorder moves an article to a new reading position', () => {
    const s = threeArticles();
    const moved = reorder(s, s.articles[2].id, 0);
    expect(moved.articles.map((a) => a.id)).toEqual([s.articles[2].id, s.articles[0].id, s.articles[1].id]);
    expect(moved.articles.map((a) => a.order)).toEqual([0, 1, 2]);
    expect(reorder(s, s.articles[0].id, 99).articles.at(-1)?.id).toBe(s.articles[0].id);
  });
});

describe('restoring a revision', () => {
  it('brings back the text but not raw text another article has taken since', () => {
    const s = threeArticles();
    const a = s.articles[0];
    const before = { ...a };
    // The first paragraph's opening words go to the second article's dateline.
    const taken = spanOf(raw, '本报讯 9月15日');
    const r = assign(
      s,
      raw,
      [taken],
      { kind: 'field', articleId: s.articles[1].id, field: 'dateline' },
      { ...opts, move: true },
    );
    const moved = ok(r);
    const restored = restoreContent(moved, a.id, before, 10);
    expect(restored.articles[0].paragraphs[0].text).toBe(before.paragraphs[0].text);
    expect(restored.articles[1].dateline.spans).toEqual([taken]);
    expectOneOwner(restored, raw.length);
  });
});

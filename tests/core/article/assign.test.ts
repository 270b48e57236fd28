import { describe, expect, it } from 'vitest';
import { assign, ownersOf, setFieldText } from '../../../src/core/article';
import type { AssignResult, PageArticles } from '../../../src/core/article';
import { fixtureText } from '../../fixtures';
import { emptyState, expectOneOwner, ids, lineOf, spanOf } from './helpers';

// A column-broken, scrambled page: a body printed before its kicker and title.
const raw = fixtureText('04-rural-revival');
const newId = ids();
const opts = () => ({ now: 1, newId });

// Column-width breaks in Chinese text join with nothing between the characters: removing
// the newlines of a single raw paragraph is the independent oracle for that.
const unbroken = (s: string) => s.replace(/\n/g, '');

const FIRST =
  '本报讯 9月15日，青河区首届“村\n超”足球联赛在石桥镇文体广场开\n赛，来自全区 16 个行政村的代表\n队将在接下来的 5 周内进\n行 48 场比赛。';
const THIRD_START = '“村超”联赛不设门票';
const THIRD_END = '进行网络直\n播。';

function ok(r: AssignResult): PageArticles {
  if (!r.ok) throw new Error(`assign failed: ${r.reason}`);
  return r.state;
}

describe('assign on a column-broken page (04-rural-revival)', () => {
  it('makes a new article from two non-contiguous selections, one tidy paragraph each', () => {
    const first = spanOf(raw, FIRST);
    const third = { start: spanOf(raw, THIRD_START).start, end: spanOf(raw, THIRD_END).end };
    const r = assign(emptyState(), raw, [third, first], { kind: 'new-article' }, opts());
    const state = ok(r);
    const [article] = state.articles;
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      unbroken(FIRST),
      unbroken(raw.slice(third.start, third.end)),
    ]);
    expect(article.paragraphs[0].spans).toEqual([first]);
    expect(r.ok && r.focus).toEqual({ articleId: article.id, field: { kind: 'paragraph', index: 0 } });
    expectOneOwner(state, raw.length);
  });

  it('splits a selection at blank lines into paragraphs and owns none of the blank lines', () => {
    const from = spanOf(raw, '培训采取').start;
    const to = spanOf(raw, '观摩学\n习。').end;
    const state = ok(
      assign(emptyState(), raw, [{ start: from - 2, end: to + 2 }], { kind: 'new-article' }, opts()),
    );
    const paragraphs = state.articles[0].paragraphs;
    // The raw text breaks this paragraph across a column (blank line inside a sentence):
    // Galley keeps the break as the raw shows it; the archivist joins with merge-paragraphs later.
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].text.startsWith('培训采取“课堂讲授+田间观摩+交流研讨”的方式')).toBe(true);
    expect(paragraphs[1].text).toBe(
      unbroken('营等内容授课，并组织学员到 3 个\n现代农业示范基地现场观摩学\n习。'),
    );
    expect(paragraphs[0].spans[0].start).toBe(from);
    expect(paragraphs[1].spans[0].end).toBe(to);
    for (const p of paragraphs)
      for (const s of p.spans) expect(raw.slice(s.start, s.end)).not.toMatch(/^\s|\s$/);
  });

  it('fills kicker, title and byline from text printed after the body', () => {
    const lead = spanOf(raw, '走进石桥镇上河村的香菇种植基地，一');
    let state = ok(assign(emptyState(), raw, [lead], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = ok(
      assign(state, raw, [lineOf(raw, '石桥镇')], { kind: 'field', articleId: id, field: 'kicker' }, opts()),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '小香菇撑起致富“大产业”')],
        { kind: 'field', articleId: id, field: 'title' },
        opts(),
      ),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '记者 陶然 通讯员 邹小川')],
        { kind: 'field', articleId: id, field: 'byline' },
        opts(),
      ),
    );
    const a = state.articles[0];
    expect(a.kicker.text).toBe('石桥镇');
    expect(a.title.text).toBe('小香菇撑起致富“大产业”');
    expect(a.byline.text).toBe('记者 陶然 通讯员 邹小川');
    // All three stand after the body in the raw text.
    for (const f of [a.kicker, a.title, a.byline]) expect(f.spans[0].start).toBeGreaterThan(lead.end);
    expectOneOwner(state, raw.length);
  });

  it('gathers a single field from two places in the order they were assigned', () => {
    let state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST)], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    const second = spanOf(raw, '“大产业”');
    const first = spanOf(raw, '小香菇撑起');
    state = ok(assign(state, raw, [first], { kind: 'field', articleId: id, field: 'title' }, opts()));
    state = ok(assign(state, raw, [second], { kind: 'field', articleId: id, field: 'title' }, opts()));
    expect(state.articles[0].title.text).toBe('小香菇撑起“大产业”');
    expect(state.articles[0].title.spans).toEqual([first, second]);
  });

  it('refuses text that belongs elsewhere and names its owner; moves it when asked', () => {
    const body = spanOf(raw, FIRST);
    let state = ok(assign(emptyState(), raw, [body], { kind: 'new-article' }, opts()));
    state = ok(assign(state, raw, [spanOf(raw, THIRD_START)], { kind: 'new-article' }, opts()));
    const [a, b] = state.articles;
    const stolen = { start: body.start, end: body.start + '本报讯'.length };
    const refused = assign(
      state,
      raw,
      [stolen],
      { kind: 'field', articleId: b.id, field: 'dateline' },
      opts(),
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toBe('conflict');
    expect(!refused.ok && refused.conflicts).toEqual([
      { owner: { kind: 'field', articleId: a.id, field: { kind: 'paragraph', index: 0 } }, spans: [stolen] },
    ]);

    const moved = ok(
      assign(
        state,
        raw,
        [stolen],
        { kind: 'field', articleId: b.id, field: 'dateline' },
        { ...opts(), move: true },
      ),
    );
    expect(moved.articles[1].dateline.text).toBe('本报讯');
    // The paragraph was not corrected, so its text follows its remaining spans.
    expect(moved.articles[0].paragraphs[0].text).toBe(unbroken(FIRST).slice('本报讯 '.length));
    expect(ownersOf(moved, [stolen])).toEqual([
      { owner: { kind: 'field', articleId: b.id, field: { kind: 'dateline' } }, spans: [stolen] },
    ]);
    expectOneOwner(moved, raw.length);
  });

  it('a corrected field loses exactly the text of the raw text moved out of it and keeps its other corrections', () => {
    const body = spanOf(raw, FIRST);
    let state = ok(assign(emptyState(), raw, [body], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = setFieldText(
      state,
      id,
      { kind: 'paragraph', index: 0 },
      '本报讯：9月15日，青河区首届“村超”开赛。',
      2,
    );
    const target = { kind: 'field', articleId: id, field: 'dateline' } as const;
    const dateline = [{ start: body.start, end: body.start + '本报讯'.length }];
    // The typed `：` sits between the moved `本报讯` and the kept `9月15日`: no clean cut,
    // so nothing happens until the archivist picks one of the two versions.
    const asked = assign(state, raw, dateline, target, { ...opts(), move: true });
    expect(asked.ok).toBe(false);
    expect(!asked.ok && asked.reason === 'needs-choice' && asked.choices).toEqual([
      {
        articleId: id,
        field: { kind: 'paragraph', index: 0 },
        before: '本报讯：9月15日，青河区首届“村超”开赛。',
        keep: '：9月15日，青河区首届“村超”开赛。',
        drop: '9月15日，青河区首届“村超”开赛。',
      },
    ]);
    const moved = ok(
      assign(state, raw, dateline, target, {
        ...opts(),
        move: true,
        choices: [{ articleId: id, field: { kind: 'paragraph', index: 0 }, pick: 'drop' }],
      }),
    );
    expect(moved.articles[0].paragraphs[0].text).toBe('9月15日，青河区首届“村超”开赛。');
    expect(moved.articles[0].dateline.text).toBe('本报讯');
    expect(moved.articles[0].paragraphs[0].spans[0].start).toBeGreaterThan(body.start);
    expectOneOwner(moved, raw.length);
  });

  it('moving a whole paragraph away removes it from the body', () => {
    const third = { start: spanOf(raw, THIRD_START).start, end: spanOf(raw, THIRD_END).end };
    let state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST), third], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = ok(assign(state, raw, [third], { kind: 'caption', articleId: id }, { ...opts(), move: true }));
    expect(state.articles[0].paragraphs).toHaveLength(1);
    expect(state.articles[0].captions).toHaveLength(1);
    expectOneOwner(state, raw.length);
  });

  it('re-assigning text a field already holds adds nothing and is no conflict', () => {
    const state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST)], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    const again = assign(
      state,
      raw,
      [spanOf(raw, FIRST)],
      { kind: 'append-paragraph', articleId: id, index: 0 },
      opts(),
    );
    expect(again.ok && again.state).toBe(state);
  });

  it('page furniture is an owner like any field', () => {
    const banner = lineOf(raw, '青河区新闻 2024年9月20日 星期五');
    const state = ok(assign(emptyState(), raw, [banner], { kind: 'furniture' }, opts()));
    expect(state.furniture).toEqual([banner]);
    const r = assign(state, raw, [banner], { kind: 'new-article' }, opts());
    expect(!r.ok && r.conflicts.map((c) => c.owner)).toEqual([{ kind: 'furniture' }]);
    const moved = ok(assign(state, raw, [banner], { kind: 'new-article' }, { ...opts(), move: true }));
    expect(moved.furniture).toEqual([]);
  });

  it('refuses a whitespace-only selection', () => {
    const blank = raw.indexOf('\n\n');
    const r = assign(emptyState(), raw, [{ start: blank, end: blank + 2 }], { kind: 'new-article' }, opts());
    expect(!r.ok && r.reason).toBe('empty');
  });

  it('appends to the current paragraph and inserts new paragraphs after it', () => {
    let state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST)], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '开幕式上，')],
        { kind: 'append-paragraph', articleId: id, index: 0 },
        opts(),
      ),
    );
    expect(state.articles[0].paragraphs[0].text).toBe(unbroken(FIRST) + '开幕式上，');
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '据介绍，联赛期间')],
        { kind: 'new-paragraph', articleId: id, after: 0 },
        opts(),
      ),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '以“体育+文旅+消费”带动乡')],
        { kind: 'new-paragraph', articleId: id, after: 0 },
        opts(),
      ),
    );
    expect(state.articles[0].paragraphs.map((p) => p.text)).toEqual([
      unbroken(FIRST) + '开幕式上，',
      '以“体育+文旅+消费”带动乡',
      '据介绍，联赛期间',
    ]);
    expectOneOwner(state, raw.length);
  });
});

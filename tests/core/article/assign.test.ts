import { describe, expect, it } from 'vitest';
import { assign, ownersOf, setFieldText } from '../../../src/core/article';
import type { AssignResult, PageArticles } from '../../../src/core/article';
import { emptyState, expectOneOwner, ids, sample, spanOf } from './helpers';

const raw = sample('page-001.txt');
const newId = ids();
const opts = () => ({ now: 1, newId });

// Column-width breaks in Chinese text join with nothing between the characters: removing
// the newlines of a single raw paragraph is the independent oracle for that.
const unbroken = (s: string) => s.replace(/\n/g, '');

const FIRST =
  '本报讯 今年以来，经开区财政\n局（审计局）紧扣“能力作风建设\n年”活动，围绕政府采购监管职责\n职能，坚持四项工作重点，系统梳\n理各项权责事项和业务流程，全面\n查找廉政风险防控关键节点，全新\n定位政府采购各项内部控制工作，\n有力促进政府采购工作廉洁高效、\n阳光透明。';
const THIRD_START = '推进政府采购电子化与预算管';
const THIRD_END = '约资金1361.26万元。';

function ok(r: AssignResult): PageArticles {
  if (!r.ok) throw new Error(`assign failed: ${r.reason}`);
  return r.state;
}

describe('assign on page-001', () => {
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
    const from = spanOf(raw, '引入价格审核机制').start;
    const to = spanOf(raw, '为 14.1%。').end;
    const state = ok(
      assign(emptyState(), raw, [{ start: from - 2, end: to + 2 }], { kind: 'new-article' }, opts()),
    );
    const paragraphs = state.articles[0].paragraphs;
    // The raw text breaks this paragraph across a column (blank line inside a sentence):
    // Galley keeps the break as the raw shows it; the archivist joins with merge-paragraphs later.
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].text.startsWith('引入价格审核机制。从采购立项开始')).toBe(true);
    expect(paragraphs[1].text).toBe(unbroken('核后共核减 258.261万元，审减率\n为 14.1%。'));
    expect(paragraphs[0].spans[0].start).toBe(from);
    expect(paragraphs[1].spans[0].end).toBe(to);
    for (const p of paragraphs)
      for (const s of p.spans) expect(raw.slice(s.start, s.end)).not.toMatch(/^\s|\s$/);
  });

  it('fills kicker, title and byline from text printed after the body', () => {
    let state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST)], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '经开区财政局（审计局）', 0)],
        { kind: 'field', articleId: id, field: 'kicker' },
        opts(),
      ),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '创新政府采购新模式 打造高效廉洁交易平台')],
        { kind: 'field', articleId: id, field: 'title' },
        opts(),
      ),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '记者 王赛华\n经开时报 李洪永')],
        { kind: 'field', articleId: id, field: 'byline' },
        opts(),
      ),
    );
    const a = state.articles[0];
    expect(a.kicker.text).toBe('经开区财政局（审计局）');
    expect(a.title.text).toBe('创新政府采购新模式 打造高效廉洁交易平台');
    // Line joining itself is core/clean's concern (tested there); here: one line, names intact.
    expect(a.byline.text).toMatch(/^记者 王赛华 ?经开时报 李洪永$/);
    expectOneOwner(state, raw.length);
  });

  it('gathers a single field from two places in the order they were assigned', () => {
    let state = ok(assign(emptyState(), raw, [spanOf(raw, FIRST)], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    const second = spanOf(raw, '打造高效廉洁交易平台');
    const first = spanOf(raw, '创新政府采购新模式');
    state = ok(assign(state, raw, [first], { kind: 'field', articleId: id, field: 'title' }, opts()));
    state = ok(assign(state, raw, [second], { kind: 'field', articleId: id, field: 'title' }, opts()));
    expect(state.articles[0].title.text).toBe('创新政府采购新模式打造高效廉洁交易平台');
    expect(state.articles[0].title.spans).toEqual([first, second]);
  });

  it('refuses text that belongs elsewhere and names its owner; moves it when asked', () => {
    const body = spanOf(raw, FIRST);
    let state = ok(assign(emptyState(), raw, [body], { kind: 'new-article' }, opts()));
    state = ok(assign(state, raw, [spanOf(raw, THIRD_START)], { kind: 'new-article' }, opts()));
    const [a, b] = state.articles;
    const stolen = spanOf(raw, '本报讯');
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

  it('a corrected field keeps its text when raw text is moved out of it, and loses only the provenance', () => {
    const body = spanOf(raw, FIRST);
    let state = ok(assign(emptyState(), raw, [body], { kind: 'new-article' }, opts()));
    const id = state.articles[0].id;
    state = setFieldText(
      state,
      id,
      { kind: 'paragraph', index: 0 },
      '本报讯：今年以来，区财政局紧扣主题。',
      2,
    );
    const moved = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '本报讯')],
        { kind: 'field', articleId: id, field: 'dateline' },
        { ...opts(), move: true },
      ),
    );
    expect(moved.articles[0].paragraphs[0].text).toBe('本报讯：今年以来，区财政局紧扣主题。');
    expect(moved.articles[0].paragraphs[0].spans[0].start).toBeGreaterThan(body.start);
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
    const banner = spanOf(raw, '经开区党政办公室');
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
        [spanOf(raw, '引入价格审核机制。')],
        { kind: 'append-paragraph', articleId: id, index: 0 },
        opts(),
      ),
    );
    expect(state.articles[0].paragraphs[0].text).toBe(unbroken(FIRST) + '引入价格审核机制。');
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '不断优化营商环境，支持中小')],
        { kind: 'new-paragraph', articleId: id, after: 0 },
        opts(),
      ),
    );
    state = ok(
      assign(
        state,
        raw,
        [spanOf(raw, '坚持履职担当')],
        { kind: 'new-paragraph', articleId: id, after: 0 },
        opts(),
      ),
    );
    expect(state.articles[0].paragraphs.map((p) => p.text)).toEqual([
      unbroken(FIRST) + '引入价格审核机制。',
      '坚持履职担当',
      '不断优化营商环境，支持中小',
    ]);
    expectOneOwner(state, raw.length);
  });
});

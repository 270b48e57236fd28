import { describe, expect, it } from 'vitest';
import {
  assign,
  checkPage,
  reorder,
  restoreContent,
  setFieldText,
  splitArticle,
  textOf,
  unassign,
} from '../../../src/core/article';
import type { AssignResult, PageArticles } from '../../../src/core/article';
import { cleanContent } from '../../../src/core/clean';
import type { Article } from '../../../src/core/model';
import { emptyState, expectOneOwner, ids } from './helpers';

// A small page: three lines of one paragraph, a blank line, a second paragraph.
const L1 = '今年以来，青河区财政局紧扣';
const L2 = '能力作风建设年活动，围绕采购';
const L3 = '监管职责，坚持四项工作重点。';
const P2 = '引入价格审核机制,从立项开始审核。';
const raw = `${L1}\n${L2}\n${L3}\n\n${P2}\n`;
const at = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length });

function ok(r: AssignResult): PageArticles {
  if (!r.ok) throw new Error(`assign failed: ${r.reason}`);
  return r.state;
}

function setUp(): { state: PageArticles; a: Article; b: Article; newId: () => string } {
  const newId = ids();
  let state = ok(
    assign(emptyState(), raw, [{ start: 0, end: at(L3).end }], { kind: 'new-article' }, { now: 1, newId }),
  );
  state = ok(assign(state, raw, [at(P2)], { kind: 'new-article' }, { now: 1, newId }));
  const [a, b] = state.articles;
  return { state, a, b, newId };
}

const para0 = { kind: 'paragraph', index: 0 } as const;

describe('moving raw text out of a corrected field', () => {
  it('takes exactly the corrected characters read from the moved line and keeps the corrections to the rest', () => {
    const { state: s0, a, b, newId } = setUp();
    // The archivist corrects each line (青→清, 围绕采购→围绕着采购, 四→4).
    const corrected = '今年以来，清河区财政局紧扣能力作风建设年活动，围绕着采购监管职责，坚持4项工作重点。';
    const state = setFieldText(s0, a.id, para0, corrected, 2);
    expect(checkPage(raw, state)).toEqual([]);
    // "Move it here": the second line goes to the other article's body.
    const moved = ok(
      assign(state, raw, [at(L2)], { kind: 'new-paragraph', articleId: b.id }, { now: 3, newId, move: true }),
    );
    expect(moved.articles[0].paragraphs[0].text).toBe(
      '今年以来，清河区财政局紧扣监管职责，坚持4项工作重点。',
    );
    expect(moved.articles[1].paragraphs.map((p) => p.text)).toContain(L2);
    expect(checkPage(raw, moved)).toEqual([]);
    expectOneOwner(moved, raw.length);
  });

  it('a correction replacing the first character of the moved line goes with it', () => {
    const { state: s0, a, newId } = setUp();
    const state = setFieldText(s0, a.id, para0, `${L1}態力作风建设年活动，围绕采购${L3}`, 2);
    const moved = ok(assign(state, raw, [at(L2)], { kind: 'furniture' }, { now: 3, newId, move: true }));
    expect(moved.articles[0].paragraphs[0].text).toBe(L1 + L3);
  });

  it('typed text between the moved and the kept text is a choice, with both versions', () => {
    const { state: s0, a, newId } = setUp();
    const state = setFieldText(s0, a.id, para0, `${L1}${L2}【注】${L3}`, 2);
    const r = assign(state, raw, [at(L2)], { kind: 'furniture' }, { now: 3, newId, move: true });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'needs-choice') throw new Error('expected needs-choice');
    expect(r.choices).toEqual([
      {
        articleId: a.id,
        field: para0,
        before: `${L1}${L2}【注】${L3}`,
        keep: `${L1}【注】${L3}`,
        drop: L1 + L3,
      },
    ]);
    for (const pick of ['keep', 'drop'] as const) {
      const done = ok(
        assign(
          state,
          raw,
          [at(L2)],
          { kind: 'furniture' },
          {
            now: 3,
            newId,
            move: true,
            choices: [{ articleId: a.id, field: para0, pick }],
          },
        ),
      );
      expect(done.articles[0].paragraphs[0].text).toBe(pick === 'keep' ? `${L1}【注】${L3}` : L1 + L3);
      expect(checkPage(raw, done)).toEqual([]);
    }
  });

  it('survives cleanup: a cleaned field still loses only the moved text', () => {
    const { state: s0, b, newId } = setUp();
    const cleaned = cleanContent(b, raw).content;
    expect(cleaned.paragraphs[0].text).toBe('引入价格审核机制，从立项开始审核。');
    const state: PageArticles = { ...s0, articles: [s0.articles[0], { ...b, ...cleaned }] };
    const moved = ok(
      assign(state, raw, [at('从立项开始审核。')], { kind: 'furniture' }, { now: 3, newId, move: true }),
    );
    expect(moved.articles[1].paragraphs[0].text).toBe('引入价格审核机制，');
  });

  it('unassigning a span removes its text; a paragraph left with nothing goes', () => {
    const { state: s0, a, b } = setUp();
    const state = setFieldText(s0, b.id, para0, '引入价格审核机制，从立项开始审核。', 2);
    const r = unassign(state, raw, [at('从立项开始审核。')], { now: 4 });
    expect(r.ok && r.state.articles[1].paragraphs[0].text).toBe('引入价格审核机制，');
    const all = unassign(state, raw, [at(P2)], { now: 4 });
    expect(all.ok && all.state.articles[1].paragraphs).toEqual([]);
    expect(all.ok && all.state.articles[0]).toBe(a);
  });

  it('split cuts the spans of a corrected paragraph where its text is cut', () => {
    const { state: s0, a, newId } = setUp();
    const corrected = '今年以来，清河区财政局紧扣能力作风建设年活动，围绕采购工作监管职责，坚持4项工作重点。';
    const state = setFieldText(s0, a.id, para0, corrected, 2);
    const cut = corrected.indexOf('能力');
    const { state: split } = splitArticle(state, raw, a.id, 0, cut, { now: 5, newId });
    expect(textOf(raw, split.articles[0].paragraphs[0].spans)).toBe(L1);
    expect(split.articles[1].paragraphs[0].spans[0].start).toBe(at(L2).start);
    expect(checkPage(raw, split)).toEqual([]);
  });

  it('restoring a revision (given the raw text) leaves out the text of raw text taken since', () => {
    const { state: s0, a, b, newId } = setUp();
    const moved = ok(
      assign(s0, raw, [at(L3)], { kind: 'new-paragraph', articleId: b.id }, { now: 3, newId, move: true }),
    );
    const restored = restoreContent(moved, a.id, a, 6, raw);
    expect(restored.articles[0].paragraphs[0].text).toBe(L1 + L2);
    expect(checkPage(raw, restored)).toEqual([]);
  });
});

describe('reading order', () => {
  it('a new article goes where its first raw character puts it, not after the selected one', () => {
    const newId = ids();
    let s = ok(assign(emptyState(), raw, [at(P2)], { kind: 'new-article' }, { now: 1, newId }));
    s = ok(assign(s, raw, [at(L3)], { kind: 'new-article' }, { now: 1, newId }));
    s = ok(assign(s, raw, [at(L1)], { kind: 'new-article', after: s.articles[1].id }, { now: 1, newId }));
    expect(s.articles.map((a) => a.paragraphs[0].text)).toEqual([L1, L3, P2]);
    expect(s.articles.map((a) => a.order)).toEqual([0, 1, 2]);
  });

  it('on a page reordered by hand, a new article goes right after the article holding the raw text before it', () => {
    const newId = ids();
    let s = ok(assign(emptyState(), raw, [at(L1)], { kind: 'new-article' }, { now: 1, newId }));
    s = ok(assign(s, raw, [at(P2)], { kind: 'new-article' }, { now: 1, newId }));
    s = reorder(s, s.articles[1].id, 0);
    expect(s.handOrdered).toBe(true);
    s = ok(assign(s, raw, [at(L2)], { kind: 'new-article' }, { now: 1, newId }));
    expect(s.articles.map((a) => a.paragraphs[0].text)).toEqual([P2, L1, L2]);
  });
});

describe('checkPage', () => {
  it('finds the duplicate the old move left behind: kept text whose raw text went elsewhere', () => {
    const { state, a, b } = setUp();
    // What moving L2 did before: the corrected paragraph kept its whole text.
    const corrected = `${L1}${L2}${L3}`.replace('青', '清');
    const broken: PageArticles = {
      ...state,
      articles: [
        { ...a, paragraphs: [{ text: corrected, spans: [at(L1), at(L3)] }] },
        { ...b, paragraphs: [...b.paragraphs, { text: L2, spans: [at(L2)] }] },
      ],
    };
    expect(checkPage(raw, broken)).toEqual([
      {
        code: 'text.duplicate',
        articleId: a.id,
        field: para0,
        text: { start: L1.length, end: L1.length + L2.length },
        raw: at(L2),
        other: { kind: 'field', articleId: b.id, field: { kind: 'paragraph', index: 1 } },
      },
    ]);
    // The same text with the line's raw text unassigned is an orphan.
    const orphan: PageArticles = { ...broken, articles: [broken.articles[0], b] };
    expect(checkPage(raw, orphan).map((p) => p.code)).toEqual(['text.orphan']);
  });

  it('reports spans outside the raw text, unsorted spans, shared raw text and a wrong order', () => {
    const { state, a, b } = setUp();
    const bad: PageArticles = {
      ...state,
      articles: [
        {
          ...a,
          order: 1,
          title: {
            text: 'x',
            spans: [
              { start: 5, end: 2 },
              { start: 0, end: raw.length + 3 },
            ],
          },
        },
        b,
      ],
      furniture: [at(P2)],
    };
    expect(
      checkPage(raw, bad)
        .map((p) => p.code)
        .sort(),
    ).toEqual([
      'article.order',
      'span.out-of-range',
      'span.out-of-range',
      'span.shared',
      'span.shared',
      'span.shared',
      'span.shared',
      'span.unsorted',
    ]);
  });

  it('a dateline reads whole: the credit in its brackets is its own byline’s, anyone else’s is a duplicate', () => {
    const page = '本报讯（记者 韩雪）11月6日上午，区人大常委会视察。\n记者 罗佳\n';
    const on = (s: string) => ({ start: page.indexOf(s), end: page.indexOf(s) + s.length });
    const [a, b] = ok(
      assign(
        emptyState(),
        page,
        [on('11月6日上午，区人大常委会视察。')],
        { kind: 'new-article' },
        { now: 1, newId: ids() },
      ),
    ).articles;
    const credit = on('记者 韩雪');
    const dateline = { text: '本报讯（记者 韩雪）', spans: [{ start: 0, end: credit.start }, on('）')] };
    const state: PageArticles = {
      pageId: 'p',
      articles: [{ ...a, dateline, byline: { text: '记者 韩雪', spans: [credit] } }],
      furniture: [],
    };
    expect(b).toBeUndefined();
    expect(checkPage(page, state)).toEqual([]);
    // The same credit held by another article's byline is text in two articles.
    const other = {
      ...a,
      id: 'other',
      order: 1,
      paragraphs: [],
      byline: { text: '记者 韩雪', spans: [credit] },
    };
    const two: PageArticles = {
      ...state,
      articles: [{ ...state.articles[0], byline: { text: '', spans: [] } }, other],
    };
    expect(
      checkPage(page, two).map((p) => [
        p.code,
        'articleId' in p ? p.articleId : '',
        'field' in p ? p.field : '',
      ]),
    ).toEqual([['text.duplicate', a.id, { kind: 'dateline' }]]);
    // A dateline typing its byline from elsewhere on the page is no quotation either.
    const far: PageArticles = {
      ...state,
      articles: [
        {
          ...state.articles[0],
          byline: { text: '记者 罗佳', spans: [on('记者 罗佳')] },
          dateline: { ...dateline, text: '本报讯（记者 罗佳）' },
        },
      ],
    };
    expect(checkPage(page, far).map((p) => p.code)).toEqual(['text.duplicate']);
  });

  it('typed text is no problem, even where it repeats a short word of the page', () => {
    const { state, a } = setUp();
    const edited = setFieldText(state, a.id, para0, `${L1}财政${L2}${L3}新增一句。`, 2);
    expect(checkPage(raw, edited)).toEqual([]);
  });
});

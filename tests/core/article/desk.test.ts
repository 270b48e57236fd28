// What the article desk's keyboard flow relies on: a title can start an article, and
// punctuation left between marked pieces neither stays behind nor stops "Next unassigned".
import { describe, expect, it } from 'vitest';
import { assign, nextBlock, nextGap, withPunctuationGaps } from '../../../src/core/article';
import type { PageArticles } from '../../../src/core/article';
import { emptyState, ids, spanOf } from './helpers';

const newId = ids();
const opts = () => ({ now: 1, newId });

describe('title-first marking', () => {
  it('starts a new article whose title is the selected text, focused on the title', () => {
    const raw = '青河区新闻\n\n织密防汛安全网\n\n入汛以来，区应急管理局坚持。\n';
    const r = assign(
      emptyState(),
      raw,
      [spanOf(raw, '织密防汛安全网')],
      { kind: 'new-article', field: 'title' },
      opts(),
    );
    if (!r.ok) throw new Error(r.reason);
    const [article] = r.state.articles;
    expect(article.title.text).toBe('织密防汛安全网');
    expect(article.paragraphs).toEqual([]);
    expect(r.focus).toEqual({ articleId: article.id, field: { kind: 'title' } });
  });
});

function withParagraph(raw: string, text: string, state: PageArticles = emptyState()): PageArticles {
  const r = assign(state, raw, [spanOf(raw, text)], { kind: 'new-article' }, opts());
  if (!r.ok) throw new Error(r.reason);
  return r.state;
}

describe('punctuation between marked pieces', () => {
  const raw = '本报讯（通讯员 张冲）6月12日上午，演练举行。\n下一篇文章的标题\n';

  it('is skipped by Next unassigned, which goes on to the next real text', () => {
    let state = withParagraph(raw, '本报讯');
    state = withParagraph(raw, '通讯员 张冲', state);
    state = withParagraph(raw, '6月12日上午，演练举行', state);
    // Left: （ and ） alone between marked pieces (skipped), then 。 before the next title.
    const gap = nextGap(raw, state.articles, state.furniture, 0);
    expect(gap).toEqual({ start: raw.indexOf('。'), end: spanOf(raw, '下一篇文章的标题').end });
  });

  it('still finds a gap holding words among the marks', () => {
    const state = withParagraph(raw, '本报讯');
    expect(nextGap(raw, state.articles, state.furniture, 0)?.start).toBe(raw.indexOf('（'));
  });

  it('goes with the selection beside it when assigned text closes the gap', () => {
    const state = withParagraph(raw, '下一篇文章的标题');
    const body = spanOf(raw, '6月12日上午，演练举行');
    // The 。 and the line break lie between the selection and the next article's text.
    expect(withPunctuationGaps(raw, state.articles, state.furniture, [body])).toEqual([
      { start: body.start, end: body.end + 1 },
    ]);
  });

  it('leaves punctuation before unassigned words alone', () => {
    const state = emptyState();
    const dateline = spanOf(raw, '本报讯');
    // After 本报讯 comes （ and then 通讯员, which nobody holds: the bracket is not taken.
    expect(withPunctuationGaps(raw, state.articles, state.furniture, [dateline])).toEqual([dateline]);
  });
});

describe('next unassigned block', () => {
  it('selects up to the first blank line, skipping punctuation-only gaps on the way', () => {
    const raw = '标题一\n\n正文第一段，\n第二行。\n\n正文第二段。\n';
    let state = withParagraph(raw, '标题一');
    expect(nextBlock(raw, state.articles, state.furniture, 0)).toEqual(spanOf(raw, '正文第一段，\n第二行。'));
    state = withParagraph(raw, '正文第一段，\n第二行', state);
    // The 。 left behind is only a mark: the next block is the second paragraph.
    expect(nextBlock(raw, state.articles, state.furniture, 0)).toEqual(spanOf(raw, '正文第二段。'));
  });
});

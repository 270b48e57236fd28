// Another archivist's change carried into an older snapshot of the page (the undo history).
import { describe, expect, it } from 'vitest';
import { setFieldText } from '../../../src/core/article';
import { rebaseState } from '../../../src/core/sync';
import { markedPage } from './helpers';

const { state: start } = markedPage('01-flood-drill', 'p1');
const [first, second] = start.articles;
const TITLE = { kind: 'title' } as const;

describe('rebaseState', () => {
  it("keeps this archivist's older snapshot and adds the other's change to another article", () => {
    const mine = setFieldText(start, first.id, TITLE, '我的标题', 5);
    const merged = setFieldText(mine, second.id, TITLE, '他们的标题', 6);
    const back = rebaseState(start, mine, merged);
    expect(back.articles[0].title.text).toBe(first.title.text);
    expect(back.articles[1].title.text).toBe('他们的标题');
    // Untouched articles stay the same objects (the session writes only changed rows).
    expect(back.articles[2]).toBe(start.articles[2]);
  });

  it('patches the other archivist’s typing into a field this one changed too', () => {
    const base = setFieldText(start, first.id, TITLE, '防汛演练举行', 5);
    const older = setFieldText(start, first.id, TITLE, '防汛演练', 4);
    const merged = setFieldText(base, first.id, TITLE, '全市防汛演练举行', 6);
    expect(rebaseState(older, base, merged).articles[0].title.text).toBe('全市防汛演练');
  });

  it('drops an article the other archivist deleted and adds one they made', () => {
    const made = { ...second, id: 'theirs', order: 99, createdAt: 9999 };
    const merged = { ...start, articles: [first, ...start.articles.slice(2), made] };
    const back = rebaseState({ ...start }, start, merged);
    expect(back.articles.map((a) => a.id)).toEqual(merged.articles.map((a) => a.id));
    expect(back.articles.map((a) => a.order)).toEqual(merged.articles.map((_, i) => i));
  });

  it('takes the merged page whole for the snapshot it was merged from', () => {
    const merged = setFieldText(start, second.id, TITLE, '他们的', 6);
    expect(rebaseState(start, start, merged)).toBe(merged);
  });
});

// The open conflicts export refuses, read from a project's tables (the app's, a backup's).
import { describe, expect, it } from 'vitest';
import type { Setting } from '../../../src/core/backup/types';
import type { Page } from '../../../src/core/model';
import { conflictsKey, deletedEditedFrom, openConflicts } from '../../../src/core/sync';
import { markedPage } from './helpers';

function page(id: string): Page {
  return {
    id,
    name: `${id}.txt`,
    relativePath: `${id}.txt`,
    sha256: id,
    encoding: 'utf-8',
    importedAt: 0,
    furniture: [],
  } as unknown as Page;
}

function project(pageIds: string[]) {
  const marked = pageIds.map((id) => markedPage('01-flood-drill', id));
  return {
    pages: pageIds.map(page),
    texts: marked.map((m) => ({ pageId: m.state.pageId, raw: m.raw })),
    articles: marked.flatMap((m) => m.state.articles),
    settings: [{ key: 'reviewer', value: '李' }] as Setting[],
  };
}

describe('open conflicts of a project', () => {
  it('has none for a page whose raw text each article owns alone', () => {
    expect(openConflicts(project(['p1', 'p2']))).toEqual([]);
  });

  it('finds raw text given to two articles, once per page, in the pages asked about', () => {
    const data = project(['p1', 'p2']);
    // The second article of p2 was also given the first one's raw text (a merge of two choices).
    const [first, second] = data.articles.filter((a) => a.pageId === 'p2');
    second.title = { ...second.title, spans: [...first.paragraphs[0].spans] };
    expect(openConflicts(data)).toEqual([{ code: 'span.shared', pageId: 'p2' }]);
    expect(openConflicts(data, ['p1'])).toEqual([]);
  });

  it('reads deleted-while-edited conflicts from the settings, skipping what is not one', () => {
    const data = project(['p1']);
    data.settings.push(
      { key: conflictsKey('p1'), value: [{ articleId: 'p1-a3', title: '防汛演练' }, { nope: 1 }] },
      { key: conflictsKey('p9'), value: 'garbage' },
    );
    expect(deletedEditedFrom(data.settings)).toEqual([
      { pageId: 'p1', articleId: 'p1-a3', title: '防汛演练' },
    ]);
    expect(openConflicts(data)).toEqual([
      { code: 'sync.deleted-edited', pageId: 'p1', articleId: 'p1-a3', title: '防汛演练' },
    ]);
    expect(openConflicts(data, ['p2'])).toEqual([]);
  });
});

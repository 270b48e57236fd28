import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { setFieldText } from '../../../src/core/article';
import { markStatus } from '../../../src/core/article/status';
import {
  applyLocalChange,
  assignPage,
  pageToDoc,
  parseDocName,
  pageDocName,
  projectDocName,
  refusedUpdate,
} from '../../../src/core/sync';
import { copyOf, markedPage } from './helpers';

/** The update a client sends for one local step on its copy of `doc`. */
function updateFor(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array {
  const copy = copyOf(doc);
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('roles', () => {
  const page = markedPage();
  const a = page.state.articles[0];
  const reviewed = markStatus(page.state, a.id, 'reviewed', 9000, '李审校');

  it('refuses an editor marking an article reviewed, and lets a reviewer or owner do it', () => {
    const doc = pageToDoc(page);
    const update = updateFor(doc, (copy) => applyLocalChange(copy, page.state, reviewed));
    expect(refusedUpdate('editor', doc, update)).toBe('review.forbidden');
    expect(refusedUpdate('reviewer', doc, update)).toBeNull();
    expect(refusedUpdate('owner', doc, update)).toBeNull();
    // Refusing never touches the shared document.
    expect(doc.getMap('articles').get(a.id)).toBeInstanceOf(Y.Map);
    expect((doc.getMap('articles').get(a.id) as Y.Map<unknown>).get('status')).toBe('draft');
  });

  it('lets an editor correct text, which reopens a reviewed article', () => {
    const doc = pageToDoc({ raw: page.raw, state: reviewed });
    const edited = setFieldText(reviewed, a.id, { kind: 'title' }, '新标题', 9100);
    const reopened = markStatus(edited, a.id, 'corrected', 9100);
    const update = updateFor(doc, (copy) => applyLocalChange(copy, reviewed, reopened));
    expect(refusedUpdate('editor', doc, update)).toBeNull();
  });

  it('keeps page assignment to the owner', () => {
    const doc = new Y.Doc();
    const update = updateFor(doc, (copy) => assignPage(copy, 'p1', '张三'));
    expect(refusedUpdate('editor', doc, update)).toBe('assign.forbidden');
    expect(refusedUpdate('reviewer', doc, update)).toBe('assign.forbidden');
    expect(refusedUpdate('owner', doc, update)).toBeNull();
  });
});

describe('document names', () => {
  it('name the project of every document and nothing else', () => {
    expect(parseDocName(pageDocName('evening-news', 'p/1'))).toEqual({
      projectId: 'evening-news',
      kind: 'page',
      pageId: 'p/1',
    });
    expect(parseDocName(projectDocName('evening-news'))).toEqual({
      projectId: 'evening-news',
      kind: 'project',
    });
    expect(parseDocName('other')).toBeNull();
    expect(parseDocName('../x/page/p1')).toBeNull();
    expect(parseDocName('/project')).toBeNull();
  });
});

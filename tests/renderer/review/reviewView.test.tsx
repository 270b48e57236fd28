// @vitest-environment happy-dom
// The review view with the keyboard: J steps to the first unreviewed article, R without a
// reviewer name asks for one and marks nothing; with a name, R marks and steps on.
// Restoring a revision from the review is one undoable step.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import { restoreRevision } from '../../../src/renderer/src/review/reviewActions';
import { saveReviewer } from '../../../src/renderer/src/db/reviewer';
import { ReviewView } from '../../../src/renderer/src/review/ReviewView';
import { addPage, spanIn } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: GalleyDb;
let container: HTMLDivElement;
let root: Root;
let ids: string[];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = createDb(`galley-review-view-${crypto.randomUUID()}`);
  const raw = await addPage(db, 'p1', '05-fire-drill.txt');
  const s = await openSession(db, 'p1');
  s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' });
  s.assign([spanIn(raw, '本报讯 每天11:30，杏园街道')], { kind: 'new-article' });
  await s.flush();
  ids = s.getSnapshot().state.articles.map((a) => a.id);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await forgetSessions(db);
  await db.delete();
});

const press = (code: string) =>
  act(async () => {
    window.dispatchEvent(
      new KeyboardEvent('keydown', { code, key: code.slice(3).toLowerCase(), bubbles: true }),
    );
  });
const shownId = () => container.querySelector('.article-review')?.getAttribute('data-article-id');

describe('the review queue', () => {
  it('asks for the reviewer name before marking, then marks with one key and steps on', async () => {
    act(() => root.render(<ReviewView db={db} pageId="p1" onOpenArticle={() => {}} />));
    await vi.waitFor(() => expect(container.querySelectorAll('.review-table tbody tr')).toHaveLength(2));
    await press('KeyJ');
    await vi.waitFor(() => expect(shownId()).toBe(ids[0]));

    await press('KeyR');
    expect(container.querySelector('.review-message')?.textContent).toContain(
      'Enter your name as reviewer first',
    );
    expect((await db.articles.get(ids[0]))?.status).toBe('draft');

    await act(async () => saveReviewer(db, '王赛华'));
    await press('KeyR');
    await vi.waitFor(() => expect(shownId()).toBe(ids[1]));
    const marked = await db.articles.get(ids[0]);
    expect(marked?.status).toBe('reviewed');
    expect(marked?.reviewer).toBe('王赛华');

    await press('KeyR');
    await vi.waitFor(() =>
      expect(container.querySelector('.review-message')?.textContent).toBe(
        'Every listed article is reviewed.',
      ),
    );
    expect((await db.articles.get(ids[1]))?.status).toBe('reviewed');
  });

  it('restores a revision as one undoable step of the page’s session', async () => {
    const s = await openSession(db, 'p1');
    const id = ids[0];
    const before = s.getSnapshot().state.articles[0];
    s.editText(id, { kind: 'paragraph', index: 0 }, '改过的正文');
    await s.flush();
    const undo = await restoreRevision(db, 'p1', id, before);
    expect((await db.articles.get(id))?.paragraphs[0]?.text).toBe(before.paragraphs[0].text);
    await undo();
    expect((await db.articles.get(id))?.paragraphs[0]?.text).toBe('改过的正文');
  });

  it('undoes the restore itself, not whatever was done on the page after it', async () => {
    const s = await openSession(db, 'p1');
    const [id, other] = [ids[0], ids[1]];
    const before = s.getSnapshot().state.articles[0];
    s.editText(id, { kind: 'paragraph', index: 0 }, '改过的正文');
    s.sealTyping();
    await s.flush();
    const undo = await restoreRevision(db, 'p1', id, before);
    // A later step on the same page, on another article.
    s.editText(other, { kind: 'paragraph', index: 0 }, '另一篇改过');
    s.sealTyping();
    await s.flush();

    await undo();
    expect((await db.articles.get(id))?.paragraphs[0]?.text).toBe('改过的正文');
    expect((await db.articles.get(other))?.paragraphs[0]?.text).toBe('另一篇改过');
    expect(s.getSnapshot().state.articles.find((a) => a.id === other)?.paragraphs[0]?.text).toBe(
      '另一篇改过',
    );

    // The page's own undo then takes back the later edit, steps over the undone restore,
    // and takes back the edit before it.
    s.undo();
    expect(s.getSnapshot().state.articles.find((a) => a.id === other)?.paragraphs[0]?.text).not.toBe(
      '另一篇改过',
    );
    s.undo();
    expect(s.getSnapshot().state.articles.find((a) => a.id === id)?.paragraphs[0]?.text).toBe(
      before.paragraphs[0].text,
    );
  });
});

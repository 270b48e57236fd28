// @vitest-environment happy-dom
// The review view with the keyboard: J steps to the first unreviewed article; R (and the
// article's button) follows the status flow: a draft becomes corrected and stays shown, a
// corrected one becomes reviewed (asking first for a reviewer name) and the queue steps on.
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
  it('takes a draft to corrected, then asks for the reviewer name, then marks reviewed and steps on', async () => {
    act(() => root.render(<ReviewView db={db} pageId="p1" onOpenArticle={() => {}} />));
    await vi.waitFor(() => expect(container.querySelectorAll('.review-table tbody tr')).toHaveLength(2));
    await press('KeyJ');
    await vi.waitFor(() => expect(shownId()).toBe(ids[0]));
    const message = () => container.querySelector('.review-message')?.textContent;
    const statusShown = () =>
      container.querySelector('.article-review [data-status]')?.getAttribute('data-status');

    // A draft is never reviewed in one step: R makes it corrected, says so, and stays on it.
    await press('KeyR');
    await vi.waitFor(() =>
      expect(message()).toBe('Marked corrected. Read it once more, then Mark reviewed (R).'),
    );
    expect((await db.articles.get(ids[0]))?.status).toBe('corrected');
    await vi.waitFor(() => expect(statusShown()).toBe('corrected'));
    expect(shownId()).toBe(ids[0]);

    // Reviewed needs a name: without one, R asks and marks nothing.
    await press('KeyR');
    expect(message()).toContain('Enter your name as reviewer first');
    expect((await db.articles.get(ids[0]))?.status).toBe('corrected');

    await act(async () => saveReviewer(db, '王赛华'));
    await press('KeyR');
    await vi.waitFor(() => expect(shownId()).toBe(ids[1]));
    expect(message()).toBe('Marked reviewed; showing the next unreviewed article.');
    const marked = await db.articles.get(ids[0]);
    expect(marked?.status).toBe('reviewed');
    expect(marked?.reviewer).toBe('王赛华');

    // The second article takes the same two steps; the last one leaves nothing to step to.
    await press('KeyR');
    await vi.waitFor(() => expect(statusShown()).toBe('corrected'));
    expect((await db.articles.get(ids[1]))?.status).toBe('corrected');
    await press('KeyR');
    await vi.waitFor(() => expect(message()).toBe('Every listed article is reviewed.'));
    expect((await db.articles.get(ids[1]))?.status).toBe('reviewed');

    // R on a reviewed article (once the list shows it so) changes nothing and says why.
    await vi.waitFor(() =>
      expect(
        [...container.querySelectorAll('.review-table tbody tr .status-badge')].map((b) => b.textContent),
      ).toEqual(['Reviewed', 'Reviewed']),
    );
    await press('KeyR');
    expect(message()).toBe('This article is already reviewed: press J for the next unreviewed one.');
    expect((await db.articles.get(ids[1]))?.status).toBe('reviewed');
    // Many reads through IndexedDB: slow on a shared machine, never stuck.
  }, 20_000);

  it('the article’s button takes the same steps as R: Mark corrected on a draft, then Mark reviewed, then Back to corrected', async () => {
    act(() => root.render(<ReviewView db={db} pageId="p1" onOpenArticle={() => {}} />));
    await vi.waitFor(() => expect(container.querySelectorAll('.review-table tbody tr')).toHaveLength(2));
    await press('KeyJ');
    await vi.waitFor(() => expect(shownId()).toBe(ids[0]));
    const message = () => container.querySelector('.review-message')?.textContent;
    const stepButton = () => container.querySelector<HTMLButtonElement>('.article-review-actions .primary');
    const click = (b: HTMLButtonElement | null | undefined) => act(async () => b?.click());

    // A draft offers only the next step: there is no way to review it without correcting it first.
    expect(stepButton()?.textContent).toBe('Mark corrected');
    expect(
      [...container.querySelectorAll('.article-review-actions button')].map((b) => b.textContent),
    ).not.toContain('Mark reviewed');
    await click(stepButton());
    await vi.waitFor(() =>
      expect(message()).toBe('Marked corrected. Read it once more, then Mark reviewed (R).'),
    );
    expect((await db.articles.get(ids[0]))?.status).toBe('corrected');
    await vi.waitFor(() => expect(stepButton()?.textContent).toBe('Mark reviewed'));
    expect(shownId()).toBe(ids[0]);

    await click(stepButton());
    expect(message()).toContain('Enter your name as reviewer first');
    expect((await db.articles.get(ids[0]))?.status).toBe('corrected');

    await act(async () => saveReviewer(db, '王赛华'));
    await click(stepButton());
    await vi.waitFor(() => expect(shownId()).toBe(ids[1]));
    expect(message()).toBe('Marked reviewed; showing the next unreviewed article.');
    expect((await db.articles.get(ids[0]))?.status).toBe('reviewed');

    // Back on the reviewed one, the button takes it back to corrected and says so.
    const firstRow = container.querySelectorAll<HTMLElement>('.review-table tbody tr')[0];
    await act(async () => firstRow.click());
    await vi.waitFor(() => expect(shownId()).toBe(ids[0]));
    const reopen = [...container.querySelectorAll<HTMLButtonElement>('.article-review-actions button')].find(
      (b) => b.textContent === 'Back to corrected',
    );
    await click(reopen);
    await vi.waitFor(() => expect(message()).toBe('Back to corrected: it needs reviewing again.'));
    expect((await db.articles.get(ids[0]))?.status).toBe('corrected');
    expect((await db.articles.get(ids[0]))?.reviewer).toBeUndefined();
  }, 20_000);

  it('opened again, shows a change made while it was closed', async () => {
    const badges = () =>
      [...container.querySelectorAll('.review-table tbody tr .status-badge')].map((b) => b.textContent);
    act(() => root.render(<ReviewView db={db} pageId="p1" onOpenArticle={() => {}} />));
    await vi.waitFor(() => expect(badges()).toEqual(['Draft', 'Draft']));
    act(() => root.render(<p>editor</p>));
    const s = await openSession(db, 'p1');
    s.setStatus(ids[0], 'corrected');
    await s.flush();
    act(() => root.render(<ReviewView db={db} pageId="p1" onOpenArticle={() => {}} />));
    await vi.waitFor(() => expect(badges()).toEqual(['Corrected', 'Draft']));
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

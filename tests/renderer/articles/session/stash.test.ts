// @vitest-environment happy-dom
// Typing the window closed on before it was written: kept in localStorage as the window
// hides, and written when the page opens again; a copy the store already holds writes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSession } from '../../../../src/renderer/src/articles/session/registry';
import { stashUnsaved } from '../../../../src/renderer/src/articles/session/stash';
import { TYPING_STASH_MS } from '../../../../src/renderer/src/articles/session/writer';
import { createDb, type GalleyDb } from '../../../../src/renderer/src/db/db';
import { pageRecord, spanIn } from '../../review/fixtures';

const RAW = '春耕备耕\n全区春耕备耕工作有序推进。\n';
const body = { kind: 'paragraph', index: 0 } as const;
let name: string;
let db: GalleyDb;
beforeEach(async () => {
  name = `galley-stash-${crypto.randomUUID()}`;
  db = createDb(name);
  await db.pages.put(pageRecord('p1', 'p1.txt', RAW));
  await db.texts.put({ pageId: 'p1', raw: RAW });
  const s = await openSession(db, 'p1');
  s.assign([spanIn(RAW, '全区春耕备耕工作有序推进。')], { kind: 'new-article' });
  await s.flush();
});
afterEach(async () => {
  db.close();
  // A window a test "closed" keeps its typing a moment later still: that goes too.
  await new Promise((resolve) => setTimeout(resolve, TYPING_STASH_MS * 2));
  localStorage.clear();
});

/**
 * Resolves the moment typing reaches localStorage; `then` runs at that moment, before any
 * later timer (the write is due after the stash). Watching the call, not polling for the
 * stash, since a write that lands between two polls takes the stash away again.
 */
function typingStashed(then?: () => void): Promise<void> {
  return new Promise((resolve) => {
    const setItem = localStorage.setItem.bind(localStorage);
    vi.spyOn(localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      setItem(key, value);
      if (!key.startsWith('galley.typing.')) return;
      vi.mocked(localStorage.setItem).mockRestore();
      then?.();
      resolve();
    });
  });
}

/** The same database as a window opened afresh sees it (its own sessions). */
async function reopen() {
  db.close();
  db = createDb(name);
  return openSession(db, 'p1');
}

describe('typing kept over a closed window', () => {
  it('writes what the window closed on before it was written, as no undo step', async () => {
    const s = await openSession(db, 'p1');
    const id = s.getSnapshot().state.articles[0].id;
    s.editText(id, body, '全区春耕备耕工作有序推进。今年');
    expect(s.writer.status).toBe('saving');
    stashUnsaved(db, s.getSnapshot().state, s.writer.status !== 'saved');

    // The write never came: the window closed first.
    const again = await reopen();
    expect(again.getSnapshot().state.articles[0].paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    expect(again.getSnapshot().canUndo).toBe(false);
    await again.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    expect(localStorage.length).toBe(0);
  });

  it('writes nothing when the store already holds the kept copy', async () => {
    const s = await openSession(db, 'p1');
    const id = s.getSnapshot().state.articles[0].id;
    s.editText(id, body, '全区春耕备耕工作有序推进。今年');
    stashUnsaved(db, s.getSnapshot().state, true);
    await s.flush();
    const revisions = await db.revisions.count();
    const again = await reopen();
    await again.flush();
    expect(await db.revisions.count()).toBe(revisions);
    expect(again.getSnapshot().state.articles[0].paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    expect(localStorage.length).toBe(0);
  });

  it('keeps typing in localStorage until it is written: a window that crashes first loses none of it', async () => {
    const s = await openSession(db, 'p1');
    const id = s.getSnapshot().state.articles[0].id;
    // The window crashes as soon as its typing is kept: neither the write nor pagehide comes.
    const crashed = typingStashed(() => db.close());
    s.editText(id, body, '全区春耕备耕工作有序推进。今');
    s.editText(id, body, '全区春耕备耕工作有序推进。今年');
    expect(s.writer.status).toBe('saving');
    await crashed;

    const again = await reopen();
    expect(again.getSnapshot().state.articles[0].paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    await again.flush();
    expect((await db.articles.get(id))?.paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    expect(localStorage.length).toBe(0);
  });

  it('lets typing go from localStorage once it is written, and keeps what was typed after', async () => {
    const s = await openSession(db, 'p1');
    const id = s.getSnapshot().state.articles[0].id;
    const stashed = typingStashed();
    s.editText(id, body, '全区春耕备耕工作有序推进。今');
    await stashed;
    expect(localStorage.length).toBe(1);
    const writing = s.flush();
    s.editText(id, body, '全区春耕备耕工作有序推进。今年');
    await writing;
    // The write held the first keystroke only: the second is still kept.
    expect(localStorage.length).toBe(1);
    await s.flush();
    expect(localStorage.length).toBe(0);
  });

  it('keeps each field typed into, and a reviewed article typed into comes back corrected', async () => {
    const s = await openSession(db, 'p1');
    const id = s.getSnapshot().state.articles[0].id;
    s.setStatus(id, 'reviewed');
    await s.flush();
    const crashed = typingStashed(() => db.close());
    s.editText(id, { kind: 'title' }, '春耕');
    s.editText(id, body, '全区春耕备耕工作有序推进。今年');
    await crashed;

    const again = await reopen();
    const [article] = again.getSnapshot().state.articles;
    expect(article.title.text).toBe('春耕');
    expect(article.paragraphs[0].text).toBe('全区春耕备耕工作有序推进。今年');
    expect(article.status).toBe('corrected');
  });
});

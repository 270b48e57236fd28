// A typing write waits for its delay and then for the window's next idle moment, so its
// work falls between two keystrokes; until it is written the page counts as unsaved, and a
// flush (closing the page, a structural action) writes at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleSession, SAVE_DELAY_MS } from '../../../../src/renderer/src/articles/session/ArticleSession';
import { TYPING_MAX_WAIT_MS } from '../../../../src/renderer/src/articles/session/writer';
import { loadPageArticles } from '../../../../src/renderer/src/articles/session/persist';
import { createDb, type GalleyDb } from '../../../../src/renderer/src/db/db';
import { storePage } from '../../cleanup/fixtures';

const RAW = '春耕备耕\n全区春耕备耕工作有序推进。\n';
const BODY = { start: 5, end: 18 };

let db: GalleyDb;
let idle: { run: IdleRequestCallback; timeout: number | undefined }[];
let cancelled: number[];
beforeEach(async () => {
  db = createDb(`galley-idle-save-${crypto.randomUUID()}`);
  await storePage(db, 'p1', 'p1.txt', RAW);
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await db.delete();
});

async function typedSession() {
  const s = new ArticleSession(db, RAW, (await loadPageArticles(db, 'p1')).state);
  s.assign([BODY], { kind: 'new-article' });
  await s.flush();
  const id = s.getSnapshot().state.articles[0].id;
  // Idle callbacks are taken by hand from here on (the session's own checks ahead ran without).
  idle = [];
  cancelled = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, opts?: IdleRequestOptions) => {
    idle.push({ run, timeout: opts?.timeout });
    return idle.length;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  s.editText(id, { kind: 'paragraph', index: 0 }, '全区春耕');
  return { s, id, written: async () => (await db.articles.get(id))?.paragraphs[0].text };
}

describe('a typing write', () => {
  it('waits for an idle moment after its delay, unsaved until then', async () => {
    const { s, written } = await typedSession();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(idle).toHaveLength(1);
    // The idle wait is bounded: a busy window still writes soon.
    expect(idle[0].timeout).toBeGreaterThan(0);
    expect(idle[0].timeout).toBeLessThanOrEqual(500);
    expect(s.getSnapshot().save).toBe('saving');
    expect(await written()).toBe('全区春耕备耕工作有序推进。');
    vi.useRealTimers();
    idle[0].run({ didTimeout: false, timeRemaining: () => 10 });
    await vi.waitFor(async () => expect(await written()).toBe('全区春耕'));
    await vi.waitFor(() => expect(s.getSnapshot().save).toBe('saved'));
  });

  it('is written at once by a flush, and the idle moment then writes nothing more', async () => {
    const { s, written } = await typedSession();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    await s.flush();
    expect(await written()).toBe('全区春耕');
    expect(cancelled).toEqual([1]);
    expect(s.getSnapshot().save).toBe('saved');
  });

  it('is written by a flush before its delay ends, and asks no idle moment', async () => {
    const { s, written } = await typedSession();
    await s.flush();
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(idle).toHaveLength(0);
    expect(await written()).toBe('全区春耕');
  });

  it('waits for a pause in typing, and while typing goes on no longer than its longest wait', async () => {
    const { s, id } = await typedSession();
    const body = { kind: 'paragraph', index: 0 } as const;
    let text = '全区春耕';
    // A key every 100 ms: no pause, so no write until typing has gone on for the longest wait.
    for (let t = 100; t < TYPING_MAX_WAIT_MS; t += 100) {
      vi.advanceTimersByTime(100);
      s.editText(id, body, (text += '一'));
      expect(idle).toHaveLength(0);
    }
    vi.advanceTimersByTime(100);
    expect(idle).toHaveLength(1);
    // Typing on while the write waits for an idle moment does not put it off again.
    s.editText(id, body, (text += '二'));
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(idle).toHaveLength(1);
    expect(cancelled).toEqual([]);
    expect(s.getSnapshot().save).toBe('saving');
  });
});

// @vitest-environment happy-dom
// Typing into the current article: the text reaches the session at once, the card is not
// drawn again per keystroke (only the field typed into and the headline follow it), and
// an undo still puts the old text back into the field and the headline.
import 'fake-indexeddb/auto';
import '../../../src/renderer/src/i18n';
import { act, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../../src/renderer/src/articles/ArticlePanel';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { hueOf } from '../../../src/renderer/src/rawview/spans';
import { pageRecord, spanIn } from '../review/fixtures';

// A card's render paints its hue: counting the calls for one card's order counts its renders.
vi.mock('../../../src/renderer/src/rawview/spans', async (original) => {
  const real = await original<typeof import('../../../src/renderer/src/rawview/spans')>();
  return { ...real, hueOf: vi.fn(real.hueOf) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const RAW = '春耕备耕\n全区春耕备耕工作有序推进。\n\n文化下乡\n送戏下乡活动走进十个村。\n';

let db: GalleyDb;
let container: HTMLDivElement;
let root: Root;
beforeEach(async () => {
  db = createDb(`galley-typing-${crypto.randomUUID()}`);
  await db.pages.put(pageRecord('p1', 'p1.txt', RAW));
  await db.texts.put({ pageId: 'p1', raw: RAW });
  const s = await openSession(db, 'p1');
  s.assign([spanIn(RAW, '春耕备耕')], { kind: 'new-article', field: 'title' });
  const articleId = s.getSnapshot().state.articles[0].id;
  s.assign([spanIn(RAW, '全区春耕备耕工作有序推进。')], { kind: 'new-paragraph', articleId });
  s.assign([spanIn(RAW, '文化下乡')], { kind: 'new-article', field: 'title' });
  await s.flush();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  db.close();
});

async function showFirstArticle() {
  await act(async () => root.render(<ArticlePanel pageId="p1" control={null} db={db} />));
  await vi.waitFor(() => expect(container.querySelectorAll('.article-card')).toHaveLength(2));
  const head = container.querySelector<HTMLElement>('.article-card .article-head')!;
  act(() => head.click());
  await vi.waitFor(() => expect(container.querySelector('.article-current textarea')).not.toBeNull());
}

/** Waits until no render has come for a few macrotasks (a pending query has answered). */
async function settled(commits: string[]) {
  for (let seen = -1; seen !== commits.length;) {
    seen = commits.length;
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
  }
}

function field(name: string): HTMLTextAreaElement {
  return container.querySelector<HTMLTextAreaElement>(`.article-current textarea[data-field="${name}"]`)!;
}

function type(el: HTMLTextAreaElement, text: string) {
  for (const ch of text) {
    act(() => {
      el.value += ch;
      el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
  }
}

const cardRenders = () => vi.mocked(hueOf).mock.calls.filter(([order]) => order === 0).length;
const headline = () => container.querySelector('.article-current .article-headline')?.textContent;

describe('typing into the current article', () => {
  it('reaches the session without drawing the card again, and an undo puts the text back', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    const body = field('paragraph-0');
    const before = body.value;
    expect(before).toBe('全区春耕备耕工作有序推进。');
    const renders = cardRenders();
    type(body, '今年');
    expect(session.getSnapshot().state.articles[0].paragraphs[0].text).toBe(`${before}今年`);
    expect(cardRenders() - renders).toBe(0);

    act(() => {
      session.undo();
    });
    expect(field('paragraph-0').value).toBe(before);
    expect(session.getSnapshot().state.articles[0].paragraphs[0].text).toBe(before);
  });

  it('keeps the headline in step with the title typed and undone', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    expect(headline()).toBe('春耕备耕');
    type(field('title'), '忙');
    expect(headline()).toBe('春耕备耕忙');
    act(() => {
      session.undo();
    });
    expect(headline()).toBe('春耕备耕');
    expect(field('title').value).toBe('春耕备耕');
  });

  it('draws the card again when more than its text changes', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    const renders = cardRenders();
    act(() => session.setStatus(session.getSnapshot().state.articles[0].id, 'corrected'));
    expect(cardRenders() - renders).toBeGreaterThan(0);
    expect(container.querySelector<HTMLSelectElement>('.article-current select.article-status')?.value).toBe(
      'corrected',
    );
  });

  it('does not draw the form again per keystroke, only its save status', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    // The form works out the page's coverage each time it is drawn.
    const drawn = vi.spyOn(session, 'coverageOf');
    type(field('paragraph-0'), '今年春');
    expect(drawn).not.toHaveBeenCalled();
    expect(container.querySelector('.save-status')?.getAttribute('data-save')).toBe('saving');
    await act(() => session.flush());
    expect(container.querySelector('.save-status')?.getAttribute('data-save')).toBe('saved');
    drawn.mockRestore();
  });

  it('renders nothing for a keystroke that changes no headline, nor for its save', async () => {
    const commits: string[] = [];
    await act(async () =>
      root.render(
        <Profiler id="form" onRender={(_id, phase) => commits.push(phase)}>
          <ArticlePanel pageId="p1" control={null} db={db} />
        </Profiler>,
      ),
    );
    await vi.waitFor(() => expect(container.querySelectorAll('.article-card')).toHaveLength(2));
    act(() => container.querySelector<HTMLElement>('.article-card .article-head')!.click());
    await vi.waitFor(() => expect(field('paragraph-0')).not.toBeNull());
    const session = await openSession(db, 'p1');
    await act(() => session.flush());
    // The first keystroke makes an undo step (the undo button wakes): drawn once. Under a
    // loaded machine, queries the click started can still be answering, so the count starts
    // once the form has stopped drawing.
    type(field('paragraph-0'), '今');
    await act(() => session.flush());
    await settled(commits);
    const before = commits.length;
    type(field('paragraph-0'), '年春耕');
    // The save status turns to saving and back to saved without a render.
    expect(container.querySelector('.save-status')?.getAttribute('data-save')).toBe('saving');
    await act(() => session.flush());
    expect(container.querySelector('.save-status')?.getAttribute('data-save')).toBe('saved');
    expect(commits.length - before).toBe(0);
    expect(session.getSnapshot().state.articles[0].paragraphs[0].text).toBe(
      '全区春耕备耕工作有序推进。今年春耕',
    );
  });

  it('shows a change made elsewhere in the field being typed in, and typing goes on from it', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    const body = field('paragraph-0');
    act(() => body.focus());
    type(body, '今年');
    // A replace in all pages (or a teammate's change) arrives while the field has the focus.
    const id = session.getSnapshot().state.articles[0].id;
    act(() => session.editText(id, { kind: 'paragraph', index: 0 }, '全区春耕工作推进。'));
    expect(document.activeElement).toBe(body);
    expect(body.value).toBe('全区春耕工作推进。');
    type(body, '好');
    expect(session.getSnapshot().state.articles[0].paragraphs[0].text).toBe('全区春耕工作推进。好');
    await act(() => session.flush());
  });

  it('shows an article typed into and then left as it is now, and again after an undo', async () => {
    await showFirstArticle();
    const session = await openSession(db, 'p1');
    type(field('paragraph-0'), '今年');
    // The second card becomes current; the first shows its text as a preview.
    act(() => container.querySelectorAll<HTMLElement>('.article-card .article-head')[1].click());
    const preview = () =>
      container.querySelector('.article-card:not(.article-current) [data-field="paragraph-0"]')?.textContent;
    expect(preview()).toBe('全区春耕备耕工作有序推进。今年');
    act(() => {
      session.undo();
    });
    expect(preview()).toBe('全区春耕备耕工作有序推进。');
  });
});

// @vitest-environment happy-dom
// The page list: 10,000 pages open with only the rows on screen drawn, in the archivist's
// order (page-2 before page-10), and pages written later take their place in that order.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import { PageList } from '../../../src/renderer/src/ui/PageList';
import { pageRecord } from '../review/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: GalleyDb;
let container: HTMLDivElement;
let root: Root;

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  db = createDb(`galley-page-list-${crypto.randomUUID()}`);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await db.delete();
});

const page = (id: string, relativePath: string) => ({
  ...pageRecord(id, relativePath.split('/').pop()!, id),
  relativePath,
});
const shownNames = () =>
  [...container.querySelectorAll('.page-row')].map((r) => r.getAttribute('data-page-name'));

describe('the page list', () => {
  it('opens 10,000 pages drawing only a screenful, in natural order', async () => {
    // Written in reverse, so the order on screen is the list's own.
    await db.pages.bulkPut(
      Array.from({ length: 10_000 }, (_, i) => page(`p${i}`, `issue/page-${10_000 - i}.txt`)),
    );
    act(() => root.render(<PageList db={db} selectedId={null} onSelect={() => {}} />));
    await vi.waitFor(() => expect(shownNames().length).toBeGreaterThan(0));
    expect(shownNames().length).toBeLessThan(60);
    expect(shownNames().slice(0, 3)).toEqual(['page-1.txt', 'page-2.txt', 'page-3.txt']);
    // Writing 10,000 pages into fake-indexeddb takes seconds on a busy machine.
  }, 60_000);

  it('places pages written later among the others, and names a long one in full on hover', async () => {
    await db.pages.bulkPut([page('a', 'page-10.txt'), page('b', 'page-1.txt')]);
    act(() => root.render(<PageList db={db} selectedId={null} onSelect={() => {}} />));
    await vi.waitFor(() => expect(shownNames()).toEqual(['page-1.txt', 'page-10.txt']));
    // Under issue/: the path sorts before page-N.
    const long = `${'很长的版面名称'.repeat(12)}.txt`;
    await db.pages.bulkPut([page('c', 'page-2.txt'), page('d', `issue/${long}`)]);
    await vi.waitFor(() => expect(shownNames()).toEqual([long, 'page-1.txt', 'page-2.txt', 'page-10.txt']));
    const row = container.querySelector(`.page-row[data-page-name="${long}"] .page-row-name`);
    expect(row?.getAttribute('title')).toBe(`issue/${long}`);
    expect(row?.querySelector('.page-row-title')?.textContent).toBe(long);
  });
});

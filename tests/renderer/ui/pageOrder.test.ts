// The page list's order kept as rows change a few at a time (an import, a save, a rename, a
// delete): always the natural order of the paths, as if every page had been sorted afresh.
import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/core/model';
import { naturalOrder } from '../../../src/renderer/src/common/format';
import { PageOrder } from '../../../src/renderer/src/ui/pageOrder';
import { pageRecord } from '../review/fixtures';

const page = (id: string, relativePath: string, articleCount = 0): Page => ({
  ...pageRecord(id, relativePath.split('/').pop()!, id),
  relativePath,
  articleCount,
});
const paths = (order: PageOrder) => order.list.map((p) => p.relativePath);

describe('the page order', () => {
  it('places pages imported in chunks among the others, page-2 before page-10', () => {
    const order = new PageOrder();
    order.reset([page('a', 'page-10.txt'), page('b', 'page-1.txt')]);
    expect(paths(order)).toEqual(['page-1.txt', 'page-10.txt']);
    expect(
      order.apply([page('c', 'page-2.txt'), page('d', 'issue/page-3.txt'), page('e', 'page-11.txt')], []),
    ).toBe(true);
    expect(paths(order)).toEqual([
      'issue/page-3.txt',
      'page-1.txt',
      'page-2.txt',
      'page-10.txt',
      'page-11.txt',
    ]);
  });

  it('shows a saved page’s new figures in its place, moves a renamed page and drops a deleted one', () => {
    const order = new PageOrder();
    order.reset([page('a', 'page-1.txt'), page('b', 'page-2.txt'), page('c', 'page-3.txt')]);
    expect(order.apply([page('b', 'page-2.txt', 7)], [])).toBe(true);
    expect(order.list.map((p) => [p.id, p.articleCount])).toEqual([
      ['a', 0],
      ['b', 7],
      ['c', 0],
    ]);
    order.apply([page('a', 'page-4.txt')], ['c']);
    expect(order.list.map((p) => p.id)).toEqual(['b', 'a']);
    // A row read again unchanged, or a deleted page never listed, changes nothing.
    const same = order.list[0];
    expect(order.apply([same], ['zzz'])).toBe(false);
  });

  it('keeps pages whose paths differ only in case apart, each patched where it stands', () => {
    const order = new PageOrder();
    order.reset([page('a', 'Page-1.txt'), page('b', 'page-1.txt'), page('c', 'page-0.txt')]);
    order.apply([page('b', 'page-1.txt', 3), page('a', 'Page-1.txt', 5)], []);
    expect(order.list.map((p) => [p.id, p.articleCount])).toEqual([
      ['c', 0],
      ['a', 5],
      ['b', 3],
    ]);
  });

  it('ends in the same order as a full sort after many random changes', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const order = new PageOrder();
    const table = new Map<string, Page>();
    order.reset([]);
    for (let round = 0; round < 200; round++) {
      const put: Page[] = [];
      const removed: string[] = [];
      for (let k = 0; k < 1 + random(30); k++) {
        const id = `p${random(300)}`;
        if (random(5) === 0) {
          removed.push(id);
          table.delete(id);
        } else {
          const p = page(id, `issue-${random(9)}/page-${random(40)}.txt`, random(3));
          put.push(p);
          table.set(id, p);
        }
      }
      // A row both written and then deleted in one reading is read as deleted.
      order.apply(
        put.filter((p) => table.get(p.id) === p),
        removed.filter((id) => !table.has(id)),
      );
    }
    const expected = [...table.values()].sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath));
    expect(paths(order)).toEqual(expected.map((p) => p.relativePath));
    expect(new Set(order.list.map((p) => p.id))).toEqual(new Set(table.keys()));
  });
});

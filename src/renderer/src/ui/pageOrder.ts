// The page list's rows kept in the archivist's order (natural sort of the relative paths:
// page-2 before page-10) as rows change a few at a time: a changed row whose path is the same
// is patched where it stands, a new or moved one is placed by a binary search. While an
// import writes 50 pages every few milliseconds, each reading of the list costs the rows it
// names, not a sort (or a map) of every page.

import type { Page } from '../../../core/model';
import { naturalOrder } from '../common/format';

const compare = (a: Page, b: Page) => naturalOrder.compare(a.relativePath, b.relativePath);

/**
 * The first index at or after `from` whose row sorts after `page`, or level with it unless
 * `afterEqual` (a binary search: `rows` is in order).
 */
function bound(rows: readonly Page[], page: Page, from: number, afterEqual: boolean): number {
  let lo = from;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(rows[mid], page);
    if (c < 0 || (afterEqual && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PageOrder {
  private rows: Page[] = [];
  private readonly byId = new Map<string, Page>();

  /** The rows in order. The same array until the next change; do not change it. */
  get list(): readonly Page[] {
    return this.rows;
  }

  /** All rows afresh (the list opened, a table cleared). */
  reset(pages: readonly Page[]): void {
    this.rows = [...pages].sort(compare);
    this.byId.clear();
    for (const p of this.rows) this.byId.set(p.id, p);
  }

  /**
   * Puts the rows read again (`put`) and takes out the ids no longer in the table
   * (`removed`). Returns whether the list changed (a patched row changes it in place).
   */
  apply(put: readonly Page[], removed: readonly string[]): boolean {
    const gone = new Set<string>();
    const fresh: Page[] = [];
    let patched = false;
    for (const id of removed) if (this.byId.delete(id)) gone.add(id);
    for (const page of put) {
      const was = this.byId.get(page.id);
      if (was === page) continue;
      if (was && was.relativePath === page.relativePath) {
        this.rows[this.placeOf(was)] = page;
        patched = true;
      } else {
        if (was) gone.add(page.id);
        fresh.push(page);
      }
      this.byId.set(page.id, page);
    }
    if (gone.size === 0 && fresh.length === 0) return patched;
    this.rows = this.merged(gone, fresh.sort(compare));
    return true;
  }

  /** Where `page` (in the list) stands: a binary search by path, then its id among equals. */
  private placeOf(page: Page): number {
    let lo = bound(this.rows, page, 0, false);
    while (lo < this.rows.length && this.rows[lo].id !== page.id) lo++;
    // Not among its equals (a collator that orders differently than when it was placed): look everywhere.
    return lo < this.rows.length ? lo : this.rows.indexOf(page);
  }

  /**
   * The rows less `gone`, with `fresh` (sorted) each after the rows sorting before or level
   * with it: one pass that copies the rows, and a binary search per fresh row.
   */
  private merged(gone: ReadonlySet<string>, fresh: readonly Page[]): Page[] {
    const kept = gone.size === 0 ? this.rows : this.rows.filter((p) => !gone.has(p.id));
    if (fresh.length === 0) return kept;
    const out: Page[] = [];
    let i = 0;
    for (const page of fresh) {
      const lo = bound(kept, page, i, true);
      while (i < lo) out.push(kept[i++]);
      out.push(page);
    }
    while (i < kept.length) out.push(kept[i++]);
    return out;
  }
}

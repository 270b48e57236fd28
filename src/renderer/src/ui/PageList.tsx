// The list of pages: metadata only (never a raw text), virtualised (@tanstack/react-virtual)
// so 10,000 pages cost the same to show as 20, in the archivist's order (natural sort of the
// relative paths: page-2 before page-10). Read again at most every RELOAD_MS while pages are
// being written (an import writes a chunk every few milliseconds), and sorted incrementally:
// pages already placed keep their place, only new or renamed ones go through the collator.

import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { Dexie, type ObservabilitySet } from 'dexie';
import {
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { naturalOrder } from '../common/format';
import { changedKeys } from './changedKeys';
import { PageRow, ROW_HEIGHT } from './PageRow';
import './pageList.css';

interface PageListProps {
  db: GalleyDb;
  selectedId: string | null;
  onSelect: (pageId: string) => void;
}

const OVERSCAN = 8;
const RELOAD_MS = 250;
/** Before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED = { width: 0, height: 600 };

/**
 * Every page row, read again (at most every RELOAD_MS) when a page changes: only the rows
 * a change names (changedKeys), all of them only when it cannot tell which.
 */
function usePages(db: GalleyDb): Page[] | null {
  const [pages, setPages] = useState<Page[] | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let again = false;
    let last = -Infinity;
    const rows = new Map<string, Page>();
    let stale: Set<string> | 'all' = 'all';
    const read = async () => {
      reading = true;
      const wanted = stale;
      stale = new Set();
      if (wanted === 'all') {
        const all = await db.pages.toArray();
        rows.clear();
        for (const p of all) rows.set(p.id, p);
      } else {
        const ids = [...wanted];
        (await db.pages.bulkGet(ids)).forEach((p, k) => (p ? rows.set(p.id, p) : rows.delete(ids[k])));
      }
      reading = false;
      last = performance.now();
      if (!live) return;
      setPages([...rows.values()]);
      if (again) schedule();
    };
    const schedule = () => {
      again = reading;
      if (reading || timer !== undefined || !live) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          void read();
        },
        Math.max(0, last + RELOAD_MS - performance.now()),
      );
    };
    const onChange = (parts: ObservabilitySet) => {
      const keys = changedKeys(parts, db.name, 'pages');
      if (keys === null) return;
      if (keys === 'all' || stale === 'all') stale = 'all';
      else for (const k of keys) stale.add(k);
      schedule();
    };
    Dexie.on('storagemutated', onChange);
    void read();
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db]);
  return pages;
}

/** Sorts pages by relative path, keeping the order already found for pages seen before. */
function naturalSorter(): (pages: readonly Page[]) => Page[] {
  let placed = new Map<string, { index: number; path: string }>();
  return (pages) => {
    const kept: { page: Page; index: number }[] = [];
    const fresh: Page[] = [];
    for (const page of pages) {
      const was = placed.get(page.id);
      if (was && was.path === page.relativePath) kept.push({ page, index: was.index });
      else fresh.push(page);
    }
    kept.sort((a, b) => a.index - b.index);
    fresh.sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath));
    // Each fresh page goes after the kept pages sorting before it or level with it, found by
    // a binary search: a merge compared it with every kept page, 10,000 collator calls per
    // read of a 10,000-page list while an import adds 50 pages at a time.
    const out: Page[] = [];
    let i = 0;
    for (const page of fresh) {
      let lo = i;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (naturalOrder.compare(kept[mid].page.relativePath, page.relativePath) <= 0) lo = mid + 1;
        else hi = mid;
      }
      while (i < lo) out.push(kept[i++].page);
      out.push(page);
    }
    while (i < kept.length) out.push(kept[i++].page);
    placed = new Map(out.map((p, index) => [p.id, { index, path: p.relativePath }]));
    return out;
  };
}

export function PageList({ db, selectedId, onSelect }: PageListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const pages = usePages(db);
  const [sortPages] = useState(naturalSorter);
  const sorted = useMemo(() => (pages ? sortPages(pages) : null), [pages, sortPages]);
  const shown = useMemo(() => {
    const needle = deferredFilter.trim().toLowerCase();
    if (!sorted || !needle) return sorted;
    return sorted.filter((p) => p.relativePath.toLowerCase().includes(needle));
  }, [sorted, deferredFilter]);

  return (
    <nav className="page-list" aria-label={t('pageList.label')}>
      <div className="page-list-filter">
        <input
          type="search"
          value={filter}
          placeholder={t('pageList.filter')}
          aria-label={t('pageList.filter')}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {shown === null ? null : shown.length === 0 ? (
        <p className="page-list-empty">
          {filter.trim() ? t('pageList.noMatch', { filter: filter.trim() }) : t('pageList.empty')}
        </p>
      ) : (
        <WindowedRows pages={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
    </nav>
  );
}

function WindowedRows({
  pages,
  selectedId,
  onSelect,
}: {
  pages: Page[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser's functions change with every scroll by design; this list is re-rendered by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: pages.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => pages[i].id,
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
  });

  const selectedIndex = pages.findIndex((p) => p.id === selectedId);
  // Keep the selected page in sight (after a reload, or when chosen with the keyboard).
  useLayoutEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    const jump = e.key === 'Home' ? 0 : e.key === 'End' ? pages.length - 1 : -1;
    const target = step ? Math.min(pages.length - 1, Math.max(0, selectedIndex + step)) : jump;
    if (target < 0 || (!step && jump < 0)) return;
    e.preventDefault();
    onSelect(pages[target].id);
  };

  return (
    <div
      className="page-list-rows"
      ref={scroller}
      role="listbox"
      tabIndex={0}
      aria-label={t('pageList.label')}
      aria-activedescendant={selectedId ? `page-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((v) => {
          const page = pages[v.index];
          return (
            <PageRow
              key={page.id}
              page={page}
              top={v.start}
              selected={page.id === selectedId}
              onSelect={onSelect}
            />
          );
        })}
      </div>
    </div>
  );
}

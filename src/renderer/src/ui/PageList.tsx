// The list of pages: metadata only (never a raw text), windowed (only the rows on screen are
// drawn, every row as high, so the virtualiser measures none) so 10,000 pages cost the same to show as 20, in the
// archivist's order (natural sort of the relative paths: page-2 before page-10). Read again at
// most every RELOAD_MS while pages are being written (an import writes a chunk every few
// milliseconds), and only the rows a change names: they are patched or placed in the kept
// order (PageOrder), never all sorted again.

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
import { changedKeys } from './changedKeys';
import { PageOrder } from './pageOrder';
import { PageRow, ROW_HEIGHT } from './PageRow';
import './pageList.css';

interface PageListProps {
  db: GalleyDb;
  selectedId: string | null;
  onSelect: (pageId: string) => void;
}

const OVERSCAN = 8;
/** Before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED = { width: 0, height: 600 };
const rowHeight = () => ROW_HEIGHT;
const RELOAD_MS = 250;

/** The pages in order, a new object whenever they change (a patched row keeps the array). */
interface Ordered {
  list: readonly Page[];
}

/**
 * Every page row in order, read again (at most every RELOAD_MS) when a page changes: only the
 * rows a change names (changedKeys), all of them only when it cannot tell which.
 */
function usePages(db: GalleyDb): Ordered | null {
  const [pages, setPages] = useState<Ordered | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let again = false;
    let last = -Infinity;
    const order = new PageOrder();
    let stale: Set<string> | 'all' = 'all';
    const read = async () => {
      reading = true;
      const wanted = stale;
      stale = new Set();
      let changed = true;
      if (wanted === 'all') order.reset(await db.pages.toArray());
      else {
        const ids = [...wanted];
        const got = await db.pages.bulkGet(ids);
        changed = order.apply(
          got.filter((p) => p !== undefined),
          ids.filter((_, k) => got[k] === undefined),
        );
      }
      reading = false;
      last = performance.now();
      if (!live) return;
      if (changed) setPages({ list: order.list });
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

export function PageList({ db, selectedId, onSelect }: PageListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const pages = usePages(db);
  const shown = useMemo((): Ordered | null => {
    const needle = deferredFilter.trim().toLowerCase();
    if (!pages || !needle) return pages;
    return { ...pages, list: pages.list.filter((p) => p.relativePath.toLowerCase().includes(needle)) };
  }, [pages, deferredFilter]);

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
      {shown === null ? null : shown.list.length === 0 ? (
        <p className="page-list-empty">
          {filter.trim() ? t('pageList.noMatch', { filter: filter.trim() }) : t('pageList.empty')}
        </p>
      ) : (
        <WindowedRows rows={shown} selectedId={selectedId} onSelect={onSelect} />
      )}
    </nav>
  );
}

function WindowedRows({
  rows,
  selectedId,
  onSelect,
}: {
  /** A new object whenever the rows change (a patched row keeps the array). */
  rows: Ordered;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const pages = rows.list;
  const scroller = useRef<HTMLDivElement>(null);
  // Rows are keyed by index in the virtualiser (every row as high, none measured), so a
  // growing list recomputes its offsets once per change of length, not on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: pages.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: OVERSCAN,
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
  });
  const selectedIndex = useMemo(() => rows.list.findIndex((p) => p.id === selectedId), [rows, selectedId]);
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

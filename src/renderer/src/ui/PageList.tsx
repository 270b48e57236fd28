// The list of pages: metadata only (never a raw text), windowed so 10,000 pages cost
// the same to show as 20.

import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { naturalOrder } from '../common/format';
import { PageRow, ROW_HEIGHT } from './PageRow';
import './pageList.css';

interface PageListProps {
  db: GalleyDb;
  selectedId: string | null;
  onSelect: (pageId: string) => void;
}

const OVERSCAN = 8;

export function PageList({ db, selectedId, onSelect }: PageListProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const pages = useLiveQuery(() => db.pages.toArray(), [db], null);
  const sorted = useMemo(
    () => (pages ? [...pages].sort((a, b) => naturalOrder.compare(a.relativePath, b.relativePath)) : null),
    [pages],
  );
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
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = scroller.current!;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = pages.findIndex((p) => p.id === selectedId);
  // Keep the selected page in sight (after a reload, or when chosen with the keyboard).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [selectedIndex]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(pages.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

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
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: pages.length * ROW_HEIGHT, position: 'relative' }}>
        {pages.slice(first, last).map((page, i) => (
          <PageRow
            key={page.id}
            page={page}
            top={(first + i) * ROW_HEIGHT}
            selected={page.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </div>
    </div>
  );
}

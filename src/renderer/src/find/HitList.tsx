// The hits, virtualised (@tanstack/react-virtual): however many the corpus holds, only the
// rows on screen (and a few either side) are in the page. The list scrolls with the drawer
// it sits in; rows are measured once drawn, as a long context wraps to more lines.

import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldRef } from '../../../core/model';
import { fieldLabel } from '../common/fieldLabel';
import type { Hit } from './search';
import './find.css';

interface HitListProps {
  hits: readonly Hit[];
  pageNames: ReadonlyMap<string, string>;
  isChosen: (key: string) => boolean;
  replacement: string;
  onToggle: (key: string) => void;
  onOpen: (pageId: string, articleId: string, field: FieldRef) => void;
}

/** A hit of one line of context (find.css keeps rows near this). */
const ROW_PX = 58;
const UNMEASURED = { width: 0, height: 20 * ROW_PX };

/** The nearest ancestor that scrolls: the drawer's body. */
function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

export function HitList({ hits, pageNames, isChosen, replacement, onToggle, onOpen }: HitListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  // Where the list begins inside the scrolling element (below the form and the summary).
  useLayoutEffect(() => {
    const el = list.current;
    const parent = scrollParent(el);
    setScroller(parent);
    if (!el || !parent) return;
    const top = el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop;
    setMargin(Math.max(0, Math.round(top)));
  }, []);
  // The virtualiser's functions change with every scroll by design; this list is re-rendered by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_PX,
    overscan: 8,
    scrollMargin: margin,
    getItemKey: (i) => hits[i].key,
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
  });

  return (
    <ol className="hit-list" ref={list} style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((v) => {
        const h = hits[v.index];
        return (
          <HitRow
            key={h.key}
            hit={h}
            index={v.index}
            top={v.start - margin}
            measure={virtualizer.measureElement}
            pageName={pageNames.get(h.pageId) ?? ''}
            chosen={isChosen(h.key)}
            replacement={replacement}
            onToggle={onToggle}
            onOpen={onOpen}
          />
        );
      })}
    </ol>
  );
}

interface HitRowProps {
  hit: Hit;
  index: number;
  top: number;
  measure: (el: HTMLElement | null) => void;
  pageName: string;
  chosen: boolean;
  replacement: string;
  onToggle: (key: string) => void;
  onOpen: (pageId: string, articleId: string, field: FieldRef) => void;
}

const HitRow = memo(function HitRow(props: HitRowProps) {
  const { hit: h, index, top, measure, pageName, chosen, replacement, onToggle, onOpen } = props;
  const { t } = useTranslation();
  return (
    <li
      className="hit"
      data-page={pageName}
      data-index={index}
      ref={measure}
      style={{ transform: `translateY(${top}px)` }}
    >
      <input
        type="checkbox"
        checked={chosen}
        onChange={() => onToggle(h.key)}
        aria-label={`${pageName} ${h.match}`}
      />
      <div className="hit-body">
        <div className="hit-where">
          {pageName} · {t('find.articleN', { n: h.order + 1 })} · {fieldLabel(t, h.field)}
          <button
            type="button"
            className="link-button"
            onClick={() => onOpen(h.pageId, h.articleId, h.field)}
          >
            {t('find.open')}
          </button>
        </div>
        <div className="hit-context">
          <span>{h.before}</span>
          <mark>{h.match}</mark>
          {chosen && replacement !== '' ? <ins className="diff-insert">{replacement}</ins> : null}
          <span>{h.after}</span>
        </div>
      </div>
    </li>
  );
});

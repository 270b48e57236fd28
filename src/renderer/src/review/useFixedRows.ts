// The review list's virtual window: every row is as high, so which places are on screen
// follows from the scroll position alone, and a list of 100,000 costs what one of 50 does
// (no per-row measurements, as a general virtualiser keeps). Nothing is measured while React
// renders or commits: the scroller's height and where the rows begin in it are read when the
// browser has laid out anyway (a ResizeObserver's callback, a scroll event). A layout read
// right after the table is first written made its whole first layout one long task.

import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useLatest } from '../common/useLatest';

export interface RowWindow {
  /** Places `first` up to `last` are drawn. */
  first: number;
  last: number;
  /** The heights the spacers above and below them keep. */
  before: number;
  after: number;
}

/**
 * The places to draw when the rows' top is `top` px above the scroller's visible top (0 or
 * less: the rows start on screen) and `height` px of them can show, `overscan` more either side.
 */
export function rowWindow(
  count: number,
  top: number,
  height: number,
  rowPx: number,
  overscan: number,
): RowWindow {
  const first = Math.min(count, Math.max(0, Math.floor(top / rowPx) - overscan));
  const last = Math.min(count, Math.max(first, Math.ceil((top + height) / rowPx) + overscan));
  return { first, last, before: first * rowPx, after: (count - last) * rowPx };
}

/**
 * The scroller's new scrollTop that brings the row at `index` fully into view, or null when
 * it is already (the rows begin `margin` px into the scrolled content).
 */
export function scrollFor(index: number, scrollTop: number, height: number, margin: number, rowPx: number) {
  const start = margin + index * rowPx;
  if (start < scrollTop) return start;
  if (start + rowPx > scrollTop + height) return start + rowPx - height;
  return null;
}

interface Seen {
  scrollTop: number;
  height: number;
  margin: number;
}

export function useFixedRows(
  count: number,
  rowPx: number,
  overscan: number,
  /** Shown before the scroller is laid out, or where nothing is (a test's DOM). */
  fallbackHeight: number,
  scrollRef: RefObject<HTMLElement | null>,
  bodyRef: RefObject<HTMLElement | null>,
): RowWindow & { scrollToIndex: (index: number) => void } {
  const [seen, setSeen] = useState<Seen>({ scrollTop: 0, height: fallbackHeight, margin: 0 });
  const latest = useLatest(seen);
  useEffect(() => {
    const scroller = scrollRef.current;
    const body = bodyRef.current;
    if (!scroller || !body) return;
    const read = () => {
      const rect = scroller.getBoundingClientRect();
      const next: Seen = {
        scrollTop: scroller.scrollTop,
        height: rect.height > 0 ? rect.height : fallbackHeight,
        margin: Math.max(0, Math.round(body.getBoundingClientRect().top - rect.top + scroller.scrollTop)),
      };
      const was = latest.current;
      if (next.scrollTop !== was.scrollTop || next.height !== was.height || next.margin !== was.margin)
        setSeen(next);
    };
    // Scrolling moves the rows, not the scroller: only its position is read then.
    const onScroll = () => {
      const scrollTop = scroller.scrollTop;
      if (scrollTop !== latest.current.scrollTop) setSeen((s) => ({ ...s, scrollTop }));
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // The scroller resized, or what is above the rows (the filters wrapping, the head).
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    observer?.observe(scroller);
    const head = body.previousElementSibling;
    if (head) observer?.observe(head);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scrollRef, bodyRef, fallbackHeight, latest]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const scroller = scrollRef.current;
      if (!scroller) return;
      const { scrollTop, height, margin } = latest.current;
      const to = scrollFor(index, scrollTop, height, margin, rowPx);
      if (to !== null) scroller.scrollTop = to;
    },
    [scrollRef, rowPx, latest],
  );
  return { ...rowWindow(count, seen.scrollTop - seen.margin, seen.height, rowPx, overscan), scrollToIndex };
}

// Which rows of a list of equally high rows are on screen, from the scroll position and the
// viewport's height alone: nothing is measured per row, so a list growing by 50 rows every
// few milliseconds (an import) costs the rows drawn, not a layout of every row each time.

import { useLayoutEffect, useState, type RefObject } from 'react';

/** Before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED_PX = 600;

export interface FixedRows {
  /** Rows `first` up to `last` (overscan included) are drawn. */
  first: number;
  last: number;
  /** The height of every row together. */
  total: number;
}

export function useFixedRows(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowPx: number,
  overscan: number,
): FixedRows {
  const [view, setView] = useState({ top: 0, height: UNMEASURED_PX });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => {
      const top = element.scrollTop;
      const height = element.clientHeight || UNMEASURED_PX;
      setView((v) => (v.top === top && v.height === height ? v : { top, height }));
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    resized?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      resized?.disconnect();
    };
  }, [scroller]);
  return {
    first: Math.max(0, Math.min(count, Math.floor(view.top / rowPx) - overscan)),
    last: Math.min(count, Math.ceil((view.top + view.height) / rowPx) + overscan),
    total: count * rowPx,
  };
}

/** Scrolls `element` the least that brings row `index` (of rows `rowPx` high) into view. */
export function scrollRowIntoView(element: HTMLElement, index: number, rowPx: number): void {
  const top = index * rowPx;
  const height = element.clientHeight || UNMEASURED_PX;
  if (top < element.scrollTop) element.scrollTo({ top });
  else if (top + rowPx > element.scrollTop + height) element.scrollTo({ top: top + rowPx - height });
}

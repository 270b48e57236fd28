// A toolbar that, in a short window (`compactWhen`), keeps to one row: the buttons that
// fit show, the rest go into a "More" menu at its end (a popover, so it stays keyboard-
// reachable and closes on Escape). Otherwise every button shows, wrapping as needed. What
// fits is measured on an invisible copy of every button, so the words of either language
// are measured as they render.

import { useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import './overflowBar.css';

export interface BarItem {
  key: string;
  label: string;
  title?: string;
  disabled?: boolean;
  /** data-* attributes tests and styles find the button by. */
  data?: Record<string, string>;
  onClick: () => void;
}

interface OverflowBarProps {
  items: BarItem[];
  label: string;
  moreLabel: string;
  className?: string;
  /** A media query: while it matches, the bar is one row with a More menu. */
  compactWhen: string;
}

function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}

const GAP = 4;

export function OverflowBar({ items, label, moreLabel, className, compactWhen }: OverflowBarProps) {
  const compact = useMedia(compactWhen);
  const bar = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const [fit, setFit] = useState(items.length);

  useLayoutEffect(() => {
    const element = bar.current;
    const copy = measure.current;
    if (!element || !copy) return;
    if (!compact) {
      setFit(items.length);
      return;
    }
    const count = () => {
      const widths = [...copy.children].map((c) => (c as HTMLElement).offsetWidth);
      const more = widths.pop() ?? 0;
      const room = element.clientWidth - 12;
      let used = 0;
      let n = 0;
      for (const w of widths) {
        if (used + w > room) break;
        used += w + GAP;
        n++;
      }
      // Not all fit: keep room for the More button.
      if (n < widths.length) while (n > 0 && used + more > room) used -= widths[--n] + GAP;
      setFit(n);
    };
    count();
    const observer = new ResizeObserver(count);
    observer.observe(element);
    return () => observer.disconnect();
  }, [items, compact]);

  const button = (item: BarItem, inMenu: boolean) => (
    <button
      key={item.key}
      type="button"
      role={inMenu ? 'menuitem' : undefined}
      title={item.title}
      disabled={item.disabled}
      {...Object.fromEntries(Object.entries(item.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
      // Keep the focus (and so the raw selection) where it is.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (inMenu) document.getElementById(menuId)?.hidePopover();
        item.onClick();
      }}
    >
      {item.label}
    </button>
  );

  const rest = items.slice(fit);
  return (
    <div
      className={`overflow-bar${compact ? ' compact' : ''} ${className ?? ''}`}
      role="toolbar"
      aria-label={label}
      ref={bar}
    >
      {items.slice(0, fit).map((item) => button(item, false))}
      {rest.length > 0 ? (
        <>
          <button type="button" className="overflow-more" popoverTarget={menuId} aria-haspopup="menu">
            {moreLabel} ▾
          </button>
          <div id={menuId} popover="auto" role="menu" className="overflow-menu">
            {rest.map((item) => button(item, true))}
          </div>
        </>
      ) : null}
      <div className="overflow-measure" ref={measure} aria-hidden="true">
        {items.map((item) => (
          <button key={item.key} type="button" tabIndex={-1}>
            {item.label}
          </button>
        ))}
        <button type="button" tabIndex={-1}>
          {moreLabel} ▾
        </button>
      </div>
    </div>
  );
}

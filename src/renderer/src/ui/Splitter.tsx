// The handle between two panes: drag it, or focus it and use the arrow keys (Shift for big
// steps); Enter folds the pane it sizes away or brings it back. A window splitter in the
// ARIA sense (role separator with its value), so screen readers say how wide the pane is.

import { useRef } from 'react';
import { PANE_LIMITS } from './panes';

interface SplitterProps {
  pane: 'list' | 'articles';
  width: number;
  label: string;
  onResize: (width: number) => void;
  onToggle: () => void;
}

export function Splitter({ pane, width, label, onResize, onToggle }: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  // The list grows to the right of its handle, the article form to the left.
  const sign = pane === 'list' ? 1 : -1;
  const { min, max } = PANE_LIMITS[pane];
  return (
    <div
      className={`splitter splitter-${pane}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width };
      }}
      onPointerMove={(e) => {
        if (drag.current) onResize(drag.current.width + sign * (e.clientX - drag.current.x));
      }}
      onPointerUp={() => (drag.current = null)}
      onDoubleClick={onToggle}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 64 : 16;
        if (e.key === 'ArrowLeft') onResize(width - sign * step);
        else if (e.key === 'ArrowRight') onResize(width + sign * step);
        else if (e.key === 'Enter') onToggle();
        else return;
        e.preventDefault();
      }}
    />
  );
}

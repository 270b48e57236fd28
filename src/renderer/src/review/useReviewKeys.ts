// The review's keys: J or N steps to the next unreviewed article, R takes the one shown a
// step along the status flow. Not while typing, composing or behind a dialog.

import { useEffect } from 'react';
import { isModalOpen } from '../common/modalState';
import { useLatest } from '../common/useLatest';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

export function useReviewKeys<Row>(next: () => void, step: (row: Row) => void, current: Row | null): void {
  // Read through a ref updated at commit, so a key pressed right after the list appears
  // acts on what is on screen.
  const latest = useLatest({ next, step, current });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.defaultPrevented ||
        e.isComposing ||
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        typingIn(e.target) ||
        isModalOpen()
      )
        return;
      const { next, step, current } = latest.current;
      if (e.code === 'KeyJ' || e.code === 'KeyN') {
        e.preventDefault();
        next();
      } else if (e.code === 'KeyR' && current) {
        e.preventDefault();
        step(current);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [latest]);
}

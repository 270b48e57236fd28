// The counts of the import under way, for the progress bar alone: a change of them draws
// the bar again and nothing else. Held in the window's state they drew the whole desk
// again every frame of an import (every pane, the article form, the page list).

import type { ImportProgress } from './types';

export interface ProgressSource {
  subscribe: (listener: () => void) => () => void;
  get: () => ImportProgress | null;
}

interface ProgressStore extends ProgressSource {
  set: (progress: ImportProgress | null) => void;
}

export function progressStore(): ProgressStore {
  let value: ImportProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => value,
    set: (progress) => {
      value = progress;
      for (const l of listeners) l();
    },
  };
}

// A React root in a fresh container for each test of a file, unmounted after it. Call it at
// the top of a test file after the file's own hooks: Vitest runs after-hooks last-registered
// first, so the tree unmounts before the file closes its database.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React warns about updates outside act() unless it knows it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  /** The element the tree is drawn into, attached to the document. */
  readonly container: HTMLDivElement;
  /** Draws `node` inside act(), so effects have run when it returns. */
  render(node: ReactNode): void;
}

export function mountPerTest(): Mounted {
  let container: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    root = container = null;
  });
  return {
    get container() {
      if (!container) throw new Error('mountPerTest: no test is running');
      return container;
    },
    render(node) {
      if (!root) throw new Error('mountPerTest: no test is running');
      act(() => root!.render(node));
    },
  };
}

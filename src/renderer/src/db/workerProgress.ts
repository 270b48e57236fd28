import { proxy } from 'comlink';

/**
 * A progress callback handed to a worker through comlink. A proxied callback's calls travel
 * on a message port of their own, so the last of them can arrive after the worker's answer:
 * a late "made 1,200" then put a finished export dialog back into its working state, with
 * Close never coming. Calls that arrive once `settle` has run are dropped.
 */
export function workerProgress<A extends unknown[]>(report: (...args: A) => void) {
  let open = true;
  return {
    callback: proxy((...args: A) => {
      if (open) report(...args);
    }),
    settle: () => {
      open = false;
    },
  };
}

// Work that can wait for a moment the window has nothing to do: between two keystrokes, not
// in the middle of one. Where the browser has no idle callbacks (tests, old engines) it runs
// at once.

/** Runs `work` at the window's next idle moment, or after `timeoutMs` at the latest; the result cancels it. */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    work();
    return () => {};
  }
  const id = requestIdleCallback(() => work(), { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}

/** Runs `work` after `delayMs` and then at the window's next idle moment (at most `timeoutMs` more); the result cancels it. */
export function whenIdleAfter(work: () => void, delayMs: number, timeoutMs: number): () => void {
  let cancel: () => void;
  const delay = setTimeout(() => (cancel = whenIdle(work, timeoutMs)), delayMs);
  cancel = () => clearTimeout(delay);
  return () => cancel();
}

/**
 * Runs `work` once `deadline()` (performance.now() time) has passed and then at the window's
 * next idle moment (at most `timeoutMs` more); the result cancels it. The deadline may move
 * later meanwhile and is read only when a wait ends, so moving it on every keystroke costs
 * nothing, where cancelling and setting a timer each time did; a deadline moved during the
 * idle wait sends it back to waiting.
 */
export function whenIdlePast(work: () => void, deadline: () => number, timeoutMs: number): () => void {
  let cancel = () => {};
  const wait = () => {
    const left = deadline() - performance.now();
    if (left > 0) {
      const timer = setTimeout(wait, left);
      cancel = () => clearTimeout(timer);
    } else cancel = whenIdle(() => (deadline() > performance.now() ? wait() : work()), timeoutMs);
  };
  wait();
  return () => cancel();
}

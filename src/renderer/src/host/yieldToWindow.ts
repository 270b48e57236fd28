// Lets the window paint and answer input between slices of a long loop. scheduler.yield()
// resumes ahead of other queued tasks (Chromium 129+); a setTimeout(0) chain is clamped to
// 4 ms a turn after five turns, which costs a loop of short slices most of its time.

interface Scheduler {
  yield(): Promise<void>;
}

export function yieldToWindow(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

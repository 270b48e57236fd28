// A Chromium trace of one stretch of work in a page, summed up as what its main thread spent
// its time on (self time per trace event: script, style, layout, paint, compositing…), so a
// browser bench can say where the time goes beyond script, which a CPU profile cannot.

import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (its wall time less the time it waited for a core). */
  tdur?: number;
  args?: {
    name?: string;
    beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
  };
}

/** Self ms per trace event name, and how many layouts script forced, by the script that forced them. */
export interface MainThreadTimes {
  self: Map<string, number>;
  forcedBy: Map<string, number>;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink',
  'cc',
  'gpu',
  'v8',
  'toplevel',
].join(',');

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/** Starts tracing the browser; the returned function ends it and gives the trace (JSON). */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<string>> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
  return async () => {
    await cdp.send('Tracing.end');
    return readStream(cdp, await done);
  };
}

/**
 * Runs `work` (typing) under the tracer; self milliseconds per event name on the renderer
 * main thread that inserted the most typed text (the tracer sees every page of the browser).
 */
export async function traceMainThread(cdp: CDPSession, work: () => Promise<void>): Promise<MainThreadTimes> {
  const stop = await startTrace(cdp);
  await work();
  const { traceEvents } = JSON.parse(await stop()) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of traceEvents) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.dur === undefined || !mains.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  let typed: TraceEvent[] = [];
  let most = -1;
  for (const events of byThread.values()) {
    const inserts = events.filter((e) => e.name === 'TypingCommand::InsertText').length;
    if (inserts > most) [most, typed] = [inserts, events];
  }
  const forcedBy = new Map<string, number>();
  for (const e of typed) {
    const top =
      e.name === 'Layout' || e.name === 'UpdateLayoutTree' ? e.args?.beginData?.stackTrace?.[0] : undefined;
    if (!top) continue;
    const where = `${e.name} ${top.functionName || '(anonymous)'} ${top.url.split('/').pop()}:${top.lineNumber}`;
    forcedBy.set(where, (forcedBy.get(where) ?? 0) + 1);
  }
  return { self: selfTimes(typed), forcedBy };
}

/**
 * Each event's CPU time less its children's (events nest by time on one thread), summed by
 * name, in ms. Thread time, not wall time: on a loaded machine the wall time of an event
 * includes the time the thread waited for a core.
 */
function selfTimes(events: TraceEvent[]): Map<string, number> {
  const cost = (e: TraceEvent) => e.tdur ?? e.dur!;
  events.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number; children: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const top = stack.pop()!;
      self.set(top.e.name, (self.get(top.e.name) ?? 0) + (cost(top.e) - top.children) / 1000);
    }
  };
  for (const e of events) {
    close(e.ts);
    if (stack.length) stack[stack.length - 1].children += cost(e);
    stack.push({ e, end: e.ts + e.dur!, children: 0 });
  }
  close(Infinity);
  return self;
}

/**
 * The window's task that took the most CPU time in a trace (`startTrace`'s JSON), in ms: its
 * CPU time and its wall time. On a loaded machine the wall time of a task is mostly waiting
 * for a core (10x its CPU time at load 14), so the CPU time is what compares across runs.
 */
export function costliestTask(trace: string): { cpuMs: number; wallMs: number } {
  const { traceEvents } = JSON.parse(trace) as { traceEvents: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let most = { cpuMs: 0, wallMs: 0 };
  for (const e of traceEvents) {
    if (e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined || !mains.has(`${e.pid}:${e.tid}`))
      continue;
    if (e.tdur / 1000 > most.cpuMs) most = { cpuMs: e.tdur / 1000, wallMs: (e.dur ?? 0) / 1000 };
  }
  return most;
}

// CPU profiles and heap sizes of a page's window and its dedicated workers (where a restore
// or a backup runs), through Chromium's DevTools port: Playwright's CDP sessions reach pages
// and frames only, not workers. Chromium must be started with `--remote-debugging-port=PORT`.

import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';

type Message = {
  id?: number;
  sessionId?: string;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
};

/** What one heap sample of a target says (Runtime.getHeapUsage). */
type HeapUsage = {
  usedSize: number;
  totalSize: number;
  embedderHeapUsedSize?: number;
  backingStorageSize?: number;
};

/**
 * Connects to the page at `pageUrl`'s start and to every worker it has or starts. `cpu`
 * false samples heaps only (no CPU profile, whose sampling costs time).
 */
export async function workerProfiler(port: number, pageUrl: string, { cpu = true } = {}) {
  const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const socket = new WebSocket(version.webSocketDebuggerUrl, { maxPayload: 2 ** 31 });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  const sessions = new Map<string, string>();
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  let running = false;
  const profile = async (sessionId: string) => {
    if (!cpu) return;
    await send('Profiler.enable', {}, sessionId);
    await send('Profiler.setSamplingInterval', { interval: 500 }, sessionId);
    // A worker started on first use (the backup worker) is profiled from its start.
    if (running) await send('Profiler.start', {}, sessionId);
  };
  /** Heap snapshot chunks as they come, by session. */
  const chunks = new Map<string, string[]>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as Message;
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
    if (message.method === 'HeapProfiler.addHeapSnapshotChunk' && message.sessionId)
      chunks.get(message.sessionId)?.push((message.params as { chunk: string }).chunk);
    if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = message.params as {
        sessionId: string;
        targetInfo: { type: string; url: string };
      };
      sessions.set(
        sessionId,
        `${targetInfo.type}-${targetInfo.url.replace(/.*\//, '').replace(/[^\w.-]/g, '_')}`,
      );
      void profile(sessionId);
    }
  });
  const { targetInfos } = (await send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(pageUrl));
  if (!target) throw new Error(`no page at ${pageUrl}`);
  const { sessionId: pageSession } = (await send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: true,
  })) as {
    sessionId: string;
  };
  sessions.set(pageSession, 'window');
  await profile(pageSession);
  await send(
    'Target.setAutoAttach',
    { autoAttach: true, waitForDebuggerOnStart: false, flatten: true },
    pageSession,
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  /** The most each target's V8 heap held (used, and allocated) while profiled. */
  const heaps = new Map<string, { used: number; total: number }>();
  let sampler: ReturnType<typeof setInterval> | undefined;
  /** The page's heaps summed in one round of samples: the most, and the first round's. */
  let summed = { peak: 0, start: -1, atPeak: new Map<string, HeapUsage>(), peakAt: 0 };
  let startedAt = 0;
  let sampling = false;
  const sampleHeaps = async () => {
    if (sampling) return;
    sampling = true;
    let sum = 0;
    const round = new Map<string, HeapUsage>();
    for (const [id, name] of sessions) {
      const usage = (await send('Runtime.getHeapUsage', {}, id)) as HeapUsage | undefined;
      if (!usage) continue;
      const peak = heaps.get(name) ?? { used: 0, total: 0 };
      heaps.set(name, {
        used: Math.max(peak.used, usage.usedSize),
        total: Math.max(peak.total, usage.totalSize),
      });
      // V8's heap as allocated, the ArrayBuffers it holds and Blink's objects (Oilpan): what
      // DevTools counts as the page's JavaScript memory.
      sum += usage.totalSize + (usage.backingStorageSize ?? 0) + (usage.embedderHeapUsedSize ?? 0);
      round.set(name, usage);
    }
    if (sum > summed.peak) summed = { ...summed, atPeak: round, peakAt: Date.now() - startedAt };
    summed = { ...summed, peak: Math.max(summed.peak, sum), start: summed.start < 0 ? sum : summed.start };
    sampling = false;
  };
  return {
    async start(): Promise<void> {
      running = true;
      if (cpu) for (const id of sessions.keys()) await send('Profiler.start', {}, id);
      heaps.clear();
      summed = { peak: 0, start: -1, atPeak: new Map(), peakAt: 0 };
      startedAt = Date.now();
      await sampleHeaps();
      sampler = setInterval(() => void sampleHeaps(), 100);
    },
    /** The most each target's V8 heap held since start, in bytes: used and allocated. */
    heapPeaks: () => new Map(heaps),
    /** The most the page's heaps held at once since start (summed each round), at start, and each target's then. */
    heapSum: () => ({ ...summed }),
    /** Writes `<prefix>.<target>.cpuprofile` for the window and each worker. */
    async stop(prefix: string): Promise<void> {
      clearInterval(sampler);
      await sampleHeaps();
      if (!cpu) return;
      for (const [id, name] of sessions) {
        const result = (await send('Profiler.stop', {}, id)) as { profile?: unknown } | undefined;
        if (result?.profile) writeFileSync(`${prefix}.${name}.cpuprofile`, JSON.stringify(result.profile));
      }
    },
    /**
     * Writes a heap snapshot (after the full collection DevTools makes first: what is live)
     * of every target whose name starts with `target` to `<prefix>.<target>.heapsnapshot`.
     */
    async snapshot(target: string, prefix: string): Promise<string[]> {
      const files: string[] = [];
      for (const [id, name] of sessions) {
        if (!name.startsWith(target)) continue;
        chunks.set(id, []);
        await send('HeapProfiler.enable', {}, id);
        await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, id);
        const file = `${prefix}.${name}.heapsnapshot`;
        writeFileSync(file, chunks.get(id)!.join(''));
        chunks.delete(id);
        files.push(file);
      }
      return files;
    },
    close: () => socket.close(),
  };
}

// CPU profiles of a page's window and its dedicated workers (where a restore or a backup
// runs), through Chromium's DevTools port: Playwright's CDP sessions reach pages and frames
// only, not workers. Chromium must be started with `--remote-debugging-port=PORT`.

import { writeFileSync } from 'node:fs';
import WebSocket from 'ws';

type Message = {
  id?: number;
  sessionId?: string;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
};

/** Connects to the page at `pageUrl`'s start and to every worker it has or starts. */
export async function workerProfiler(port: number, pageUrl: string) {
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
    await send('Profiler.enable', {}, sessionId);
    await send('Profiler.setSamplingInterval', { interval: 500 }, sessionId);
    // A worker started on first use (the backup worker) is profiled from its start.
    if (running) await send('Profiler.start', {}, sessionId);
  };
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as Message;
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
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
  const sampleHeaps = async () => {
    for (const [id, name] of sessions) {
      const usage = (await send('Runtime.getHeapUsage', {}, id)) as
        { usedSize: number; totalSize: number } | undefined;
      if (!usage) continue;
      const peak = heaps.get(name) ?? { used: 0, total: 0 };
      heaps.set(name, {
        used: Math.max(peak.used, usage.usedSize),
        total: Math.max(peak.total, usage.totalSize),
      });
    }
  };
  return {
    async start(): Promise<void> {
      running = true;
      for (const id of sessions.keys()) await send('Profiler.start', {}, id);
      heaps.clear();
      sampler = setInterval(() => void sampleHeaps(), 250);
    },
    /** The most each target's V8 heap held since start, in bytes: used and allocated. */
    heapPeaks: () => new Map(heaps),
    /** Writes `<prefix>.<target>.cpuprofile` for the window and each worker. */
    async stop(prefix: string): Promise<void> {
      clearInterval(sampler);
      for (const [id, name] of sessions) {
        const result = (await send('Profiler.stop', {}, id)) as { profile?: unknown } | undefined;
        if (result?.profile) writeFileSync(`${prefix}.${name}.cpuprofile`, JSON.stringify(result.profile));
      }
    },
    close: () => socket.close(),
  };
}

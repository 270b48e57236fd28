// Importing 1,000 generated pages (~12 MB, each joined from fixture pages to the size of a
// real page; `npx tsx bench/browser-import.bench.ts 10000` for the scaled variant) in
// Chromium through the real path: files written to a folder on disk and chosen in the
// "Open files…" chooser, the browser Host, decoding and the chunked Dexie import. Beside it,
// in the same run, the same records written by a bare IndexedDB put loop. Goals: under 3 s,
// Dexie overhead under 1.3×, no task over 100 ms, heap under 150 MB; 10,000 pages at no less
// than 0.8× the pages per second of 1,000.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';
import { startGalley } from '../tests/e2e/support/browser';
import type { Page, PageText } from '../src/core/model';
import type { ImportReport } from '../src/renderer/src/import/types';

const PAGES = Number(process.argv[2] ?? 1000);

function generatePages(): { name: string; buffer: Buffer }[] {
  const samples = FIRST_TRAIN_PAGES.map(fixtureText);
  return Array.from({ length: PAGES }, (_, i) => {
    // A different first line per page makes every file's bytes (and sha256) its own.
    // Fixture pages are short; two joined (~12 KB of UTF-8) are the size of a real page.
    const body = `${samples[i % samples.length]}\n${samples[(i + 1) % samples.length]}`;
    const text = `第${i + 1}期 第${(i % 16) + 1}版\n${body}`;
    return {
      name: `issue-${String(Math.floor(i / 16) + 1).padStart(3, '0')}-page-${String(i + 1).padStart(4, '0')}.txt`,
      buffer: Buffer.from(text, 'utf8'),
    };
  });
}

const files = generatePages();
const totalBytes = files.reduce((n, f) => n + f.buffer.byteLength, 0);
// On disk, as an archivist's pages are: the chooser hands the browser paths, not buffers.
const folder = mkdtempSync(path.join(os.tmpdir(), 'galley-bench-import-'));
const paths = files.map((f) => {
  const file = path.join(folder, f.name);
  writeFileSync(file, f.buffer);
  return file;
});
const galley = await startGalley({ extraArgs: ['--enable-precise-memory-info'] });
try {
  const page = await galley.open('?galley-test');
  // tsx compiles with keepNames, which wraps named functions in a __name() helper that
  // the page does not have.
  await page.evaluate('window.__name = (f) => f');
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: { start: number; end: number }[]; __frames: number[] };
    w.__tasks = [];
    w.__frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    const frame = (now: number) => {
      w.__frames.push(now);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

  // GALLEY_BENCH_PROFILE=<file.cpuprofile>: the window's CPU profile from choosing the files
  // to the end of the import, for finding what grows with the project.
  const profileTo = process.env.GALLEY_BENCH_PROFILE;
  const profiler = profileTo ? await galley.context.newCDPSession(page) : undefined;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 1000 });
    await profiler.send('Profiler.start');
  }
  // The window's busy time (CPU, or held waiting on the browser) from the click to the
  // import's end: under load wall-clock figures stretch, this much less.
  const metrics = await galley.context.newCDPSession(page);
  await metrics.send('Performance.enable');
  const busyMs = async () => {
    const { metrics: all } = await metrics.send('Performance.getMetrics');
    return (all.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const busyBefore = await busyMs();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open files…' }).first().click(),
  ]);
  await chooser.setFiles(paths);
  await page.waitForFunction(() => (window.__galleyTest?.imports.length ?? 0) > 0, null, {
    timeout: 1_200_000,
  });
  const report: ImportReport = await page.evaluate(() => window.__galleyTest!.imports[0]);
  const windowBusy = (await busyMs()) - busyBefore;
  if (profiler && profileTo) {
    const { profile } = await profiler.send('Profiler.stop');
    writeFileSync(profileTo, JSON.stringify(profile));
  }
  // Only what happened between the start and the end of the import itself (the file
  // chooser handing over 1,000 files is the browser's work, not Galley's).
  const longest = await page.evaluate(
    ({ from, to }) => {
      const w = window as unknown as { __tasks: { start: number; end: number }[]; __frames: number[] };
      // A task that began before the import counts only from the import's start.
      const task = Math.max(0, ...w.__tasks.map((t) => Math.min(t.end, to) - Math.max(t.start, from)));
      const frames = w.__frames.filter((f) => f >= from && f <= to);
      let gap = 0;
      for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i] - frames[i - 1]);
      return { task, gap };
    },
    { from: report.startedAt, to: report.startedAt + report.elapsedMs },
  );
  // Where the longest tasks fell (seconds into the import), to tell growth from a one-off.
  const tasks = await page.evaluate(
    ({ from, to }) =>
      (window as unknown as { __tasks: { start: number; end: number }[] }).__tasks
        .filter((t) => t.end > from && t.start < to)
        .map((t) => ({ at: (t.start - from) / 1000, ms: t.end - t.start })),
    { from: report.startedAt, to: report.startedAt + report.elapsedMs },
  );
  const worst = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 8);
  console.error(
    `long tasks during the import: ${tasks.length}; longest ${worst.map((t) => `${t.ms.toFixed(0)} ms at ${t.at.toFixed(1)} s`).join(', ')}`,
  );
  if (report.imported !== PAGES)
    throw new Error(
      `imported ${report.imported} of ${PAGES}: ${JSON.stringify(report.failures.slice(0, 3))}`,
    );
  // The import's own figures first: the store comparison below takes long at scaled sizes.
  const seconds = report.elapsedMs / 1000;
  console.log(`import.pages: ${PAGES} pages`);
  console.log(`import.pages_per_s: ${(PAGES / seconds).toFixed(0)} pages/s`);
  console.log(`import.mb_per_s: ${(totalBytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`);
  console.log(`import.total_ms: ${report.elapsedMs.toFixed(0)} ms`);
  console.log(`import.write_ms: ${report.storeMs.toFixed(0)} ms`);
  console.log(`import.window_busy_ms: ${windowBusy.toFixed(0)} ms`);
  // The Long Tasks API reports only tasks over 50 ms: 0 means none was that long.
  console.log(`import.longest_task_ms: ${longest.task.toFixed(0)} ms`);
  console.log(`import.longest_frame_gap_ms: ${longest.gap.toFixed(0)} ms`);

  // Dexie's cost: the same records stored through the import's own store path (one
  // transaction per 100 pages, with its duplicate and changed-version look-ups) and put
  // one by one into a bare IndexedDB with the same stores and indexes, each into a fresh
  // database, alternating, five rounds (one at scaled sizes over 1,000 pages, to fit the
  // time); the medians are compared.
  const store = await page.evaluate(
    async (rounds) => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>(
          (res, rej) => (
            (r.onsuccess = () => res(r.result)),
            (r.onerror = () => rej(r.error ?? new Error('IndexedDB request failed')))
          ),
        );
      const done = (tx: IDBTransaction) =>
        new Promise<void>(
          (res, rej) => (
            (tx.oncomplete = () => res()),
            (tx.onerror = () => rej(tx.error ?? new Error('IndexedDB transaction failed')))
          ),
        );
      const galleyDb = await request(indexedDB.open('galley'));
      const read = galleyDb.transaction(['pages', 'texts']);
      const [pages, texts] = await Promise.all([
        request(read.objectStore('pages').getAll() as IDBRequest<Page[]>),
        request(read.objectStore('texts').getAll() as IDBRequest<PageText[]>),
      ]);
      galleyDb.close();
      const raw = new Map(texts.map((t) => [t.pageId, t.raw]));
      const decoded = pages.map((p) => ({
        ok: true as const,
        name: p.name,
        relativePath: p.relativePath,
        raw: raw.get(p.id)!,
        sha256: p.sha256,
        encoding: p.encoding,
        bom: p.bom,
        lineEndings: p.lineEndings,
        byteLength: p.byteLength,
        empty: p.empty,
        encodingGuessed: false,
      }));
      const bareRound = async (name: string) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const p = open.result.createObjectStore('pages', { keyPath: 'id' });
          for (const index of ['name', 'relativePath', 'sha256', 'importedAt']) p.createIndex(index, index);
          open.result.createObjectStore('texts', { keyPath: 'pageId' });
        };
        const bare = await request(open);
        const started = performance.now();
        for (let i = 0; i < pages.length; i += 100) {
          const tx = bare.transaction(['pages', 'texts'], 'readwrite');
          for (let j = i; j < Math.min(i + 100, pages.length); j++) {
            tx.objectStore('pages').put(pages[j]);
            tx.objectStore('texts').put(texts[j]);
          }
          await done(tx);
        }
        const ms = performance.now() - started;
        bare.close();
        return ms;
      };
      const dexie: number[] = [];
      const bare: number[] = [];
      // Which goes first alternates, so neither always meets a warmer or busier machine.
      for (let round = 0; round < rounds; round++) {
        const runDexie = async () =>
          dexie.push(await window.__galleyTest!.timeStore(`bench-dexie-${round}`, decoded, 100));
        const runBare = async () => bare.push(await bareRound(`bench-bare-${round}`));
        if (round % 2 === 0) await runDexie().then(runBare);
        else await runBare().then(runDexie);
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      return { dexieMs: median(dexie), bareMs: median(bare) };
    },
    PAGES > 1000 ? 1 : 5,
  );

  const cdp = await galley.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const rows = await page.locator('.page-row').count();
  if (rows === 0) throw new Error('the page list is not showing');

  console.log(`import.store_dexie_ms: ${store.dexieMs.toFixed(0)} ms`);
  console.log(`import.store_bare_idb_ms: ${store.bareMs.toFixed(0)} ms`);
  console.log(`import.dexie_overhead_ratio: ${(store.dexieMs / store.bareMs).toFixed(2)} x`);
  console.log(`import.heap_mb: ${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`);
  console.log(`import.generated_mb: ${(totalBytes / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await galley.close();
  rmSync(folder, { recursive: true, force: true });
}

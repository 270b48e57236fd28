// Review, export and backup in Chromium through the built web app, on a project restored
// from a generated backup (written to a file on disk and chosen in the file chooser): pages
// cut from the samples, 40 articles each (by default 2,000 articles of ~400 characters,
// corrected the way OCR damage is undone; `npm run bench -- browser-review 100000`, or
// `npx tsx bench/browser-review.bench.ts 100000`, for the scaled variant). Figures:
//   restore.ms              restore chosen to the report on screen: read, checked and planned in
//                           the backup worker, Restore clicked, written in bounded transactions
//                           (the backup carries its articles' figures, as the app's own do)
//   restore.preview_ms      of which: chosen to the plan shown
//   restore.longest_task_ms the window's longest task meanwhile
//   review.corpus_open_ms   Review clicked (then "All pages" chosen, where a page was open) to the
//                           list of every article on screen, its first rows drawn with their figures
//   review.counted_ms       to the statuses and figures summed over every article shown (they
//                           follow the first rows: the review worker sends those before it reads the rest)
//   review.longest_task_ms  the window's longest task until then (Long Tasks API: 0 = none over 50 ms)
//   review.sorted_open_ms   then "By change ratio" chosen to its first row on screen (every
//                           article's ratio sorted in the review worker); with its longest task
//   open.kept_profile_ms    (on a kept profile) the app opened to its page list, including an
//                           upgrade of a database written by an older Galley
//   export.browser_ms       export started to the zip download (every format); also printed
//                           as export.all_formats_ms, its earlier name
//   export.longest_task_ms  the window's longest task meanwhile
//   backup.ms               back up clicked to the download (streamed through gzip in the worker)
//   backup.longest_task_ms  the window's longest task meanwhile
//   *.cpu_ms                CPU time all of Chromium's processes (window, workers, IndexedDB)
//                           spent in that step, from /proc: on a shared machine, beside the wall time
//   *.peak_rss_mb           the most Chromium's processes held meanwhile above what they held
//                           when it began (resident, summed, sampled every 100 ms)
//   *.peak_heap_mb          the most the page's JavaScript heaps held at once in that step: V8's heap
//                           as allocated, the ArrayBuffers it holds and Blink's objects, summed over
//                           the window and every worker (sampled every 100 ms through DevTools)
//   *.peak_heap_vs_unpacked that against the backup's uncompressed size (the issue's goal: < 3 for
//                           backup and restore)
//   *.peak_vs_unpacked      peak_rss_mb against the same size: stricter, as it
//                           counts all of Chromium's memory (decoded text, IndexedDB's buffers)
//   *.peak_above_idle_mb    the most they held meanwhile above the idle app before the restore:
//                           an earlier step's unreturned memory can hide a step's own above its start
// Goals: review open < 1 s and export < 60 s at 100,000 articles, no window task over 100 ms.
// Options (after the size): `--steps review,export` runs only those steps (default: restore,
// review, export, backup); `--keep-profile DIR` keeps Chromium's profile in DIR: the first run
// restores into it, later runs at the same size open it and skip the restore (at 100,000
// articles the restore alone takes minutes), so a step can be measured again and again.
// GALLEY_BENCH_SNAPSHOT_AT=SECONDS writes the restore worker's heap snapshot that long after the
// file is chosen (/tmp/galley-restore.<worker>.heapsnapshot), to see what it holds.
// GALLEY_BENCH_PROFILE=PREFIX writes CPU profiles of each step (restore, review's "All pages",
// export, backup), one for the window and one for each worker
// (PREFIX-restore.worker-backup.worker-….cpuprofile). GALLEY_BENCH_TRACE=FILE writes a Chromium
// trace of review's "All pages" (layout, style, paint beside script; open it in DevTools) and
// prints review.costliest_task_cpu_ms (the window's task that took the most CPU time, and its
// wall time: on a loaded machine a task's wall time is mostly waiting for a core).

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { streamBackup, type ProjectData } from '../src/core/backup';
import { emptyProjectData } from '../src/core/backup/types';
import { countedFigures } from '../src/core/backup/figures';
import { checkPage, coverage } from '../src/core/article';
import { emptyContent, type Article, type Page } from '../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';
import { startGalley } from '../tests/e2e/support/browser';
import { costliestTask, startTrace } from './mainThreadTrace';
import { workerProfiler } from './workerProfile';

const PER_PAGE = 40;
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const KEEP = option('--keep-profile');
const STEPS = new Set((option('--steps') ?? 'restore,review,export,backup').split(','));
const ARTICLES = Number(args[0] ?? 2_000);
const PAGES = Math.ceil(ARTICLES / PER_PAGE);
/**
 * The kept profile's origin: IndexedDB is kept per origin, so always the same port for the
 * same profile folder, and another port for another folder (two benches kept at once).
 */
const KEPT_PORT =
  KEEP === undefined
    ? 0
    : 41_713 + (createHash('sha256').update(path.resolve(KEEP)).digest().readUInt16BE(0) % 2000);

function project(): ProjectData {
  const samples = FIRST_TRAIN_PAGES.map(fixtureText);
  const data = emptyProjectData();
  for (let p = 0; p < PAGES; p++) {
    const raw = `第${p}期\n` + samples[p % samples.length];
    const id = `page-${p}`;
    const page: Page = {
      id,
      name: `page-${String(p).padStart(3, '0')}.txt`,
      relativePath: `issue-${Math.floor(p / 10)}/page-${String(p).padStart(3, '0')}.txt`,
      sha256: createHash('sha256').update(raw).digest('hex'),
      encoding: 'utf-8',
      bom: false,
      lineEndings: 'lf',
      byteLength: Buffer.byteLength(raw),
      charLength: raw.length,
      importedAt: 0,
      empty: false,
      furniture: [],
      articleCount: PER_PAGE,
      coverage: 0,
    };
    data.pages.push(page);
    data.texts.push({ pageId: id, raw });
    const size = Math.floor(raw.length / PER_PAGE);
    for (let i = 0; i < PER_PAGE; i++) {
      const span = { start: i * size, end: (i + 1) * size };
      const text = raw.slice(span.start, span.end).replace(/\n/g, '').replace(/,/g, '，');
      const article: Article = {
        ...emptyContent(),
        paragraphs: [{ text, spans: [span] }],
        id: `${id}-a${i}`,
        pageId: id,
        order: i,
        status: i % 2 === 0 ? 'reviewed' : 'corrected',
        createdAt: 0,
        updatedAt: 1,
      };
      if (article.status === 'reviewed') Object.assign(article, { reviewer: '张冲', reviewedAt: 1 });
      data.articles.push(article);
    }
  }
  return data;
}

/** Each page's coverage and problem count as the app keeps them (an app's backup carries them). */
function withPageFigures(data: ProjectData): void {
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const onPage = new Map<string, Article[]>();
  for (const a of data.articles) onPage.set(a.pageId, [...(onPage.get(a.pageId) ?? []), a]);
  for (const page of data.pages) {
    const articles = onPage.get(page.id) ?? [];
    const raw = raws.get(page.id)!;
    page.coverage = coverage(raw, articles, page.furniture);
    page.problemCount = checkPage(raw, { pageId: page.id, articles, furniture: page.furniture }).length;
  }
}

/** Chromium's processes: this process's descendants, from /proc (Linux). */
function chromiumPids(): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  const tree = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parent) if (!tree.has(pid) && tree.has(ppid)) grew = Boolean(tree.add(pid));
  }
  tree.delete(process.pid);
  return [...tree];
}

const TICK_MS = 10; // getconf CLK_TCK is 100 on Linux

/** Chromium's process kind (its `--type`; none for the browser process itself). */
function kindOf(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const service = /--utility-sub-type=([\w.-]+)/.exec(cmd)?.[1];
    return service ? `${type}.${service.replace(/^.*\./, '')}` : type;
  } catch {
    return 'gone';
  }
}

type Usage = { rss: number; cpuMs: number; byKind: Map<string, { rss: number; cpuMs: number }> };

/** Resident bytes and CPU milliseconds of `pids`, summed, and summed per process kind. */
function usageOf(pids: readonly number[]): Usage {
  let rss = 0;
  let cpuMs = 0;
  const byKind = new Map<string, { rss: number; cpuMs: number }>();
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const own = {
        rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024,
        cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      };
      rss += own.rss;
      cpuMs += own.cpuMs;
      const kind = kindOf(pid);
      const sum = byKind.get(kind) ?? { rss: 0, cpuMs: 0 };
      byKind.set(kind, { rss: sum.rss + own.rss, cpuMs: sum.cpuMs + own.cpuMs });
    } catch {
      // ended meanwhile
    }
  }
  return { rss, cpuMs, byKind };
}

/** Watches Chromium's processes through one step: its CPU time and peak memory above the start, also per process kind. */
function watchChromium(): () => Use {
  let pids = chromiumPids();
  const start = usageOf(pids);
  let peak = start.rss;
  const kindPeaks = new Map<string, number>();
  const note = (u: Usage) => {
    peak = Math.max(peak, u.rss);
    for (const [kind, k] of u.byKind) kindPeaks.set(kind, Math.max(kindPeaks.get(kind) ?? 0, k.rss));
  };
  let samples = 0;
  const timer = setInterval(() => {
    if (++samples % 10 === 0) pids = chromiumPids();
    note(usageOf(pids));
  }, 100);
  return () => {
    clearInterval(timer);
    const end = usageOf(chromiumPids());
    note(end);
    const kinds = new Map<string, { cpuMs: number; peakRss: number }>();
    for (const [kind, k] of end.byKind) {
      const before = start.byKind.get(kind) ?? { rss: 0, cpuMs: 0 };
      kinds.set(kind, {
        cpuMs: k.cpuMs - before.cpuMs,
        peakRss: (kindPeaks.get(kind) ?? k.rss) - before.rss,
      });
    }
    return { cpuMs: end.cpuMs - start.cpuMs, peakRss: peak - start.rss, peak, kinds };
  };
}

type Watched = Window & {
  __tasks: { start: number; end: number }[];
  /** When Review was clicked, the corpus review drew its first rows, and its counts. */
  __clicked?: number;
  __opened?: number;
  __counted?: number;
};
type Use = {
  cpuMs: number;
  peakRss: number;
  peak: number;
  kinds: Map<string, { cpuMs: number; peakRss: number }>;
};

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'galley-bench-review-'));
  const backupFile = path.join(folder, 'bench.galley-backup');
  const data = project();
  // Figures carried as the app's own backups carry them (GALLEY_BENCH_NO_FIGURES: an older backup's restore).
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const figures = process.env.GALLEY_BENCH_NO_FIGURES
    ? []
    : data.articles.map((a) => countedFigures(a.id, a, raws.get(a.pageId)!));
  if (!process.env.GALLEY_BENCH_NO_FIGURES) withPageFigures(data);
  const file = streamBackup(data, { createdAt: 0, figures });
  const unpacked = gunzipSync(file).byteLength;
  writeFileSync(backupFile, file);
  // A kept profile says which size it was seeded with; another size starts it afresh.
  const seeded = KEEP === undefined ? null : path.join(KEEP, `galley-bench-seeded-${ARTICLES}`);
  const reuse = seeded !== null && existsSync(seeded);
  if (KEEP !== undefined && !reuse) {
    rmSync(KEEP, { recursive: true, force: true });
    mkdirSync(KEEP, { recursive: true });
  }
  const profileTo = process.env.GALLEY_BENCH_PROFILE;
  const traceTo = process.env.GALLEY_BENCH_TRACE;
  const devtoolsPort = KEPT_PORT === 0 ? 9339 : KEPT_PORT + 2000;
  const galley = await startGalley({
    ...(KEEP === undefined ? {} : { keptProfile: { dir: KEEP, port: KEPT_PORT } }),
    // The DevTools port always: the page's heaps are sampled through it (workerProfile.ts).
    extraArgs: [`--remote-debugging-port=${devtoolsPort}`],
  });
  await galley.context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true });
    const w = window as unknown as Watched;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
  });
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  try {
    const opening = performance.now();
    const page = await galley.open();
    if (reuse) console.log(`open.kept_profile_ms: ${(performance.now() - opening).toFixed(0)} ms`);
    const idle = usageOf(chromiumPids()).rss;
    const profiler = await workerProfiler(devtoolsPort, galley.url, { cpu: Boolean(profileTo) });
    const ms = () => page.evaluate(() => performance.now());
    const longestTask = (from: number, to: number) =>
      page.evaluate(
        ({ from, to }) =>
          Math.max(
            0,
            ...(window as unknown as Watched).__tasks.map(
              (t) => Math.min(t.end, to) - Math.max(t.start, from),
            ),
          ),
        { from, to },
      );
    /** The page's heaps through the step just stopped (sampled every 100 ms, summed over window and workers). */
    const heaps = (name: string) => {
      const { peak, start, atPeak, peakAt } = profiler.heapSum();
      console.log(
        `${name}.peak_heap_mb: ${mb(peak)} MB (at start ${mb(start)} MB, highest ${(peakAt / 1000).toFixed(1)} s in)`,
      );
      for (const [target, u] of atPeak)
        console.log(
          `${name}.peak_heap_mb.${target}: ${mb(u.totalSize)} MB heap (${mb(u.usedSize)} used), ` +
            `${mb(u.backingStorageSize ?? 0)} MB array buffers, ${mb(u.embedderHeapUsedSize ?? 0)} MB Blink objects`,
        );
      console.log(`${name}.peak_heap_vs_unpacked: ${(peak / unpacked).toFixed(2)} x`);
    };
    const use = (name: string, u: Use) => {
      console.log(`${name}.peak_above_idle_mb: ${mb(u.peak - idle)} MB`);
      console.log(`${name}.cpu_ms: ${u.cpuMs.toFixed(0)} ms`);
      console.log(`${name}.peak_rss_mb: ${mb(u.peakRss)} MB`);
      console.log(`${name}.peak_vs_unpacked: ${(u.peakRss / unpacked).toFixed(2)} x`);
      for (const [kind, k] of u.kinds) {
        console.log(`${name}.cpu_ms.${kind}: ${k.cpuMs.toFixed(0)} ms`);
        console.log(`${name}.peak_rss_mb.${kind}: ${mb(k.peakRss)} MB`);
      }
    };
    console.log(`backup.unpacked_mb: ${mb(unpacked)} MB`);

    if (!reuse) {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Restore…' }).click(),
      ]);
      await profiler.start();
      const start = await ms();
      const watch = watchChromium();
      await chooser.setFiles(backupFile);
      // A diagnostic: the restore worker's live heap so many seconds in.
      const snapshotAt = Number(process.env.GALLEY_BENCH_SNAPSHOT_AT ?? 0);
      if (snapshotAt > 0)
        setTimeout(
          () =>
            void profiler
              .snapshot('worker-restore', '/tmp/galley-restore')
              .then((files) => console.error(`snapshot: ${files.join(', ')}`)),
          snapshotAt * 1000,
        );
      // The plan is shown first (read, checked and planned in the backup worker); Restore writes it.
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Nothing is written until you choose Restore').waitFor({ timeout: 1_200_000 });
      const previewed = (await ms()) - start;
      await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
      await dialog.getByText('merged with this project by record').waitFor({ timeout: 1_200_000 });
      const restore = (await ms()) - start;
      const restoreUse = watch();
      await profiler.stop(`${profileTo}-restore`);
      for (const [target, peak] of profileTo ? profiler.heapPeaks() : [])
        console.log(`restore.heap_peak_mb.${target}: ${mb(peak.used)} MB (allocated ${mb(peak.total)} MB)`);
      const restoreTask = await longestTask(start, start + restore);
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      if (seeded !== null) writeFileSync(seeded, '');
      if (STEPS.has('restore')) {
        console.log(`restore.ms: ${restore.toFixed(0)} ms`);
        console.log(`restore.preview_ms: ${previewed.toFixed(0)} ms`);
        console.log(`restore.longest_task_ms: ${restoreTask.toFixed(0)} ms`);
        heaps('restore');
        use('restore', restoreUse);
      }
    }

    if (STEPS.has('review')) {
      await profiler.start();
      const tracer = traceTo ? await startTrace(await galley.context.newCDPSession(page)) : null;
      // Noted in the page as the review draws them (a mutation observer, run as React commits),
      // not when a waiting step hears of them: on a loaded machine that came hundreds of ms later.
      await page.evaluate((n) => {
        const w = window as unknown as Watched;
        // The clock starts at the Review click as the page received it.
        document.addEventListener('click', (e) => (w.__clicked ??= e.timeStamp), { capture: true });
        // (Inline: a named function here is rewritten by tsx to call a helper the page lacks.)
        new MutationObserver(() => {
          const listed = document.querySelector('.review-table')?.getAttribute('data-rows') === String(n);
          // Every article is in the list (it is virtualised: the rows on screen are drawn).
          if (listed && document.querySelector('.review-table tbody tr[data-article-id]'))
            w.__opened ??= performance.now();
          if (listed && document.querySelector('[data-testid="review-counts"]'))
            w.__counted ??= performance.now();
        }).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }, PAGES * PER_PAGE);
      // From the Review click: with no page open it opens on all pages at once.
      const watch = watchChromium();
      await page.getByRole('button', { name: 'Review', exact: true }).click();
      await page.getByRole('radio', { name: 'All pages' }).check();
      // Then the statuses and figures summed over them (shown after the first rows).
      await page.waitForFunction(() => (window as unknown as Watched).__counted !== undefined, null, {
        timeout: 600_000,
        polling: 'raf',
      });
      const { start, end, counted } = await page.evaluate(() => {
        const w = window as unknown as Watched;
        return { start: w.__clicked!, end: w.__opened!, counted: w.__counted! };
      });
      const reviewUse = watch();
      await profiler.stop(`${profileTo}-review`);
      const trace = tracer ? await tracer() : null;
      if (trace !== null) writeFileSync(traceTo!, trace);
      console.log(`review.articles: ${PAGES * PER_PAGE} articles`);
      console.log(`review.corpus_open_ms: ${(end - start).toFixed(0)} ms`);
      console.log(`review.counted_ms: ${(counted - start).toFixed(0)} ms`);
      console.log(`review.longest_task_ms: ${(await longestTask(start, counted)).toFixed(0)} ms`);
      console.log(`review.cpu_ms: ${reviewUse.cpuMs.toFixed(0)} ms`);
      if (trace !== null) {
        const costliest = costliestTask(trace);
        console.log(`review.costliest_task_cpu_ms: ${costliest.cpuMs.toFixed(0)} ms`);
        console.log(`review.costliest_task_wall_ms: ${costliest.wallMs.toFixed(0)} ms`);
      }

      const firstRow = () =>
        page.evaluate(() =>
          document.querySelector('.review-table tbody tr[data-article-id]')?.getAttribute('data-article-id'),
        );
      const before = await firstRow();
      const sortStart = await ms();
      const sortWatch = watchChromium();
      await page.getByRole('combobox', { name: 'Sort' }).selectOption('ratio-desc');
      await page.waitForFunction(
        (id) => {
          const first = document.querySelector('.review-table tbody tr[data-article-id]');
          return first !== null && first.getAttribute('data-article-id') !== id;
        },
        before,
        { timeout: 600_000, polling: 'raf' },
      );
      const sortEnd = await ms();
      const sortUse = sortWatch();
      console.log(`review.sorted_open_ms: ${(sortEnd - sortStart).toFixed(0)} ms`);
      console.log(`review.sorted_longest_task_ms: ${(await longestTask(sortStart, sortEnd)).toFixed(0)} ms`);
      console.log(`review.sorted_cpu_ms: ${sortUse.cpuMs.toFixed(0)} ms`);
    }

    if (STEPS.has('export')) {
      await page.getByRole('button', { name: 'Export…' }).click();
      await profiler.start();
      const start = await ms();
      const watch = watchChromium();
      await Promise.all([
        page.waitForEvent('download', { timeout: 1_200_000 }),
        page.getByRole('dialog').getByRole('button', { name: 'Choose where and export' }).click(),
      ]);
      const end = await ms();
      const exportUse = watch();
      await profiler.stop(`${profileTo}-export`);
      console.log(`export.browser_ms: ${(end - start).toFixed(0)} ms`);
      console.log(`export.all_formats_ms: ${(end - start).toFixed(0)} ms`);
      console.log(`export.longest_task_ms: ${(await longestTask(start, end)).toFixed(0)} ms`);
      console.log(`export.cpu_ms: ${exportUse.cpuMs.toFixed(0)} ms`);
      await page.locator('.export-summary').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    }

    if (STEPS.has('backup')) {
      await profiler.start();
      const start = await ms();
      const watch = watchChromium();
      await Promise.all([
        page.waitForEvent('download', { timeout: 1_200_000 }),
        page.getByRole('button', { name: 'Back up…' }).click(),
      ]);
      const backedUp = (await ms()) - start;
      const backupUse = watch();
      await profiler.stop(`${profileTo}-backup`);
      for (const [target, peak] of profileTo ? profiler.heapPeaks() : [])
        console.log(`backup.heap_peak_mb.${target}: ${mb(peak.used)} MB (allocated ${mb(peak.total)} MB)`);
      heaps('backup');
      console.log(`backup.ms: ${backedUp.toFixed(0)} ms`);
      console.log(`backup.longest_task_ms: ${(await longestTask(start, start + backedUp)).toFixed(0)} ms`);
      use('backup', backupUse);
    }
    profiler.close();
  } finally {
    await galley.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();

// Review, export and backup in Chromium through the built web app, on a project restored
// from a generated backup (written to a file on disk and chosen in the file chooser): pages
// cut from the samples, 40 articles each (by default 2,000 articles of ~400 characters,
// corrected the way OCR damage is undone; `npm run bench -- browser-review 100000`, or
// `npx tsx bench/browser-review.bench.ts 100000`, for the scaled variant). Figures:
//   restore.ms              restore chosen to the report on screen: read, checked and planned in
//                           the backup worker, Restore clicked, written in bounded transactions
//   restore.longest_task_ms the window's longest task meanwhile
//   review.corpus_open_ms   "All pages" chosen to every article listed with its figures
//   review.longest_task_ms  the window's longest task meanwhile (Long Tasks API: 0 = none over 50 ms)
//   export.browser_ms       export started to the zip download (every format); also printed
//                           as export.all_formats_ms, its earlier name
//   export.longest_task_ms  the window's longest task meanwhile
//   backup.ms               back up clicked to the download (streamed through gzip in the worker)
//   backup.longest_task_ms  the window's longest task meanwhile
// Goals: review open < 1 s and export < 60 s at 100,000 articles, no window task over 100 ms.

import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { streamBackup, type ProjectData } from '../src/core/backup';
import { emptyContent, type Article, type Page } from '../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';
import { startGalley } from '../tests/e2e/support/browser';

const PER_PAGE = 40;
const ARTICLES = Number(process.argv[2] ?? 2_000);
const PAGES = Math.ceil(ARTICLES / PER_PAGE);

function project(): ProjectData {
  const samples = FIRST_TRAIN_PAGES.map(fixtureText);
  const data: ProjectData = { pages: [], texts: [], articles: [], revisions: [], rules: [], settings: [] };
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

type Watched = Window & { __tasks: { start: number; end: number }[] };

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'galley-bench-review-'));
  const backupFile = path.join(folder, 'bench.galley-backup');
  writeFileSync(backupFile, streamBackup(project(), { createdAt: 0 }));
  const galley = await startGalley();
  await galley.context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true });
    const w = window as unknown as Watched;
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
  });
  try {
    const page = await galley.open();
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

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore…' }).click(),
    ]);
    let start = await ms();
    await chooser.setFiles(backupFile);
    // The plan is shown first (read, checked and planned in the backup worker); Restore writes it.
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nothing is written until you choose Restore').waitFor({ timeout: 1_200_000 });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await dialog.getByText('merged with this project by record').waitFor({ timeout: 1_200_000 });
    const restore = (await ms()) - start;
    const restoreTask = await longestTask(start, start + restore);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    start = await ms();
    await page.getByRole('radio', { name: 'All pages' }).check();
    // Every article is in the list (it is virtualised: the rows on screen are drawn).
    await page.waitForFunction(
      (n) =>
        document.querySelector('.review-table')?.getAttribute('data-rows') === String(n) &&
        document.querySelector('.review-table tbody tr[data-article-id]') !== null,
      PAGES * PER_PAGE,
      { timeout: 600_000, polling: 'raf' },
    );
    let end = await ms();
    const review = end - start;
    const reviewTask = await longestTask(start, end);

    await page.getByRole('button', { name: 'Export…' }).click();
    start = await ms();
    await Promise.all([
      page.waitForEvent('download', { timeout: 1_200_000 }),
      page.getByRole('dialog').getByRole('button', { name: 'Choose where and export' }).click(),
    ]);
    end = await ms();
    const exported = end - start;
    const exportTask = await longestTask(start, end);
    await page.locator('.export-summary').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    start = await ms();
    await Promise.all([
      page.waitForEvent('download', { timeout: 1_200_000 }),
      page.getByRole('button', { name: 'Back up…' }).click(),
    ]);
    const backedUp = (await ms()) - start;
    const backupTask = await longestTask(start, start + backedUp);

    console.log(`restore.ms: ${restore.toFixed(0)} ms`);
    console.log(`restore.longest_task_ms: ${restoreTask.toFixed(0)} ms`);
    console.log(`review.articles: ${PAGES * PER_PAGE} articles`);
    console.log(`review.corpus_open_ms: ${review.toFixed(0)} ms`);
    console.log(`review.longest_task_ms: ${reviewTask.toFixed(0)} ms`);
    console.log(`export.browser_ms: ${exported.toFixed(0)} ms`);
    console.log(`export.all_formats_ms: ${exported.toFixed(0)} ms`);
    console.log(`export.longest_task_ms: ${exportTask.toFixed(0)} ms`);
    console.log(`backup.ms: ${backedUp.toFixed(0)} ms`);
    console.log(`backup.longest_task_ms: ${backupTask.toFixed(0)} ms`);
  } finally {
    await galley.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();

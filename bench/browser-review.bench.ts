// Review, export and backup in Chromium through the built web app, on a project restored
// from a generated backup: 50 pages cut from the samples, 40 articles each (2,000 articles
// of ~400 characters, corrected the way OCR damage is undone). Figures:
//   restore.ms              restore chosen to the report on screen (parse, merge plan, one transaction)
//   review.corpus_open_ms   "All pages" chosen to every article listed with its figures
//   export.all_formats_ms   export started to the zip download (every format)
//   backup.ms               back up clicked to the download
// Goals: each well under the time an archivist waits without wondering (≈ 2 s).

import { createHash } from 'node:crypto';
import { makeBackup, type ProjectData } from '../src/core/backup';
import { emptyContent, type Article, type Page } from '../src/core/model';
import { fixturePages } from '../tests/fixtures';
import { startGalley } from '../tests/e2e/support/browser';

const PAGES = 50;
const PER_PAGE = 40;

function project(): ProjectData {
  const samples = fixturePages().map((p) => p.raw);
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
        title: { text: text.slice(0, 12), spans: [] },
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

async function main(): Promise<void> {
  const backup = Buffer.from(makeBackup(project(), { createdAt: 0 }));
  const galley = await startGalley();
  await galley.context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true });
  });
  try {
    const page = await galley.open();
    const ms = () => page.evaluate(() => performance.now());

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore…' }).click(),
    ]);
    let start = await ms();
    await chooser.setFiles({
      name: 'bench.galley-backup',
      mimeType: 'application/octet-stream',
      buffer: backup,
    });
    await page.locator('.restore-report').waitFor({ timeout: 120_000 });
    const restore = (await ms()) - start;
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    start = await ms();
    await page.getByRole('radio', { name: 'All pages' }).check();
    await page.waitForFunction(
      (n) => document.querySelectorAll('.review-table tbody tr').length === n,
      PAGES * PER_PAGE,
      {
        timeout: 120_000,
      },
    );
    const review = (await ms()) - start;

    await page.getByRole('button', { name: 'Export…' }).click();
    start = await ms();
    await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('dialog').getByRole('button', { name: 'Choose where and export' }).click(),
    ]);
    const exported = (await ms()) - start;
    await page.locator('.export-summary').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    start = await ms();
    await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Back up…' }).click(),
    ]);
    const backedUp = (await ms()) - start;

    console.log(`restore.ms: ${restore.toFixed(0)} ms`);
    console.log(`review.corpus_open_ms: ${review.toFixed(0)} ms`);
    console.log(`export.all_formats_ms: ${exported.toFixed(0)} ms`);
    console.log(`backup.ms: ${backedUp.toFixed(0)} ms`);
  } finally {
    await galley.close();
  }
}

void main();

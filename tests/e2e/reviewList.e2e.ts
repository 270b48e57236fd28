// The corpus review's virtualised list in Chromium, on a project restored from a backup of
// 120 articles (more than one screenful): its first rows show before its statuses and figures
// are counted, and stay (the same rows, not drawn again) when they are; a row chosen is
// brought wholly into view, also after what stands above the rows (the filters) has grown.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamBackup } from '../../src/core/backup';
import { countedFigures } from '../../src/core/backup/figures';
import { emptyProjectData } from '../../src/core/backup/types';
import { emptyContent, type Article } from '../../src/core/model';
import { FIRST_TRAIN_PAGES, fixtureText } from '../fixtures';
import { pageRecord } from '../renderer/review/fixtures';
import { startGalley, type GalleySession } from './support/browser';

const PAGES = 3;
const PER_PAGE = 40;

/** Pages cut from the samples, each into PER_PAGE one-paragraph articles. */
function backup(): Uint8Array {
  const data = emptyProjectData();
  for (let p = 0; p < PAGES; p++) {
    const raw = fixtureText(FIRST_TRAIN_PAGES[p]);
    const id = `page-${p}`;
    data.pages.push({
      ...pageRecord(id, `page-${p}.txt`, raw),
      relativePath: `issue/page-${p}.txt`,
      articleCount: PER_PAGE,
    });
    data.texts.push({ pageId: id, raw });
    const size = Math.floor(raw.length / PER_PAGE);
    for (let i = 0; i < PER_PAGE; i++) {
      const span = { start: i * size, end: (i + 1) * size };
      const article: Article = {
        ...emptyContent(),
        paragraphs: [{ text: raw.slice(span.start, span.end).replace(/\n/g, ''), spans: [span] }],
        id: `${id}-a${i}`,
        pageId: id,
        order: i,
        status: 'corrected',
        createdAt: 0,
        updatedAt: 1,
      };
      data.articles.push(article);
    }
  }
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const figures = data.articles.map((a) => countedFigures(a.id, a, raws.get(a.pageId)!));
  return streamBackup(data, { createdAt: 0, figures });
}

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
}, 60_000);
afterAll(async () => {
  await galley?.close();
});

/** How far the row of `id` reaches below the list's visible bottom (≤ 0: wholly in view). */
const belowView = (page: Page, id: string) =>
  page.evaluate((id) => {
    const list = document.querySelector('.review-list')!.getBoundingClientRect();
    const row = document.querySelector(`.review-table tr[data-article-id="${id}"]`)!.getBoundingClientRect();
    return row.bottom - list.bottom;
  }, id);

/** The project restored from the backup, in the session's page. */
async function restored(): Promise<Page> {
  const page = await galley.open();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 90_000 }),
    page.getByRole('button', { name: 'Restore…' }).click(),
  ]);
  await chooser.setFiles({
    name: 'corpus.galley-backup',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(backup()),
  });
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await dialog.getByText('merged with this project by record').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return page;
}

/** What the archivist saw as the corpus review opened, noted at every change of the page. */
interface Opening {
  /** Rows were drawn while the statuses and figures were still being counted. */
  rowsWhileCounting: boolean;
  /** The first row then, and whether the same row (not one drawn anew) stood once they were counted. */
  firstId: string | null;
  sameFirstRow: boolean;
  /** How many rows the list had then, and once counted. */
  listedWhileCounting: string | null;
  listedCounted: string | null;
}

describe('the corpus review list', () => {
  it('shows its first rows while it counts statuses and figures, and keeps them once counted', async () => {
    const page = await restored();
    await page.evaluate(() => {
      const w = window as unknown as { __opening: Opening };
      w.__opening = {
        rowsWhileCounting: false,
        firstId: null,
        sameFirstRow: false,
        listedWhileCounting: null,
        listedCounted: null,
      };
      let first: Element | null = null;
      new MutationObserver(() => {
        const o = w.__opening;
        const row = document.querySelector('.review-table tbody tr[data-article-id]');
        const listed = document.querySelector('.review-table')?.getAttribute('data-rows') ?? null;
        if (row && document.querySelector('[data-testid="review-counting"]') && !first) {
          first = row;
          o.rowsWhileCounting = true;
          o.firstId = row.getAttribute('data-article-id');
          o.listedWhileCounting = listed;
        }
        if (first && o.listedCounted === null && document.querySelector('[data-testid="review-counts"]')) {
          o.sameFirstRow = row === first;
          o.listedCounted = listed;
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('radio', { name: 'All pages' }).check();
    await page.getByTestId('review-counts').waitFor();
    expect(await page.getByTestId('review-counts').textContent()).toBe(
      `Articles: ${PAGES * PER_PAGE} · draft 0 · corrected ${PAGES * PER_PAGE} · reviewed 0`,
    );
    const opening = await page.evaluate(() => (window as unknown as { __opening: Opening }).__opening);
    expect(opening).toEqual({
      rowsWhileCounting: true,
      // The first article of the first page in reading order.
      firstId: 'page-0-a0',
      sameFirstRow: true,
      listedWhileCounting: String(PAGES * PER_PAGE),
      listedCounted: String(PAGES * PER_PAGE),
    });

    // The whole list is there: scrolled to its end, its last row is the last page's last article.
    await page.locator('.review-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect
      .poll(() =>
        page.locator('.review-table tbody tr[data-article-id]').last().getAttribute('data-article-id'),
      )
      .toBe(`page-${PAGES - 1}-a${PER_PAGE - 1}`);
  });

  it('brings a chosen row wholly into view after the filters above it wrap to a second line', async () => {
    const page = await galley.open();
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('radio', { name: 'All pages' }).check();
    const rows = page.locator('.review-table tbody tr[data-article-id]');
    await rows.first().waitFor();
    expect(await page.locator('.review-table').getAttribute('data-rows')).toBe(String(PAGES * PER_PAGE));

    // The filters take two lines, as in a narrow window or with a larger font: the text
    // filter alone on the first.
    const filters = page.locator('.review-filters');
    const oneLine = (await filters.boundingBox())!.height;
    await page.addStyleTag({
      content: '.review-filters { flex-wrap: wrap } .review-filters input { flex-basis: 100% }',
    });
    await expect.poll(async () => (await filters.boundingBox())!.height).toBeGreaterThan(oneLine + 20);

    // The last row drawn reaches past the bottom of the list; choosing it scrolls it into view.
    const last = (await rows.last().getAttribute('data-article-id'))!;
    expect(await belowView(page, last)).toBeGreaterThan(0);
    await page.evaluate((id) => {
      document.querySelector<HTMLElement>(`.review-table tr[data-article-id="${id}"]`)!.click();
    }, last);
    await page.locator(`.article-review[data-article-id="${last}"]`).waitFor();
    await expect.poll(() => belowView(page, last)).toBeLessThanOrEqual(1);
    // Not hidden under the sticky filters either: the list did not scroll past it.
    expect(await belowView(page, last)).toBeGreaterThan(-100);
  });
});

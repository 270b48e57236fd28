// The corpus review's virtualised list in Chromium, on a project restored from a backup of
// 120 articles (more than one screenful): a row chosen is brought wholly into view, also
// after what stands above the rows (the filters) has grown.

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

describe('the corpus review list', () => {
  it('brings a chosen row wholly into view after the filters above it wrap to a second line', async () => {
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

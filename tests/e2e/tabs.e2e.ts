// Two tabs of the browser build never overwrite each other: the second tab waits with a
// clear message; taking over makes the first save what it holds and stop, and the second
// then shows that work; taking it back shows the second tab's correction in the first.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/model';
import { fixture, fixtureBytes } from '../fixtures';
import { dropFiles, pageRow, waitForImport } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const PAGE = fixture('01-flood-drill');
const start = PAGE.raw.indexOf('入汛以来');
const BODY: Span = { start, end: PAGE.raw.indexOf('安全度汛。', start) + 5 };

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

const paragraph = (page: Page) => page.locator('.article-card textarea[data-field="paragraph-0"]').first();

async function openPage(page: Page): Promise<void> {
  // The only page: chosen by the import, or the page Galley reopens on.
  const row = pageRow(page, PAGE.name);
  if ((await row.getAttribute('aria-selected')) !== 'true') await row.click();
  await page.waitForFunction(() => window.__galleyArticles?.raw.includes('入汛以来'));
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await paragraph(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('two tabs of one browser', () => {
  it('lets only one tab write; taking over saves the other tab’s work first', async () => {
    const first = await galley.open('?galley-test');
    await dropFiles(first, [{ name: PAGE.name, bytes: fixtureBytes(PAGE.name) }]);
    await waitForImport(first);
    await openPage(first);
    await first.evaluate((r) => window.__galleyArticles!.select(r), [BODY]);
    await first.keyboard.press('Alt+N');
    await expect.poll(() => first.locator('.article-card').count()).toBe(1);
    // Typed, and not waited for: the take-over must write it before the other tab reads.
    await typeAtEnd(first, '（一）');

    const second = await galley.context.newPage();
    await second.goto(galley.url + '?galley-test');
    await second.getByText('Galley is open in another tab').waitFor();
    expect(await second.locator('.page-row').count()).toBe(0);

    await second.getByRole('button', { name: 'Use Galley in this tab' }).click();
    await first.getByText('Galley moved to another tab').waitFor();
    expect(await first.locator('.article-card').count()).toBe(0);
    await openPage(second);
    await expect.poll(() => paragraph(second).inputValue()).toMatch(/（一）$/);

    // A correction in the second tab, then the first takes the project back and shows it.
    await typeAtEnd(second, '（二）');
    await first.getByRole('button', { name: 'Use Galley here again' }).click();
    await second.getByText('Galley moved to another tab').waitFor();
    await openPage(first);
    await expect.poll(() => paragraph(first).inputValue()).toMatch(/（一）（二）$/);
    const stored = await first.evaluate(() => window.__galleyArticles!.state());
    expect(stored.articles).toHaveLength(1);
    await second.close();

    // Reloading the tab that holds the project opens the project again, not the waiting screen.
    await first.locator('.save-status[data-save="saved"]').waitFor();
    await first.reload();
    await openPage(first);
    expect(await first.getByText('Galley is open in another tab').count()).toBe(0);
    await expect.poll(() => paragraph(first).inputValue()).toMatch(/（一）（二）$/);
  });
});

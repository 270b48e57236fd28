// The desk at 1024×700: the article form keeps at least half the window's height, the top
// bar keeps to the window's width (and at 1281 and 1440 px, with every tool shown), panes resize and fold from the keyboard and stay as
// the archivist left them after a reload; the review fits; the palette runs a command.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures';
import { startGalley, type GalleySession } from './support/browser';
import { openFiles, pageRow, rawView, storedSetting, waitForImport } from './support/app';

const VIEWPORT = { width: 1024, height: 700 };
let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley({ viewport: VIEWPORT });
});
afterAll(async () => {
  await galley?.close();
});

const height = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);
const overflowsWidth = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((e) => e.scrollWidth > e.clientWidth + 1);

describe('the desk at 1024×700', () => {
  it('gives the article form at least half the height and keeps the top bar on screen', async () => {
    const page = await galley.open();
    const p = fixture('01-flood-drill');
    await openFiles(page, [p.path]);
    await waitForImport(page);
    await pageRow(page, p.name).click();
    await rawView(page).waitFor();
    await page.locator('.article-panel').waitFor();
    const share = (await height(page, '.article-panel')) / VIEWPORT.height;
    const listShare = (await height(page, '.article-list')) / VIEWPORT.height;
    console.log(`layout.form_height_share_1024x700: ${share.toFixed(3)} ratio`);
    console.log(`layout.article_list_height_share_1024x700: ${listShare.toFixed(3)} ratio`);
    expect(share).toBeGreaterThanOrEqual(0.5);
    // The toolbar is one row; the rest of the assign actions wait in its More menu.
    expect(await page.locator('.assign-toolbar .overflow-more').isVisible()).toBe(true);
    expect(await height(page, '.assign-toolbar')).toBeLessThan(40);
    expect(await overflowsWidth(page, '.top-bar')).toBe(false);
    // Every control of the top bar lies inside the window.
    const right = await page
      .locator('.top-bar > *:visible')
      .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(VIEWPORT.width);
  });

  it('keeps every top-bar control inside wider windows too, where all of them are shown', async () => {
    const page = galley.page;
    // Just above the width where rarer tools move under More, and a common laptop width.
    try {
      for (const width of [1281, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await page.getByRole('button', { name: 'Back up…' }).waitFor();
        expect(await overflowsWidth(page, '.top-bar')).toBe(false);
        const right = await page
          .locator('.top-bar > *:visible')
          .evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
        expect(right, `at ${width} px`).toBeLessThanOrEqual(width);
      }
    } finally {
      await page.setViewportSize(VIEWPORT);
    }
  });

  it('resizes and folds panes from the keyboard and keeps them after a reload', async () => {
    const page = galley.page;
    const splitter = page.getByRole('separator', { name: /Article form width/ });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await splitter.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 32);
    const formWidth = await page.locator('.split-articles').evaluate((e) => e.getBoundingClientRect().width);
    expect(Math.round(formWidth)).toBe(before + 32);

    // Fold the page list away with its splitter's Enter.
    await page.getByRole('separator', { name: /Page list width/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.page-list').waitFor({ state: 'detached' });
    await expect
      .poll(() => storedSetting(page, 'ui.panes'))
      .toMatchObject({ articlesWidth: before + 32, listHidden: true });

    await page.reload();
    await rawView(page).waitFor();
    expect(await page.locator('.page-list').count()).toBe(0);
    expect(
      Number(await page.getByRole('separator', { name: /Article form width/ }).getAttribute('aria-valuenow')),
    ).toBe(before + 32);

    // The View menu brings the list back.
    await page.getByRole('button', { name: /^View/ }).click();
    await page.locator('.pane-toggle[data-pane="list"]').click();
    await page.locator('.page-list').waitFor();
  });

  it('runs a command from the palette, found by its Chinese name, on the raw selection', async () => {
    const page = galley.page;
    await page.evaluate((t) => {
      const hook = window.__galleyArticles!;
      const start = hook.raw.indexOf(t);
      hook.select([{ start, end: start + t.length }]);
    }, '区水利局开展汛前河道清淤');
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog');
    await palette.waitFor();
    await page.keyboard.type('设为主题');
    await expect.poll(() => palette.getByRole('option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => window.__galleyArticles!.state().articles.map((a) => a.title.text)))
      .toEqual(['区水利局开展汛前河道清淤']);
    // The focus went back to the raw view, where it was.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.raw-view'))).toBe(true);
  });

  it('shows the review without anything past the window edge', async () => {
    const page = galley.page;
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('.review-view').waitFor();
    expect(await overflowsWidth(page, 'html')).toBe(false);
    // Clicking a page in the list leaves the review for that page.
    await pageRow(page, fixture('01-flood-drill').name).click();
    await rawView(page).waitFor();
    expect(await page.locator('.review-view').count()).toBe(0);
  });
});

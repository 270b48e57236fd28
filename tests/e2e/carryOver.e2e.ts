// A new version of a page keeps its work, end to end in Chromium: a fixture page is
// imported and two articles are marked on it, the later one first (each goes where its
// raw text puts it), one corrected by hand; the same text again with a BOM and CRLF line
// endings is reported as the same text and offers nothing; then a new OCR run of the page
// (a line added on top, one word changed) is imported under the same path. Galley offers
// to carry the articles over, does it, lists the one span whose raw text changed with both
// raw texts side by side, and the carried page's Undo takes the whole carry-over back in
// one step.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../src/core/article';
import { fixture } from '../fixtures';
import { openFiles, pageRow, waitForImport } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const NAME = '05-fire-drill.txt';
const FIRST = '本报讯 11月7日14时30分，随着急促的火警铃声响起';
const SECOND = '接到报警后，区消防救援大队调派';
const CORRECTED = '本报讯　11月7日14时30分，随着急促的火警铃声响起';

/** expect.poll with room for a loaded machine (its default gives up after 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

const state = (page: Page): Promise<PageArticles> => page.evaluate(() => window.__galleyArticles!.state());
const rawOf = (page: Page): Promise<string> => page.evaluate(() => window.__galleyArticles?.raw ?? '');

async function importBytes(page: Page, text: string, bom = false): Promise<void> {
  const body = Buffer.from(text, 'utf8');
  const buffer = bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  const imports = () => page.evaluate(() => window.__galleyTest?.imports.length ?? 0);
  const before = await imports();
  await openFiles(page, [{ name: NAME, mimeType: 'text/plain', buffer }]);
  await poll(imports).toBe(before + 1);
  await waitForImport(page);
}

/** Selects `text` in the raw view and makes it a new article with the toolbar. */
async function newArticle(page: Page, raw: string, text: string): Promise<void> {
  const start = raw.indexOf(text);
  expect(start).toBeGreaterThanOrEqual(0);
  await page.evaluate((r) => window.__galleyArticles!.select(r), [{ start, end: start + text.length }]);
  await page.locator('.assign-toolbar button[data-action="new-article"]').click();
}

describe('a changed version of a page', () => {
  it('is offered the previous version’s articles, carries them over in one undoable step and lists what changed', async () => {
    const page = await galley.open();
    const raw = fixture('05-fire-drill').raw;
    await importBytes(page, raw);
    await pageRow(page, NAME).click();
    await poll(() => rawOf(page)).toBe(raw);
    // Marked second paragraph first: the new article still goes where its raw text puts it.
    await newArticle(page, raw, SECOND);
    await newArticle(page, raw, FIRST);
    await poll(async () => (await state(page)).articles.map((a) => a.paragraphs[0].text)).toEqual([
      FIRST,
      SECOND,
    ]);
    const first = page.locator('.article-card').first();
    await first.locator('[data-field="paragraph-0"]').click();
    await first.locator('textarea[data-field="paragraph-0"]').fill(CORRECTED);
    await poll(async () => (await state(page)).articles[0].paragraphs[0].text).toBe(CORRECTED);
    await page.evaluate(() => window.__galleyArticles!.flush());

    // The same text with a BOM and Windows line endings: the same page, nothing to carry.
    await importBytes(page, raw.replace(/\n/g, '\r\n'), true);
    expect(await page.locator('.import-summary').textContent()).toContain(
      'with the same text as a kept page (another encoding, BOM or line endings), not imported again',
    );
    expect(await page.locator('.page-row').count()).toBe(1);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // A new OCR run: a line added on top, one word of the second article read differently.
    const next = `第3版\n${raw.replace('区消防救援大队调派', '区消防救援大队派出')}`;
    await importBytes(page, next);
    const offer = page.getByRole('dialog', { name: 'Carry the work over to the new versions?' });
    await offer.waitFor();
    expect(await offer.locator('.carry-over-pages li').count()).toBe(1);
    expect(await offer.locator('.carry-over-pages li').textContent()).toContain(NAME);
    expect(await offer.locator('.carry-over-pages li').textContent()).toContain(
      '2 articles on the previous version',
    );
    await offer.getByRole('button', { name: 'Carry over' }).click();

    const done = page.getByRole('dialog', { name: 'Carried over' });
    await done.waitFor();
    expect(await done.textContent()).toContain('2 articles carried over');
    expect(await done.textContent()).toContain('1 span did not map cleanly');
    const losses = done.locator('.carry-over-loss');
    expect(await losses.count()).toBe(1);
    expect(await losses.locator('.carry-over-owner').textContent()).toBe('Article 2 · Paragraph 1');
    // Both raw texts side by side: the old with what went, the new with what came.
    expect(await losses.locator('.diff-from').textContent()).toBe(SECOND);
    expect(await losses.locator('.diff-from del').textContent()).toBe('调');
    expect(await losses.locator('.diff-to').textContent()).toBe('接到报警后，区消防救援大队派出');
    expect(await losses.locator('.diff-to ins').textContent()).toBe('出');
    await page.screenshot({ path: '/tmp/h11-carry-over.png' }).catch(() => undefined);

    await done.getByRole('button', { name: 'Open this page' }).click();
    await poll(() => page.getByRole('dialog').count()).toBe(0);
    await poll(() => rawOf(page)).toBe(next);
    const carried = await state(page);
    expect(carried.articles.map((a) => a.paragraphs[0].text)).toEqual([CORRECTED, SECOND]);
    const span = carried.articles[0].paragraphs[0].spans[0];
    expect(next.slice(span.start, span.end)).toBe(FIRST);
    // The kept characters of the changed span: all but the changed one.
    expect(carried.articles[1].paragraphs[0].spans.map((s) => next.slice(s.start, s.end)).join('')).toBe(
      '接到报警后，区消防救援大队派',
    );
    await expect.poll(() => page.locator('.page-row').count(), { timeout: 30_000 }).toBe(2);

    // One step of the new page's history: Undo takes back all of it, Redo brings it again.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(async () => (await state(page)).articles.length).toBe(0);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await poll(async () => (await state(page)).articles.length).toBe(2);
  });
});

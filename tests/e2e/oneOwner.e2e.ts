// "The same raw text never ends up in two articles", end to end in Chromium: suggested
// articles accepted on a fixture page, one paragraph's raw line moved to another article
// (the move dialog asks first), then every format exported (the browser build's zip) and
// read back: the moved text is in exactly one article in corpus.jsonl, the article .txt
// files, the page's Markdown and its TEI; the page has no problems. Then on the same page:
// a click on raw text picks its article and field, a typed duplicate is counted in the page
// list and listed in the review, Unassign works from the context menu and Alt+X (one undo
// step each), and typed text with no clean cut asks which version stays.

import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../src/core/article';
import type { ExportRecord } from '../../src/core/export/schema';
import { ensureBuilt } from '../cli/galley';
import { openFixturePages, pageRow } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const NAME = '05-fire-drill.txt';
const BASE = NAME.replace(/\.txt$/, '');

/** expect.poll with room for a loaded machine (its default gives up after 1 s). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000 });

let galley: GalleySession;
beforeAll(async () => {
  ensureBuilt();
  galley = await startGalley();
  await galley.context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true });
  });
});
afterAll(async () => {
  await galley?.close();
});

const state = (page: Page): Promise<PageArticles> => page.evaluate(() => window.__galleyArticles!.state());

/** The longest run of Han characters in `text` (what cleanup leaves as it is). */
function hanRun(text: string): string {
  return (text.match(/[\u4e00-\u9fff]+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('one owner for raw text, in the app and in every export', () => {
  it('moves a paragraph to another article and exports it exactly once', async () => {
    const page = await galley.open('?galley-test');
    await openFixturePages(page);
    await pageRow(page, NAME).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await poll(() => page.evaluate(() => window.__galleyArticles?.raw.length ?? 0)).toBeGreaterThan(0);
    const raw = await page.evaluate(() => window.__galleyArticles!.raw);

    const suggestions = page.getByRole('region', { name: 'Suggested articles' });
    await suggestions.locator('.suggestion').first().waitFor();
    await suggestions.getByRole('button', { name: 'Accept all' }).click();
    await poll(async () => (await state(page)).articles.length).toBeGreaterThan(1);

    // The last paragraph of the first article with two or more, moved to another article.
    const before = await state(page);
    const from = before.articles.findIndex((a) => a.paragraphs.length >= 2);
    expect(from).toBeGreaterThanOrEqual(0);
    const to = from === 0 ? 1 : 0;
    const moved = before.articles[from].paragraphs.at(-1)!;
    const needle = hanRun(moved.spans.map((s) => raw.slice(s.start, s.end)).join(''));
    expect(needle.length).toBeGreaterThanOrEqual(6);
    expect(count(raw, needle)).toBe(1);

    const target = page.locator('.article-card').nth(to);
    await target.locator('.article-headline').click();
    await poll(() => target.getAttribute('aria-current')).toBe('true');
    await page.evaluate((r) => window.__galleyArticles!.select(r), moved.spans);
    await page.locator('.assign-toolbar button[data-action="new-paragraph"]').click();
    const dialog = page.getByRole('dialog', { name: 'This text already belongs elsewhere' });
    await dialog.getByRole('button', { name: 'Move it here' }).click();
    await poll(async () => (await state(page)).articles[from].paragraphs.length).toBe(
      before.articles[from].paragraphs.length - 1,
    );
    const after = await state(page);
    const holders = after.articles.filter((a) =>
      [...a.paragraphs, a.title, a.byline, ...a.captions].some((f) => f.text.includes(needle)),
    );
    expect(holders.map((a) => a.id)).toEqual([after.articles[to].id]);
    await page.evaluate(() => window.__galleyArticles!.flush());
    await page.locator('.save-status[data-save="saved"]').waitFor();
    // No problem on the page: the list shows no count.
    await poll(() => pageRow(page, NAME).locator('.page-problem-count').count()).toBe(0);

    // --- export every format, read the zip back ---
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export the corpus' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Choose where and export' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const files = new Map(Object.entries(unzipSync(new Uint8Array(readFileSync(await download.path())))));
    const text = (p: string) => new TextDecoder().decode(files.get(p));

    const records = text('corpus.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExportRecord);
    const inRecords = records.filter((r) =>
      [r.title, r.byline, r.dateline, ...r.paragraphs, ...r.captions].some((t) => t.includes(needle)),
    );
    expect(inRecords).toHaveLength(1);
    expect(inRecords[0].order).toBe(to + 1);
    expect(
      inRecords[0].spans.filter((s) => s.field === 'paragraph' && s.text.includes(needle.slice(0, 4))).length,
    ).toBeGreaterThan(0);

    const articleTxt = [...files.keys()].filter(
      (p) => p.startsWith(`${BASE}/`) && p.endsWith('.txt') && p !== `${BASE}/${BASE}.txt`,
    );
    expect(articleTxt.length).toBe(after.articles.length);
    expect(articleTxt.filter((p) => text(p).includes(needle))).toHaveLength(1);
    expect(count(text(`${BASE}/${BASE}.txt`), needle)).toBe(1);
    expect(count(text(`${BASE}/${BASE}.md`), needle)).toBe(1);

    const tei = new DOMParser().parseFromString(text(`${BASE}/${BASE}.tei.xml`), 'text/xml');
    const divs = [...Array.from(tei.getElementsByTagName('div'))].filter(
      (d) => d.getAttribute('type') === 'article',
    );
    expect(
      divs.filter((d) => (d.textContent ?? '').includes(needle)).map((d) => d.getAttribute('n')),
    ).toEqual([String(to + 1)]);
    await exportDialog.getByRole('button', { name: 'Close' }).click();
  });

  it('counts a duplicate in the page list and the review, unassigns through the menu and Alt+X (asking where there is no clean cut), and picks articles by their raw text', async () => {
    const page = galley.page;
    const raw = await page.evaluate(() => window.__galleyArticles!.raw);
    const before = await state(page);
    const k = before.articles.findIndex((a, i) => i > 0 && a.paragraphs.length >= 2);
    expect(k).toBeGreaterThan(0);
    const textOf = (spans: readonly { start: number; end: number }[]) =>
      spans.map((s) => raw.slice(s.start, s.end)).join('');
    const first = hanRun(textOf(before.articles[k].paragraphs[0].spans));
    const second = hanRun(textOf(before.articles[k].paragraphs[1].spans));
    expect(first.length).toBeGreaterThanOrEqual(6);
    expect(second.length).toBeGreaterThanOrEqual(6);

    // A click on raw text that belongs to an article selects that article and field.
    await page.locator('.article-card').nth(0).locator('.article-headline').click();
    await page
      .locator('.raw-view .cm-span-paragraph', { hasText: first.slice(0, 6) })
      .first()
      .click();
    await poll(() => page.locator('.article-card').nth(k).getAttribute('aria-current')).toBe('true');
    const focused = page.locator('.article-card[aria-current="true"] .field-focused textarea');
    await poll(() => focused.getAttribute('data-field')).toBe('paragraph-0');

    // Text of the next paragraph typed into this one: a duplicate, counted and listed.
    const own = before.articles[k].paragraphs[0].text;
    await focused.fill(own + second.slice(0, 8));
    await page.evaluate(() => window.__galleyArticles!.flush());
    const problems = pageRow(page, NAME).locator('.page-problem-count');
    await poll(() => problems.textContent()).toMatch(/^[1-9]\d* problems?$/);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const listed = page.getByTestId('review-problems');
    await listed.waitFor();
    expect(await listed.textContent()).toContain(`its text repeats “${second.slice(0, 8)}”`);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(async () => (await state(page)).articles[k].paragraphs[0].text).toBe(own);
    await poll(() => problems.count()).toBe(0);

    // Unassign from the raw view's context menu: the second paragraph's raw text has no owner.
    const owned = (s: PageArticles, at: number) =>
      s.articles.some((a) =>
        [a.title, a.byline, a.dateline, ...a.paragraphs, ...a.captions].some((f) =>
          f.spans.some((sp) => sp.start <= at && at < sp.end),
        ),
      );
    const spans = before.articles[k].paragraphs[1].spans;
    await page.evaluate((r) => window.__galleyArticles!.select(r), spans);
    await page
      .locator('.raw-view .cm-span-paragraph', { hasText: second.slice(0, 6) })
      .first()
      .click({
        button: 'right',
      });
    await page.locator('.raw-context-menu button[data-command="unassign"]').click();
    await poll(async () => (await state(page)).articles[k].paragraphs.length).toBe(
      before.articles[k].paragraphs.length - 1,
    );
    expect(owned(await state(page), spans[0].start)).toBe(false);
    expect(await page.locator('.raw-context-menu').count()).toBe(0);

    // Alt+X does the same for the first paragraph; on text nobody owns it says so.
    const firstSpans = before.articles[k].paragraphs[0].spans;
    await page.evaluate((r) => window.__galleyArticles!.select(r), firstSpans);
    await page.keyboard.press('Alt+KeyX');
    await poll(async () => owned(await state(page), firstSpans[0].start)).toBe(false);
    await page.evaluate((r) => window.__galleyArticles!.select(r), firstSpans);
    await page.keyboard.press('Alt+KeyX');
    await page.getByRole('alert').filter({ hasText: 'None of the selected raw text is assigned.' }).waitFor();

    // Each unassign was one step: two undos bring both paragraphs back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await poll(async () => (await state(page)).articles[k].paragraphs.length).toBe(
      before.articles[k].paragraphs.length,
    );
    expect(owned(await state(page), spans[0].start)).toBe(true);
    expect(owned(await state(page), firstSpans[0].start)).toBe(true);

    // Text typed right where the unassigned raw text begins has no clean cut: the archivist
    // sees both versions and chooses; letting it go takes it with the unassigned text.
    expect(raw.split(first)).toHaveLength(2);
    const cut = raw.indexOf(first) + 3;
    const at = own.indexOf(first) + 3;
    await page.locator('.article-card').nth(k).locator('.article-headline').click();
    await page.locator('.article-card').nth(k).locator('[data-field="paragraph-0"]').click();
    await focused.fill(`${own.slice(0, at)}【】${own.slice(at)}`);
    await page.evaluate(
      (r) => window.__galleyArticles!.select(r),
      [{ start: cut, end: firstSpans[firstSpans.length - 1].end }],
    );
    await page.keyboard.press('Alt+KeyX');
    const choice = page.getByRole('dialog', { name: 'Which version should stay?' });
    await choice.waitFor();
    expect(await choice.locator('[data-pick="keep"] q').textContent()).toContain('【】');
    expect(await choice.locator('[data-pick="drop"] q').textContent()).not.toContain('【】');
    await choice.locator('[data-pick="drop"] input').check();
    await choice.getByRole('button', { name: 'Unassign with these versions' }).click();
    await poll(async () => (await state(page)).articles[k].paragraphs[0].text).toBe(own.slice(0, at));
    expect(owned(await state(page), cut)).toBe(false);
    expect(owned(await state(page), cut - 1)).toBe(true);
  });
});

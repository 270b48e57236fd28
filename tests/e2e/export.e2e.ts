// Review and export end to end in Chromium: articles built and corrected on two fixture
// pages, reviewed through the review queue, exported in every format (the browser build's
// zip download), read back and checked; then backed up, the database deleted, restored,
// and exported again to the same bytes. Also: the review panel shows exactly the figures
// of core compareTexts (what `galley compare` prints) for the same texts.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTexts, correctedTextOf, rawTextOf } from '../../src/core/diff';
import type { ExportRecord } from '../../src/core/export/schema';
import type { Article, Span } from '../../src/core/model';
import { ensureBuilt, galley as galleyCli } from '../cli/galley';
import { fixtureBytes, fixturePages } from '../fixtures';
import { openFixturePages, pageRow } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const bytesOf = (name: string) => fixtureBytes(name);
/** Every fixture page's raw text by file name (all are imported; articles go on two of them). */
const RAW: Record<string, string> = Object.fromEntries(fixturePages().map((p) => [p.name, p.raw]));
// One paragraph a line, full-width punctuation.
const P1 = '05-fire-drill.txt';
// One paragraph a line, half-width commas.
const P0 = '02-street-roundup.txt';
const base = (name: string) => name.replace(/\.txt$/, '');

function spanOf(name: string, text: string): Span {
  const start = RAW[name].indexOf(text);
  if (start === -1) throw new Error(`not on ${name}: ${text}`);
  return { start, end: start + text.length };
}
/** The raw line that starts with `prefix`, without its markdown heading marks. */
function lineOf(name: string, prefix: string): Span {
  const line = RAW[name].split('\n').find((l) => l.startsWith(prefix));
  if (!line) throw new Error(`no line ${prefix} on ${name}`);
  return spanOf(name, line.replace(/^#+\s*/, ''));
}

let galley: GalleySession;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'galley-export-e2e-'));
beforeAll(async () => {
  ensureBuilt();
  galley = await startGalley();
  // Headless Chromium offers the directory picker but no one can answer it: take the
  // other browser path, one zip download.
  await galley.context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', { value: undefined, configurable: true });
  });
});
afterAll(async () => {
  await galley?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Every file under `dir`, by path relative to it with '/' separators. */
function filesUnder(dir: string, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      for (const [p, d] of filesUnder(full, `${prefix}${name}/`)) out.set(p, d);
    else out.set(`${prefix}${name}`, new Uint8Array(readFileSync(full)));
  }
  return out;
}

function expectSameFiles(actual: Map<string, Uint8Array>, expected: Map<string, Uint8Array>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [p, data] of expected)
    expect(Buffer.from(actual.get(p)!).equals(Buffer.from(data)), p).toBe(true);
}

async function openPage(page: Page, name: string): Promise<void> {
  await pageRow(page, name).click();
  await page.waitForFunction((n) => window.__galleyArticles?.raw.includes(n), RAW[name].slice(20, 40));
}
async function select(page: Page, ranges: Span[]): Promise<void> {
  await page.evaluate((r) => window.__galleyArticles!.select(r), ranges);
}
async function assign(page: Page, ranges: Span[], action: string): Promise<void> {
  await select(page, ranges);
  await page.locator(`.assign-toolbar button[data-action="${action}"]`).click();
}
const cards = (page: Page) => page.locator('.article-card');
const field = (page: Page, card: number, key: string) =>
  cards(page).nth(card).locator(`textarea[data-field="${key}"]`);
async function saved(page: Page): Promise<void> {
  await page.evaluate(() => window.__galleyArticles!.flush());
  await page.locator('.save-status[data-save="saved"]').waitFor();
}

/** Replaces a field's text by typing, as the archivist corrects it. */
async function correct(page: Page, card: number, key: string, text: string): Promise<void> {
  const f = field(page, card, key);
  await f.click();
  await f.fill(text);
}

/** Every record of a table, read straight from IndexedDB. */
function stored<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('galley');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            open.result.close();
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB failed'));
        };
      }),
    table,
  );
}
const storedArticles = (page: Page) => stored<Article>(page, 'articles');

/** The raw text of an article's page, from the samples on disk. */
async function rawFor(page: Page): Promise<(a: Article) => string> {
  const pages = await stored<{ id: string; name: string }>(page, 'pages');
  const names = new Map(pages.map((p) => [p.id, p.name]));
  return (a) => RAW[names.get(a.pageId)!];
}

/** Every TextPositionSelector with the TextQuoteSelector beside it, anywhere in a JSON value. */
function selectorPairs(value: unknown, out: { start: number; end: number; exact: string }[] = []) {
  if (Array.isArray(value)) {
    const position = value.find((v) => (v as { type?: string })?.type === 'TextPositionSelector') as
      { start: number; end: number } | undefined;
    const quote = value.find((v) => (v as { type?: string })?.type === 'TextQuoteSelector') as
      { exact: string } | undefined;
    if (position && quote) out.push({ start: position.start, end: position.end, exact: quote.exact });
    for (const v of value) selectorPairs(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) selectorPairs(v, out);
  }
  return out;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(file) };
}

/** Exports everything in all formats through the dialog; the zip's files by path. */
async function exportAll(page: Page): Promise<Map<string, Uint8Array>> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the corpus' });
  for (const f of ['txt', 'md', 'jsonl', 'tei', 'annotations', 'csv']) {
    expect(await dialog.locator(`input[data-format="${f}"]`).isChecked()).toBe(true);
  }
  const zip = await download(page, async () => {
    await dialog.getByRole('button', { name: 'Choose where and export' }).click();
    // The corrections above type raw text past their spans that no field holds (text.orphan):
    // the export lists it first, and the archivist goes on.
    await dialog.locator('.export-problems [data-code="text.orphan"]').first().waitFor();
    await dialog.getByRole('button', { name: 'Export anyway' }).click();
  });
  expect(zip.name).toMatch(/^galley-export-.*\.zip$/);
  await dialog.locator('.export-summary').waitFor();
  expect(await dialog.locator('.export-summary').textContent()).toMatch(/Exported 4 articles in \d+ files/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return new Map(Object.entries(unzipSync(new Uint8Array(zip.bytes))));
}

const text = (files: Map<string, Uint8Array>, p: string): string => {
  const data = files.get(p);
  if (!data) throw new Error(`not exported: ${p} (have ${[...files.keys()].join(', ')})`);
  return new TextDecoder('utf-8', { fatal: true }).decode(data);
};

const P1_TITLE = '区人大常委会视察城区燃气安全工作';
const P0_TITLE_LINE = '# 老旧小区';
const P0_SECOND_LINE = '## 区民政局';

describe('review and export in the browser build', () => {
  let page: Page;

  it('builds and corrects two articles on each of two fixture pages', async () => {
    page = await galley.open('?galley-test');
    await openFixturePages(page);

    await openPage(page, P1);
    await assign(page, [spanOf(P1, '本报讯（记者 韩雪）11月6日上午')], 'new-article');
    await expect.poll(() => cards(page).count()).toBe(1);
    await assign(page, [spanOf(P1, P1_TITLE)], 'title');
    await correct(page, 0, 'paragraph-0', '本报讯（记者 韩雪）　11月6日上午，区人大常委会');
    await assign(page, [spanOf(P1, '本报讯 每天11:30，杏园街道')], 'new-article');
    await expect.poll(() => cards(page).count()).toBe(2);
    await correct(page, 1, 'paragraph-0', '本报讯　每天11:30，杏园街道南湖社区');
    await saved(page);

    await openPage(page, P0);
    const body = RAW[P0].split('\n').find((l) => l.startsWith('本报讯 7月24日'))!;
    await assign(page, [spanOf(P0, body)], 'new-article');
    await expect.poll(() => cards(page).count()).toBe(1);
    await assign(page, [lineOf(P0, P0_TITLE_LINE)], 'title');
    await assign(page, [spanOf(P0, '记者 王启航 通讯员 苏晴')], 'byline');
    // The OCR's half-width commas become Chinese ones (not those inside numbers), and a
    // special character goes in.
    await correct(page, 0, 'paragraph-0', body.replace(/,(?!\d)/g, '，') + ' & <附记>');
    const second = RAW[P0].split('\n').find((l) => l.startsWith('本报讯 7月23日'))!;
    await assign(page, [spanOf(P0, second)], 'new-article');
    await expect.poll(() => cards(page).count()).toBe(2);
    await assign(page, [lineOf(P0, P0_SECOND_LINE)], 'title');
    await saved(page);
    expect(await storedArticles(page)).toHaveLength(4);
  });

  it('shows in the review panel exactly the figures of compareTexts, and of `galley compare`, on the article’s raw and corrected text', async () => {
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('radio', { name: 'All pages' }).check();
    const rows = page.locator('.review-table tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const articles = await storedArticles(page);
    const rawOfArticle = await rawFor(page);
    for (const a of articles) {
      await page.locator(`.review-table tbody tr[data-article-id="${a.id}"]`).click();
      const panel = page.locator(`.article-review[data-article-id="${a.id}"] .review-figures`);
      await panel.waitFor();
      const expected = compareTexts(rawTextOf(a, rawOfArticle(a)), correctedTextOf(a));
      const shown: Record<string, string | null> = {};
      for (const key of ['insertions', 'deletions', 'substitutions', 'distance', 'reference_chars', 'cer']) {
        shown[key] = await panel.locator(`[data-figure="${key}"]`).getAttribute('data-value');
      }
      expect(shown).toEqual({
        insertions: String(expected.insertions),
        deletions: String(expected.deletions),
        substitutions: String(expected.substitutions),
        distance: String(expected.distance),
        reference_chars: String(expected.reference_chars),
        cer: expected.cer === null ? '' : String(expected.cer),
      });
    }
    // `galley compare` prints the same figures for the same two texts.
    const a = articles.find((x) => x.title.text === P1_TITLE)!;
    const rawFile = path.join(scratch, 'raw.txt');
    const correctedFile = path.join(scratch, 'corrected.txt');
    writeFileSync(rawFile, rawTextOf(a, rawOfArticle(a)));
    writeFileSync(correctedFile, correctedTextOf(a));
    const cli = await galleyCli('compare', rawFile, correctedFile);
    expect(cli.stderr).toBe('');
    const printed = JSON.parse(cli.stdout) as Record<string, number | null>;
    await page.locator(`.review-table tbody tr[data-article-id="${a.id}"]`).click();
    const panel = page.locator(`.article-review[data-article-id="${a.id}"] .review-figures`);
    for (const key of ['insertions', 'deletions', 'substitutions', 'distance', 'reference_chars', 'cer']) {
      expect(Number(await panel.locator(`[data-figure="${key}"]`).getAttribute('data-value')), key).toBe(
        printed[key],
      );
    }
    expect(printed.distance).toBeGreaterThan(0);

    // The corrected articles changed something; the corpus figures are their sums.
    const totals = page.locator('.review-summary .review-figures');
    const all = articles.map((a) => compareTexts(rawTextOf(a, rawOfArticle(a)), correctedTextOf(a)));
    expect(await totals.locator('[data-figure="distance"]').getAttribute('data-value')).toBe(
      String(all.reduce((n, f) => n + f.distance, 0)),
    );
    expect(all.some((f) => f.distance > 0)).toBe(true);
  });

  it('reviews every article with the queue keys, recording the reviewer; an edit sends one back to corrected', async () => {
    const reviewer = page.getByRole('textbox', { name: 'Reviewer' });
    await reviewer.fill('张冲');
    await reviewer.press('Enter');
    const shown = page.locator('.article-review');
    // The article the last test picked is still shown; J steps on from it.
    const picked = await shown.getAttribute('data-article-id');
    await page.keyboard.press('j');
    await expect.poll(() => shown.getAttribute('data-article-id')).not.toBe(picked);
    for (let i = 0; i < 4; i++) {
      await shown.waitFor();
      // R follows the status flow: a draft becomes corrected and stays shown, saying so...
      const badge = shown.locator('[data-status]');
      // The queue has stepped on to a draft (the list may still be taking the last write in).
      await expect.poll(() => badge.getAttribute('data-status')).toBe('draft');
      const id = await shown.getAttribute('data-article-id');
      await page.keyboard.press('r');
      await page.getByText('Marked corrected. Read it once more, then Mark reviewed (R).').waitFor();
      await expect.poll(() => badge.getAttribute('data-status')).toBe('corrected');
      expect(await shown.getAttribute('data-article-id')).toBe(id);
      await page.keyboard.press('r');
      // ...and a corrected one is marked reviewed and the queue steps on; the last one leaves nothing to step to.
      if (i < 3) await expect.poll(() => shown.getAttribute('data-article-id')).not.toBe(id);
    }
    await page.getByText('Every listed article is reviewed.').waitFor();
    await expect
      .poll(async () => (await storedArticles(page)).map((a) => a.status))
      .toEqual(Array(4).fill('reviewed'));
    for (const a of await storedArticles(page)) {
      expect(a.reviewer).toBe('张冲');
      expect(a.reviewedAt).toBeGreaterThan(0);
    }

    // Back in the editor, a change to a reviewed article makes it corrected again.
    const first = page.locator('.review-table tbody tr').first();
    await first.click();
    await page.getByRole('button', { name: 'Open in editor' }).click();
    await page.locator('.article-card').first().waitFor();
    const current = page.locator('.article-card.article-current');
    await current.waitFor();
    const id = await current.getAttribute('data-article-id');
    const f = current.locator('textarea').last();
    await f.click();
    await page.keyboard.press('End');
    await page.keyboard.type('。');
    await saved(page);
    await expect
      .poll(async () => (await storedArticles(page)).find((a) => a.id === id)?.status)
      .toBe('corrected');
    expect((await storedArticles(page)).find((a) => a.id === id)?.reviewer).toBeUndefined();
    // And the queue takes it up again.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('.review-table tbody tr').first().waitFor();
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('.article-review').getAttribute('data-article-id')).toBe(id);
    await page.keyboard.press('r');
    await expect
      .poll(async () => (await storedArticles(page)).every((a) => a.status === 'reviewed'))
      .toBe(true);
  });

  let firstExport: Map<string, Uint8Array>;

  it('exports every format, and the files say what the articles say, traceable to the raw text', async () => {
    const files = await exportAll(page);
    firstExport = files;
    const articles = await storedArticles(page);

    // JSON Lines: one record per article, spans that are the raw text, the page's SHA-256.
    const records = text(files, 'corpus.jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ExportRecord);
    expect(records).toHaveLength(4);
    for (const r of records) {
      const raw = RAW[r.source.file];
      expect(r.source.sha256).toBe(createHash('sha256').update(bytesOf(r.source.file)).digest('hex'));
      expect(r.spans.length).toBeGreaterThan(0);
      for (const s of r.spans) expect(s.text).toBe(raw.slice(s.start, s.end));
      expect(r.status).toBe('reviewed');
      expect(r.reviewer).toBe('张冲');
    }
    expect(records.map((r) => r.title)).toContain(P1_TITLE);
    expect(records.some((r) => r.paragraphs.some((p) => p.endsWith(' & <附记>')))).toBe(true);

    // TEI: well-formed, one div per article, the title as the main head, & and < escaped.
    for (const name of [base(P0), base(P1)]) {
      const xml = text(files, `${name}/${name}.tei.xml`);
      const errors: string[] = [];
      const doc = new DOMParser({
        onError: (level, msg) => void (level !== 'warning' && errors.push(msg)),
      }).parseFromString(xml, 'text/xml');
      expect(errors).toEqual([]);
      const divs = Array.from(doc.getElementsByTagName('div')).filter(
        (d) => d.getAttribute('type') === 'article',
      );
      expect(divs).toHaveLength(2);
      expect(doc.getElementsByTagName('teiHeader')).toHaveLength(1);
      expect(xml).toContain(
        createHash('sha256')
          .update(bytesOf(`${name}.txt`))
          .digest('hex'),
      );
    }
    const mainHeads = (name: string) =>
      Array.from(
        new DOMParser()
          .parseFromString(text(files, `${name}/${name}.tei.xml`), 'text/xml')
          .getElementsByTagName('head'),
      )
        .filter((h) => h.getAttribute('type') === 'main')
        .map((h) => h.textContent);
    expect(mainHeads(base(P1))).toContain(P1_TITLE);
    expect(mainHeads(base(P0))).toHaveLength(2);
    const tei0 = text(files, `${base(P0)}/${base(P0)}.tei.xml`);
    expect(tei0).toContain('&amp; &lt;附记');
    const ps = Array.from(new DOMParser().parseFromString(tei0, 'text/xml').getElementsByTagName('p')).map(
      (p) => p.textContent ?? '',
    );
    expect(ps.some((p) => p.endsWith(' & <附记>'))).toBe(true);

    // Web Annotations: every position selector picks out exactly its quote in the raw text.
    for (const name of [base(P0), base(P1)]) {
      const raw = Array.from(RAW[`${name}.txt`]);
      const pairs = selectorPairs(JSON.parse(text(files, `${name}/${name}.annotations.json`)));
      expect(pairs.length).toBeGreaterThanOrEqual(2);
      for (const p of pairs) expect(raw.slice(p.start, p.end).join('')).toBe(p.exact);
    }

    // CSV manifest: one row per article, reviewed by 张冲.
    const csv = Papa.parse<Record<string, string>>(text(files, 'manifest.csv').replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(4);
    for (const row of csv.data) {
      expect(row.status).toBe('reviewed');
      expect(row.reviewer).toBe('张冲');
    }

    // Plain text and Markdown: the article under its title, the pages in reading order.
    // One file per article (`NN-title.txt`) beside the page's own text file.
    const pageTxt = `${base(P1)}/${base(P1)}.txt`;
    const txt = [...files.keys()].filter(
      (p) => p.startsWith(`${base(P1)}/`) && /\/\d+-.*\.txt$/.test(p) && p !== pageTxt,
    );
    expect(txt).toHaveLength(2);
    expect(txt.some((p) => p.includes('区人大常委会'))).toBe(true);
    expect(text(files, `${base(P1)}/${base(P1)}.md`)).toContain(P1_TITLE);
    const article = articles.find((a) => a.title.text === P1_TITLE)!;
    expect(text(files, pageTxt)).toContain(article.paragraphs[0].text);
    for (const [p, data] of files) {
      if (p.endsWith('.csv')) continue;
      expect(new TextDecoder().decode(data), p).not.toContain('\r');
    }
  });

  it('backs up (`galley export` of the backup writes the same files), survives a deleted database through restore, and exports the same files again', async () => {
    const backup = await download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
    expect(backup.name).toMatch(/\.galley-backup$/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // `galley export` on the app's backup writes exactly the files the app exported.
    const backupFile = path.join(scratch, backup.name);
    writeFileSync(backupFile, backup.bytes);
    const out = path.join(scratch, 'cli-export');
    const cli = await galleyCli(
      'export',
      backupFile,
      '--format',
      'txt,md,jsonl,tei,annotations,csv',
      '--out',
      out,
    );
    expect(cli.code, cli.stderr).toBe(0);
    expectSameFiles(filesUnder(out), firstExport);

    // The database goes: Dexie closes on versionchange, so the delete is not blocked.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.deleteDatabase('galley');
          r.onsuccess = () => resolve();
          r.onerror = () => reject(r.error ?? new Error('IndexedDB failed'));
        }),
    );
    await page.reload();
    await page.locator('.top-bar').waitFor();
    await page.locator('.page-list-empty').waitFor();

    // A foreign file is refused and changes nothing.
    const [foreign] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore…' }).click(),
    ]);
    await foreign.setFiles({
      name: 'notes.galley-backup',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('{"hello":1}'),
    });
    await page.getByText('is not a Galley backup').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.page-row').count()).toBe(0);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore…' }).click(),
    ]);
    await chooser.setFiles({ name: backup.name, mimeType: 'application/octet-stream', buffer: backup.bytes });
    const report = page.getByRole('dialog');
    // It asks first: the plan is shown and nothing is written until Restore.
    await report.getByText('Nothing is written until you choose Restore').waitFor();
    expect(await report.locator('tr[data-table="articles"] [data-count="added"]').textContent()).toBe('4');
    expect(await page.locator('.page-row').count()).toBe(0);
    await report.getByRole('button', { name: 'Restore', exact: true }).click();
    await report.getByText('No conflicts.').waitFor();
    await report.getByText('merged with this project by record').waitFor();
    const restoreWorkers = () => page.workers().filter((w) => /restore\.worker/.test(w.url())).length;
    expect(restoreWorkers()).toBe(1);
    await report.getByRole('button', { name: 'Close' }).click();
    // Its undo is no longer offered: the restore's worker ends, and its memory with it.
    await expect.poll(restoreWorkers).toBe(0);
    // Every imported page is back (the list shows them all, not only those with articles).
    await expect
      .poll(() => stored<{ id: string }>(page, 'pages').then((p) => p.length))
      .toBe(fixturePages().length);
    await pageRow(page, P0).waitFor();
    await pageRow(page, P1).waitFor();

    expectSameFiles(await exportAll(page), firstExport);
  });
});

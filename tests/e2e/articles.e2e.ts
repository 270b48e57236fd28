import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../src/core/article';
import type { Span } from '../../src/core/model';
import { openSamples, pageRow } from './support/app';
import { startGalley, type GalleySession } from './support/browser';
import { SAMPLES_DIR } from './support/paths';

const raw = readFileSync(path.join(SAMPLES_DIR, 'page-001.txt'), 'utf8').replace(/\r\n?/g, '\n');

function spanOf(text: string, from = 0): Span {
  const start = raw.indexOf(text, from);
  if (start === -1) throw new Error(`not on page-001: ${text}`);
  return { start, end: start + text.length };
}
function between(first: string, last: string): Span {
  const start = spanOf(first).start;
  return { start, end: spanOf(last, start).end };
}

const KICKER = '经开区财政局（审计局）';
const TITLE = '创新政府采购新模式 打造高效廉洁交易平台';
const P1 = between('本报讯 今年以来', '阳光透明。');
const P2 = between('引入价格审核机制。', '落实清廉机关建设。');
const P3 = between('推进政府采购电子化', '约资金1361.26万元。');
const KICKER_SPAN = spanOf(KICKER, spanOf('规范运行。\n记者 王赛华').end);
const BYLINE = between('记者 王赛华\n经开时报', '李洪永');
const OTHER = between('本报讯“夜来秋雨后', '促进苗木生长。');

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

async function select(page: Page, ranges: Span[]): Promise<void> {
  await page.evaluate((r) => window.__galleyArticles!.select(r), ranges);
}
function sessionState(page: Page): Promise<PageArticles> {
  return page.evaluate(() => window.__galleyArticles!.state());
}
const cards = (page: Page) => page.locator('.article-card');
const field = (page: Page, card: number, key: string) =>
  cards(page).nth(card).locator(`textarea[data-field="${key}"]`);

async function saved(page: Page): Promise<void> {
  await page.locator('.save-status[data-save="saved"]').waitFor();
}

describe('marking an article by hand on page-001', () => {
  it('builds, edits, merges, splits, undoes, and finds it all again after a reload', async () => {
    const page = await galley.open('?galley-test');
    await openSamples(page);
    await pageRow(page, 'page-001.txt').click();
    await page.waitForFunction(() => window.__galleyArticles?.raw.includes('创新政府采购新模式'));

    // Two non-contiguous selections at once become the body of a new article.
    await select(page, [P1, P3]);
    await page.keyboard.press('Alt+N');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await field(page, 0, 'paragraph-0').inputValue()).toBe(
      raw.slice(P1.start, P1.end).replace(/\n/g, ''),
    );
    // The paragraph printed between them goes in after the first (the current paragraph).
    await select(page, [P2]);
    await page.keyboard.press('Alt+P');
    await expect
      .poll(() => field(page, 0, 'paragraph-2').inputValue())
      .toBe(raw.slice(P3.start, P3.end).replace(/\n/g, ''));
    expect(await field(page, 0, 'paragraph-1').inputValue()).toContain('引入价格审核机制');

    // Kicker, title and byline are printed after the body.
    await select(page, [KICKER_SPAN]);
    await page.locator('.assign-toolbar button[data-action="kicker"]').click();
    await select(page, [spanOf(TITLE)]);
    await page.keyboard.press('Alt+T');
    await select(page, [BYLINE]);
    await page.keyboard.press('Alt+B');
    await expect.poll(() => field(page, 0, 'title').inputValue()).toBe(TITLE);
    expect(await field(page, 0, 'kicker').inputValue()).toBe(KICKER);
    expect(await field(page, 0, 'byline').inputValue()).toMatch(/^记者 王赛华 ?经开时报 李洪永$/);

    // Text that already belongs to the body: Galley asks before moving it to the dateline.
    await select(
      page,
      [spanOf('本报讯 今年以来').start].map((s) => ({ start: s, end: s + 3 })),
    );
    await page.keyboard.press('Alt+D');
    await page.getByRole('dialog').getByRole('button', { name: 'Move it here' }).click();
    await expect.poll(() => field(page, 0, 'dateline').inputValue()).toBe('本报讯');
    expect(await field(page, 0, 'paragraph-0').inputValue()).toMatch(/^今年以来，经开区财政局/);

    // Edit the body: plain typing, then Chinese through an IME composition.
    const p1 = field(page, 0, 'paragraph-0');
    await p1.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('（一）');
    const cdp = await page.context().newCDPSession(page);
    for (const pinyin of ['q', 'qi', 'qin', 'qing', 'qingl', 'qingli', 'qinglia', 'qinglian']) {
      await cdp.send('Input.imeSetComposition', {
        text: pinyin,
        selectionStart: pinyin.length,
        selectionEnd: pinyin.length,
      });
    }
    await cdp.send('Input.insertText', { text: '清廉' });
    await cdp.send('Input.imeSetComposition', { text: 'gao', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '高效' });
    const body = raw.slice(P1.start + 4, P1.end).replace(/\n/g, '');
    await expect.poll(() => p1.inputValue()).toBe(`${body}（一）清廉高效`);
    await expect
      .poll(async () => (await sessionState(page)).articles[0].paragraphs[0].text)
      .toBe(`${body}（一）清廉高效`);

    // A second article, merged into the first, then split off again at its first paragraph.
    await select(page, [OTHER]);
    await page.keyboard.press('Alt+N');
    await expect.poll(() => cards(page).count()).toBe(2);
    await cards(page).nth(0).locator('.article-head').click();
    await page.keyboard.press('Alt+M');
    await expect.poll(() => cards(page).count()).toBe(1);
    const merged = field(page, 0, 'paragraph-3');
    expect(await merged.inputValue()).toMatch(/^本报讯“夜来秋雨后/);
    await merged.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+S');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await field(page, 1, 'paragraph-0').inputValue()).toMatch(/^本报讯“夜来秋雨后/);

    // Undo the split, then the merge: two articles again, the first with its three paragraphs.
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await field(page, 0, 'paragraph-3').count()).toBe(0);

    await cards(page).nth(0).locator('.article-head').click();
    await saved(page);
    const before = await sessionState(page);
    const selectedId = await page
      .locator('.article-card[aria-current="true"]')
      .getAttribute('data-article-id');
    expect(selectedId).toBe(before.articles[0].id);

    await page.reload();
    await page.waitForFunction(() => window.__galleyArticles?.raw.includes('创新政府采购新模式'));
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await sessionState(page)).toEqual(before);
    expect(await page.locator('.article-card[aria-current="true"]').getAttribute('data-article-id')).toBe(
      selectedId,
    );
    expect(await field(page, 0, 'title').inputValue()).toBe(TITLE);
    expect(await field(page, 0, 'kicker').inputValue()).toBe(KICKER);
    expect(await field(page, 0, 'dateline').inputValue()).toBe('本报讯');
    expect(await field(page, 0, 'paragraph-0').inputValue()).toBe(`${body}（一）清廉高效`);

    // The article's revisions are listed (at least one per editing burst).
    await cards(page).nth(0).locator('.revisions summary').click();
    await expect.poll(() => cards(page).nth(0).locator('.revisions li').count()).toBeGreaterThan(0);
    expect(await cards(page).nth(0).locator('.revisions li button').first().textContent()).toBe('Restore');

    // The raw view still shows the spans: the title in the article's colour and style.
    await page.evaluate(
      (at) => window.__galleyArticles!.select([{ start: at, end: at }]),
      spanOf(TITLE).start,
    );
    const titleMark = page.locator('.raw-view .cm-span-title').first();
    await titleMark.waitFor();
    expect(await titleMark.textContent()).toContain('创新政府采购新模式');
    expect(await page.locator('.raw-view .cm-span-kicker').first().textContent()).toBe(KICKER);
    expect(Number(await page.locator('.article-coverage').getAttribute('data-coverage'))).toBeGreaterThan(
      0.05,
    );
    await page.screenshot({
      path: process.env.GALLEY_SCREENSHOT ?? path.join(process.cwd(), 'out', 'articles-e2e.png'),
    });

    // Clicking assigned raw text selects its article and field.
    await titleMark.click();
    await expect
      .poll(() =>
        page.locator('.article-card[aria-current="true"] .field-focused textarea').getAttribute('data-field'),
      )
      .toBe('title');

    // Focusing a field outlines its raw text and scrolls the raw view to it.
    await page.locator('.raw-view .cm-scroller').evaluate((el) => (el.scrollTop = 0));
    await field(page, 0, 'byline').focus();
    const focusMark = page.locator('.raw-view .cm-span-focus').first();
    await focusMark.waitFor();
    expect(await focusMark.textContent()).toBe('记者 王赛华');
    await expect.poll(() => focusMark.isVisible()).toBe(true);
    expect(await page.locator('.raw-view .cm-scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });
});

describe('the article tools in 简体中文', () => {
  it('marks furniture from the context menu, jumps to the next gap, and lists the shortcuts', async () => {
    const zh = await startGalley({ locale: 'zh-CN' });
    try {
      const page = await zh.open('?galley-test');
      await openSamples(page);
      await pageRow(page, 'page-001.txt').click();
      await page.waitForFunction(() => window.__galleyArticles?.raw.includes('创新政府采购新模式'));

      // The opening headline of the page, marked "not article text" from the context menu.
      const head = spanOf('紧抓能力作风建设 全面提升工作质效');
      await select(page, [head]);
      await page
        .locator('.raw-view .cm-line')
        .first()
        .click({ button: 'right', position: { x: 40, y: 5 } });
      await page.getByRole('menuitem', { name: /标为非正文/ }).click();
      await page.locator('.raw-view .cm-span-furniture').first().waitFor();
      expect(await page.locator('.raw-view .cm-span-furniture').first().textContent()).toBe(
        raw.slice(head.start, head.end),
      );
      await expect.poll(async () => (await sessionState(page)).furniture).toEqual([head]);

      // "Next unassigned" selects the first run of text nobody owns.
      await select(page, [{ start: 0, end: 0 }]);
      await page.getByRole('button', { name: '下一处未归属' }).click();
      // Nothing else is assigned yet: the gap runs from the first sentence to the end of the ink.
      const first = raw.indexOf('做好民主生活会征求意见。');
      await expect
        .poll(() => page.evaluate(() => window.__galleyArticles!.selection()))
        .toEqual([{ start: first, end: raw.trimEnd().length }]);
      // Only its first paragraph goes into the new article.
      await select(page, [between('做好民主生活会征求意见。', '定基础。做好工作推进会。共参')]);
      await page.keyboard.press('Alt+N');
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await field(page, 0, 'paragraph-0').inputValue()).toMatch(/^做好民主生活会征求意见。/);

      // A second article; reading order changed by keyboard, then back by dragging.
      await select(page, [between('经开区党政办公室\n\n牵总抓细强责任', '成果转化筑担当')]);
      await page.keyboard.press('Alt+N');
      await expect.poll(() => cards(page).count()).toBe(2);
      const second = await cards(page).nth(1).getAttribute('data-article-id');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => cards(page).nth(0).getAttribute('data-article-id')).toBe(second);
      // Drag and drop, as the browser fires it (Playwright's mouse does not start an HTML
      // drag in this headless Chromium): dragstart on the handle, dragover and drop on the first card.
      await page.evaluate(() => {
        const [first, second] = document.querySelectorAll('.article-card');
        const data = new DataTransfer();
        const fire = (el: Element, type: string) =>
          el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        fire(second.querySelector('.article-handle')!, 'dragstart');
        fire(first.querySelector('.article-headline')!, 'dragover');
        fire(first.querySelector('.article-headline')!, 'drop');
        fire(second.querySelector('.article-handle')!, 'dragend');
      });
      await expect.poll(() => cards(page).nth(1).getAttribute('data-article-id')).toBe(second);
      await expect.poll(async () => (await sessionState(page)).articles.map((a) => a.id)[1]).toBe(second);

      // The `?` overlay lists every shortcut, in Chinese.
      await page.locator('.article-list').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Shift+Slash');
      const help = page.getByRole('dialog', { name: '键盘快捷键' });
      await help.waitFor();
      expect(await help.textContent()).toContain('设为主题');
      expect(await help.textContent()).toContain('Alt+T');
      await page.screenshot({ path: path.join(process.cwd(), 'out', 'articles-zh.png') });
      await page.keyboard.press('Escape');
    } finally {
      await zh.close();
    }
  });
});

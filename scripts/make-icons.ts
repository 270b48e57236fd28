// Draws the app icon's sizes from its one source drawing, resources/icon.svg: PNGs for the
// window and the web app, icon.ico (PNG entries) for Windows. Run after changing the
// drawing: `npm run icons`. Rendered by Chromium, so no image library is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChromium } from '../tests/e2e/support/chromium';

const resources = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../resources');
const SIZES = [16, 32, 48, 64, 128, 180, 256, 512, 1024];
const ICO_SIZES = [16, 32, 48, 256];

/** An .ico holding PNG images, as Windows Vista and later read them. */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

const svg = readFileSync(path.join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: ['--headless', '--no-sandbox'],
});
try {
  const pngs: { size: number; data: Buffer }[] = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    const data = await page.screenshot({ omitBackground: true });
    await page.close();
    writeFileSync(path.join(resources, `icon-${size}.png`), data);
    pngs.push({ size, data });
  }
  writeFileSync(path.join(resources, 'icon.png'), pngs.find((p) => p.size === 512)!.data);
  writeFileSync(path.join(resources, 'icon.ico'), ico(pngs.filter((p) => ICO_SIZES.includes(p.size))));
} finally {
  await browser.close();
}

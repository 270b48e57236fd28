// Runs the built command line (`npm run build:cli`), as a user would, on fixture pages written
// to a temp folder and on the archivist's text of each (from its truth file).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/core/diff/figures';
import { fixture } from '../fixtures';
import { fixtureFolder } from './fixtureFolder';
import { ensureBuilt, galley } from './galley';
import { compareFigures } from './output';

beforeAll(ensureBuilt, 180_000);

const pages = fixtureFolder();

/** Writes the page's corrected text (titles and paragraphs of its truth) beside the raw pages. */
function corrected(name: string): { file: string; text: string } {
  const text = fixture(name)
    .truth.articles.flatMap((a) => [a.title, ...a.paragraphs])
    .join('\n');
  const file = path.join(pages.dir, `${name}.corrected.txt`);
  writeFileSync(file, text + '\n');
  return { file, text };
}

describe('galley compare', { timeout: 60_000 }, () => {
  it.each(['01-flood-drill', '07-job-fair'])(
    'prints the figures of raw page %s against its corrected text',
    async (name) => {
      const { file, text } = corrected(name);
      const { code, stdout } = await galley('compare', pages.page(name), file);
      expect(code).toBe(0);
      const figures = compareFigures(stdout);
      // The same figures as the app's review panel, over the text without its last line end.
      const raw = fixture(name).raw.replace(/\n$/, '');
      expect(figures).toEqual(compareTexts(raw, text));
      expect(figures.reference_chars).toBe([...text].length);
      expect(figures.insertions + figures.deletions + figures.substitutions).toBe(figures.distance);
      expect(figures.cer).toBeGreaterThan(0);
      expect(figures.cer).toBeLessThan(1);
    },
  );

  it('gives the same figures for the GB18030, UTF-16 and CRLF forms of a raw page', async () => {
    const { file } = corrected('05-fire-drill');
    const [utf8, ...others] = await Promise.all(
      ['utf-8', 'gb18030', 'utf-16le', 'crlf'].map((v) =>
        galley('compare', pages.page('05-fire-drill', v), file),
      ),
    );
    expect(utf8.code).toBe(0);
    for (const o of others) {
      expect(o.code).toBe(0);
      expect(JSON.parse(o.stdout)).toEqual(JSON.parse(utf8.stdout));
    }
  });

  it('reads GB18030 with CRLF as the app does, and gives the figures the review panel shows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-compare-'));
    const raw = '本报讯(通讯员 张冲)\r\n工作己完成, 带来巨大 挑战\r\n';
    const correctedText = '本报讯（通讯员 张冲）\n工作已完成，带来巨大挑战\n';
    writeFileSync(path.join(dir, 'raw.txt'), iconv.encode(raw, 'gb18030'));
    writeFileSync(path.join(dir, 'corrected.txt'), correctedText);
    const { code, stdout } = await galley(
      'compare',
      path.join(dir, 'raw.txt'),
      path.join(dir, 'corrected.txt'),
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      compareTexts(
        '本报讯(通讯员 张冲)\n工作己完成, 带来巨大 挑战',
        '本报讯（通讯员 张冲）\n工作已完成，带来巨大挑战',
      ),
    );
    expect(JSON.parse(stdout)).toMatchObject({ substitutions: 4, deletions: 2, insertions: 0 });
  });

  it('names a missing file and exits non-zero; wrong arguments print the usage', async () => {
    const { file } = corrected('02-street-roundup');
    const missing = await galley('compare', path.join(pages.dir, 'nope.txt'), file);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const usage = await galley('compare', file);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: galley compare RAW CORRECTED');
  });
});

// Runs the built command line (`npm run build:cli`), as a user would.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/core/diff/figures';
import { ensureBuilt, galley, root } from './galley';

const reference = path.resolve(root, '../shared/reference/icdar2017-eng-periodical');

beforeAll(ensureBuilt, 180_000);

describe('galley compare', { timeout: 60_000 }, () => {
  it.each([
    ['1', 32902, 1240, 0.03769],
    ['4', 39607, 2573, 0.06496],
  ])('prints the reference figures of ICDAR 2017 pair %s', async (pair, referenceChars, distance, cer) => {
    const { code, stdout } = await galley(
      'compare',
      path.join(reference, `${pair}.ocr.txt`),
      path.join(reference, `${pair}.gt.txt`),
    );
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const figures = JSON.parse(lines[0]);
    expect(Object.keys(figures)).toEqual([
      'reference_chars',
      'insertions',
      'deletions',
      'substitutions',
      'distance',
      'cer',
    ]);
    expect(figures.reference_chars).toBe(referenceChars);
    expect(figures.distance).toBe(distance);
    expect(figures.insertions + figures.deletions + figures.substitutions).toBe(distance);
    expect(figures.cer).toBeCloseTo(cer, 5);
  });

  it('reads GB18030 with CRLF as the app does, and gives the figures the review panel shows', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-compare-'));
    const raw = '本报讯(通讯员 张冲)\r\n工作己完成, 带来巨大 挑战\r\n';
    const corrected = '本报讯（通讯员 张冲）\n工作已完成，带来巨大挑战\n';
    writeFileSync(path.join(dir, 'raw.txt'), iconv.encode(raw, 'gb18030'));
    writeFileSync(path.join(dir, 'corrected.txt'), corrected);
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
    const missing = await galley(
      'compare',
      path.join(reference, 'nope.txt'),
      path.join(reference, '1.gt.txt'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const usage = await galley('compare', path.join(reference, '1.gt.txt'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: galley compare RAW CORRECTED');
  });
});

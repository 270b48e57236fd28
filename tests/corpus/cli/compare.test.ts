// galley compare on the ICDAR 2017 pairs against their published figures (corpus suite).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, galley } from '../../cli/galley';
import { compareFigures } from '../../cli/output';
import { REFERENCE_DIR as reference } from '../core/corpus';

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
    const figures = compareFigures(stdout);
    expect(figures.reference_chars).toBe(referenceChars);
    expect(figures.distance).toBe(distance);
    expect(figures.insertions + figures.deletions + figures.substitutions).toBe(distance);
    expect(figures.cer).toBeCloseTo(cer, 5);
  });
});

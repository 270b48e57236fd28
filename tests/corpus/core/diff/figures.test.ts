// compareTexts on the ICDAR 2017 English periodical pairs, against their published figures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../../src/core/diff/figures';
import { REFERENCE_DIR as reference } from '../corpus';

const read = (name: string): string => readFileSync(path.join(reference, name), 'utf8').replace(/\n$/, '');

describe('compareTexts on the ICDAR 2017 English periodical pairs', () => {
  // Reference figures from the README of the reference set.
  it.each([
    ['1', 32902, 1240, 0.03769],
    ['4', 39607, 2573, 0.06496],
  ])('pair %s agrees with the published figures', (pair, referenceChars, distance, cer) => {
    const ocr = read(`${pair}.ocr.txt`);
    const gt = read(`${pair}.gt.txt`);
    const figures = compareTexts(ocr, gt);
    expect(figures.reference_chars).toBe(referenceChars);
    expect(figures.distance).toBe(distance);
    expect(figures.cer).toBeCloseTo(cer, 5);
    expect(figures.insertions + figures.deletions + figures.substitutions).toBe(distance);
    // Insertions minus deletions is the growth from OCR to ground truth.
    expect(figures.insertions - figures.deletions).toBe([...gt].length - [...ocr].length);
  });
});

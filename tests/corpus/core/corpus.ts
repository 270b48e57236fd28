// The real archive pages of the corpus suite, read from CORPUS_DIR (tests/fixtures/index.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../../fixtures';

/** The real OCR pages: page-000.txt, page-001.txt, page-002.txt. */
export const SAMPLES_DIR = path.join(CORPUS_DIR, 'samples');
/** The ICDAR 2017 English periodical pairs (`1.ocr.txt`, `1.gt.txt`, …) with published figures. */
export const REFERENCE_DIR = path.join(CORPUS_DIR, 'reference', 'icdar2017-eng-periodical');

/** The path of one real page. */
export function corpusPath(name: string): string {
  return path.join(SAMPLES_DIR, name);
}

/** The text of one real page, as stored. */
export function corpusPage(name: string): string {
  return readFileSync(corpusPath(name), 'utf8');
}

// `galley compare RAW CORRECTED`: the review figures of two text files as one JSON object,
// the same figures the app's review panel shows. Files are decoded as the app decodes pages
// (BOM, UTF-8, GB18030; line endings to LF); one final line break is not counted, as a text
// file's last line ends with one. An exact alignment of two dissimilar texts costs their
// lengths multiplied (two different 100,000-character texts take some 6 s), so pairs whose
// product passes MAX_COMPARE_CELLS are refused at once with a clear message, and a run that
// may take more than a second or two says so on standard error first.

import path from 'node:path';
import { decodeFile, MAX_PAGE_BYTES } from '../../core/decode';
import { compareTexts } from '../../core/diff/figures';
import { readFailure, readRegularFile } from '../io';
import { decodeWarningLine, REJECT_WORDS } from '../messages';

export const compareUsage = 'galley compare RAW CORRECTED';

/** Length × length (UTF-16 units) above which two texts are not compared: about 6 s of work. */
export const MAX_COMPARE_CELLS = 1e10;
/** Above this product, a line on standard error says the comparison may take a while. */
const SLOW_COMPARE_CELLS = 2.5e9;

async function readText(file: string): Promise<string> {
  const read = await readRegularFile(file, MAX_PAGE_BYTES);
  if (!read.ok) {
    throw new Error(
      read.problem.code === 'file.too-large'
        ? `${file}: ${REJECT_WORDS['too-large']} (${read.problem.detail})`
        : readFailure(file, read.problem),
    );
  }
  const decoded = await decodeFile(read.bytes, { name: path.basename(file), relativePath: file });
  if (!decoded.ok)
    throw new Error(
      `${file}: ${REJECT_WORDS[decoded.reason]}${decoded.detail ? ` (${decoded.detail})` : ''}`,
    );
  const warning = decodeWarningLine('compare', file, decoded);
  if (warning) process.stderr.write(warning);
  return decoded.raw.replace(/\n$/, '');
}

export async function compareCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${compareUsage}\n`);
    return 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    process.stderr.write(`usage: ${compareUsage}\n`);
    return 2;
  }
  try {
    const [raw, corrected] = await Promise.all(args.map(readText));
    const cells = raw.length * corrected.length;
    if (cells > MAX_COMPARE_CELLS) {
      process.stderr.write(
        `galley compare: too long to compare exactly (${raw.length} × ${corrected.length} characters; ` +
          `the limit is ${MAX_COMPARE_CELLS.toExponential()} for the two lengths multiplied); compare the pages in parts\n`,
      );
      return 1;
    }
    if (cells > SLOW_COMPARE_CELLS)
      process.stderr.write(
        `galley compare: comparing ${raw.length} × ${corrected.length} characters; this can take up to ${Math.ceil((cells / MAX_COMPARE_CELLS) * 8)} s\n`,
      );
    process.stdout.write(JSON.stringify(compareTexts(raw, corrected)) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`galley compare: ${(e as Error).message}\n`);
    return 1;
  }
}

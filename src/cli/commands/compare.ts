// `galley compare RAW CORRECTED`: the review figures of two text files as one JSON object,
// the same figures the app's review panel shows. Files are decoded as the app decodes pages
// (BOM, UTF-8, GB18030; line endings to LF); one final line break is not counted, as a text
// file's last line ends with one.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeFile } from '../../core/decode';
import { fileProblem } from '../../core/errno';
import { problemMessage } from '../messages';
import { compareTexts } from '../../core/diff/figures';

export const compareUsage = 'galley compare RAW CORRECTED';

async function readText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new Error(`${file}: ${problemMessage(fileProblem(e))}`, { cause: e });
  }
  const decoded = await decodeFile(bytes, { name: path.basename(file), relativePath: file });
  if (!decoded.ok)
    throw new Error(`${file}: cannot read (${decoded.reason}${decoded.detail ? `: ${decoded.detail}` : ''})`);
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
    process.stdout.write(JSON.stringify(compareTexts(raw, corrected)) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`galley compare: ${(e as Error).message}\n`);
    return 1;
  }
}

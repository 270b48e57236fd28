// `galley segment FILE…`: the suggested articles of each page as JSON Lines, one export
// record (src/core/export/schema.ts) per article, cleaned with the default transforms.

import { parseArgs } from 'node:util';
import { toExportRecord } from '../../core/export/schema';
import { suggestArticles } from '../../core/segment';
import { readPage } from '../io';
import { decodeWarningLine } from '../messages';
import type { Command } from './command';

export const segmentUsage = 'galley segment FILE…';

async function run(args: string[]): Promise<number> {
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (parsed.values.help) {
      process.stdout.write(
        `usage: ${segmentUsage}\n\nPrints the suggested articles of each page as JSON Lines in the export schema\n(one object per article: source, order, section, kicker, title, subtitle, dateline,\nbyline, paragraphs, captions, notes, status, spans). Text is cleaned with the\ndefault transforms; spans point into the raw page.\n`,
      );
      return 0;
    }
    positionals = parsed.positionals;
  } catch (e) {
    process.stderr.write(`galley segment: ${(e as Error).message}\nusage: ${segmentUsage}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`usage: ${segmentUsage}\n`);
    return 2;
  }
  let failed = false;
  for (const file of positionals) {
    const read = await readPage(file);
    if (!read.ok) {
      process.stderr.write(`galley segment: ${read.message}\n`);
      failed = true;
      continue;
    }
    const { page } = read;
    const warning = decodeWarningLine('segment', file, page);
    if (warning) process.stderr.write(warning);
    const lines = suggestArticles(page.raw).map((article) =>
      JSON.stringify(toExportRecord(page, page.raw, article)),
    );
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

export const segmentCommand: Command = {
  name: 'segment',
  summary: 'print the suggested articles of pages as JSON Lines (export schema)',
  usage: segmentUsage,
  run,
};

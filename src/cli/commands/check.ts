// `galley check BACKUP`: the one-owner rule checked over every page of a project backup
// (core/article's checkPage): raw text held by two owners, spans outside the raw text,
// and corrected text that reproduces raw text outside its field's spans (orphaned, or a
// duplicate of another field's text). Problems go to stdout as JSON Lines, one object per
// problem: the page's id and relative path, then the problem's code and data. Exit code 0
// when there are none, 1 when there are any (or the backup cannot be read), 2 for usage.

import { parseArgs } from 'node:util';
import { projectProblems } from '../../core/article/projectProblems';
import { MAX_BACKUP_FILE_BYTES } from '../../core/backup/format';
import { parseBackup } from '../../core/backup/parse';
import { readFailure, readRegularFile } from '../io';
import { backupMessage } from '../messages';
import type { Command } from './command';

export const checkUsage = 'galley check BACKUP';

async function run(args: string[]): Promise<number> {
  let positionals: string[];
  let help: boolean | undefined;
  try {
    ({
      positionals,
      values: { help },
    } = parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    process.stderr.write(`galley check: ${(e as Error).message}\nusage: ${checkUsage}\n`);
    return 2;
  }
  if (help) {
    process.stdout.write(`usage: ${checkUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`usage: ${checkUsage}\n`);
    return 2;
  }
  const file = positionals[0];
  const read = await readRegularFile(file, MAX_BACKUP_FILE_BYTES);
  if (!read.ok) {
    process.stderr.write(`galley check: ${readFailure(file, read.problem)}\n`);
    return 1;
  }
  const backup = parseBackup(read.bytes);
  if (!backup.ok) {
    process.stderr.write(`galley check: ${file}: ${backupMessage(backup.error)}\n`);
    return 1;
  }
  let count = 0;
  const pages = new Set<string>();
  for (const { page, problem: found } of projectProblems(backup.data)) {
    const problem = { pageId: page.id, page: page.relativePath, ...found };
    process.stdout.write(JSON.stringify(problem) + '\n');
    count++;
    pages.add(problem.pageId);
  }
  const checked = backup.data.pages.length;
  process.stderr.write(
    count === 0
      ? `galley check: no problems in ${checked} page${checked === 1 ? '' : 's'}\n`
      : `galley check: ${count} problem${count === 1 ? '' : 's'} on ${pages.size} of ${checked} page${checked === 1 ? '' : 's'}\n`,
  );
  return count === 0 ? 0 : 1;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check that no raw text, and no text read from it, has two owners (JSON Lines)',
  usage: checkUsage,
  run,
};

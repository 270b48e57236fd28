// `galley check BACKUP`: the one-owner rule checked over every page of a project backup
// (core/article's checkPage): raw text held by two owners, spans outside the raw text,
// and corrected text that reproduces raw text outside its field's spans (orphaned, or a
// duplicate of another field's text). Problems go to stdout as JSON Lines, one object per
// problem: the page's id and relative path, then the problem's code and data. Exit code 0
// when there are none, 1 when there are any (or the backup cannot be read), 2 for usage.

import { parseArgs } from 'node:util';
import { checkPage, type PageProblem } from '../../core/article/check';
import { MAX_BACKUP_FILE_BYTES } from '../../core/backup/format';
import { parseBackup } from '../../core/backup/parse';
import type { ProjectData } from '../../core/backup/types';
import type { Article } from '../../core/model';
import { readFailure, readRegularFile } from '../io';
import { backupMessage } from '../messages';
import type { Command } from './command';

export const checkUsage = 'galley check BACKUP';

/** Every problem of every page of a project, each with its page. */
export function* projectProblems(
  data: ProjectData,
): Generator<{ pageId: string; page: string } & PageProblem> {
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const byPage = new Map<string, Article[]>();
  for (const a of data.articles) {
    const list = byPage.get(a.pageId);
    if (list) list.push(a);
    else byPage.set(a.pageId, [a]);
  }
  for (const page of data.pages) {
    const articles = (byPage.get(page.id) ?? []).sort((a, b) => a.order - b.order);
    const state = { pageId: page.id, articles, furniture: page.furniture };
    for (const problem of checkPage(raws.get(page.id) ?? '', state))
      yield { pageId: page.id, page: page.relativePath, ...problem };
  }
}

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
  for (const problem of projectProblems(backup.data)) {
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

// `galley export` is all or nothing: a rename failing mid-swap, Ctrl-C while staging, kill -9
// while swapping, or a link inside the folder never leave a mix of old and new files, hidden
// temporaries, or anything written outside the folder. Real folders, real child processes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/core/backup/format';
import { projectData } from '../core/backup/fixtures';
import { waitFor } from '../support/waitFor';
import { ensureBuilt, galley, root } from './galley';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** An export folder holding an earlier export, every file's content replaced by "old <path>". */
async function earlierExport(): Promise<{ dir: string; backup: string; out: string; files: string[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-safety-'));
  const backup = path.join(dir, 'project.galley-backup');
  writeFileSync(backup, makeBackup(projectData(), { createdAt: Date.UTC(2026, 10, 22) }));
  const out = path.join(dir, 'out');
  expect((await galley('export', backup, '--out', out)).code).toBe(0);
  const files = listFiles(out);
  for (const f of files) writeFileSync(path.join(out, f), `old ${f}`);
  return { dir, backup, out, files };
}

const contents = (out: string, files: string[]) => files.map((f) => readFileSync(path.join(out, f), 'utf8'));

/** Starts `galley export` with a test hook; resolves the child and a promise of its end. */
function start(hook: string, ...args: string[]) {
  const child = spawn(process.execPath, [path.join(root, 'bin/galley.mjs'), 'export', ...args], {
    env: { ...process.env, GALLEY_TEST_EXPORT: hook },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, ended, stderr: () => stderr };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(ensureBuilt, 180_000);

describe('galley export, all or nothing', { timeout: 120_000 }, () => {
  it('puts every earlier file back when a rename fails mid-swap, and says nothing was exported', async () => {
    const { backup, out, files } = await earlierExport();
    const run = start('fail-swap:3', backup, '--out', out);
    const { code } = await run.ended;
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(/could not write .*nothing was exported/);
    expect(listFiles(out)).toEqual(files);
    expect(contents(out, files)).toEqual(files.map((f) => `old ${f}`));
  });

  it('leaves nothing behind when stopped with Ctrl-C (SIGINT) or SIGTERM while staging', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const { backup, out, files } = await earlierExport();
      const run = start('pause-stage:300', backup, '--out', out);
      // A loaded CI machine can take many seconds to start the child.
      await waitFor('staging', () => readdirSync(out).some((n) => n.startsWith('.galley-export-')), 40_000);
      await sleep(400); // a file or two staged
      run.child.kill(signal);
      const { code } = await run.ended;
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(run.stderr()).toContain('nothing was exported');
      expect(listFiles(out)).toEqual(files);
      expect(contents(out, files)).toEqual(files.map((f) => `old ${f}`));
    }
  });

  it('after kill -9 during the swap, the next run recognises the half-swapped folder and finishes it', async () => {
    const { backup, out, files } = await earlierExport();
    const run = start('pause-swap:400', backup, '--out', out);
    // The swap has begun once one file holds the new export (each rename then pauses 400 ms).
    const swapped = (f: string) => {
      try {
        return !readFileSync(path.join(out, f), 'utf8').startsWith('old ');
      } catch {
        return false; // set aside, the new one not yet in
      }
    };
    await waitFor('the swap', () => files.some(swapped), 40_000);
    await sleep(300); // a few files swapped, most not
    run.child.kill('SIGKILL');
    await run.ended;
    const left = readdirSync(out);
    const stage = left.find((n) => n.startsWith('.galley-export-'));
    expect(stage).toBeDefined();
    expect(readdirSync(path.join(out, stage!))).toContain('.galley-complete');
    const mixed = contents(
      out,
      files.filter((f) => listFiles(out).includes(f)),
    );
    expect(mixed.some((c) => c.startsWith('old '))).toBe(true);
    // The next export (here: only the CSV) first finishes the interrupted one.
    const next = await galley('export', backup, '--format', 'csv', '--out', out);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('finished the export that was interrupted');
    expect(listFiles(out)).toEqual(files);
    expect(contents(out, files).some((c) => c.startsWith('old '))).toBe(false);
  });

  it('never writes through a symbolic link inside the folder, and resolves the folder itself', async () => {
    const { dir, backup, out, files } = await earlierExport();
    const outside = path.join(dir, 'outside');
    mkdirSync(outside);
    const page = files[0].split('/')[0];
    const moved = path.join(dir, 'moved');
    mkdirSync(moved);
    // out/<page> becomes a link to a folder outside.
    const { renameSync } = await import('node:fs');
    renameSync(path.join(out, page), path.join(moved, page));
    symlinkSync(outside, path.join(out, page));
    const run = await galley('export', backup, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /is a symbolic link; Galley does not write through links.*nothing was exported/,
    );
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(out).filter((n) => n.startsWith('.galley'))).toEqual([]);
    // --out given as a link is the folder it points to.
    const link = path.join(dir, 'link-to-fresh');
    const fresh = path.join(dir, 'fresh');
    mkdirSync(fresh);
    symlinkSync(fresh, link);
    expect((await galley('export', backup, '--format', 'csv', '--out', link)).code).toBe(0);
    expect(readdirSync(fresh)).toEqual(['manifest.csv']);
  });
});

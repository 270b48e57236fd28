// export.articles_per_s: 10,000 generated articles by default (pages of 50, text from the fixture pages)
// exported in every format, including writing the files to a temporary folder the way
// `galley export` does (made in a worker thread while the main thread writes them, staged in a
// folder of its own, flushed to the disk, then swapped in); export.cost_vs_plain_write: that
// time against the plain write, a loop of one awaited fs.writeFile per file (each folder made
// once) writing the same bytes into a new folder, not flushed.
//
// Fair to both sides: `sync` runs before each timed part, so neither pays for the dirty pages
// the other left behind, and the two alternate which goes first, round after round; figures
// are medians. CPU figures are every thread's (user + system); the load average is printed
// because other work on the machine stretches wall times.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { writeExport } from '../src/cli/exportFolder';
import { exportFilesInWorker } from '../src/cli/exportWorker';
import { exportProject } from '../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../src/core/export/snapshot';
import { startTsWorker } from '../tests/cli/tsWorker';
import { generatedProject, PER_PAGE } from '../tests/core/export/generatedProject';

// `npm run bench -- export 100000` (or `npx tsx bench/export.bench.ts 100000 [ROUNDS]`) for the scaled variant.
const ROUNDS = Number(process.argv[3] ?? 4);

async function plainWrite(dir: string, files: readonly { path: string; bytes: Buffer }[]): Promise<void> {
  const made = new Set<string>();
  for (const f of files) {
    const target = path.join(dir, f.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(target, f.bytes);
  }
}

const project = generatedProject(Number(process.argv[2] ?? 10_000));
const articles = project.pages.length * PER_PAGE;
const options = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };

// Making the files alone, in this thread, for the record; their bytes are the plain write's.
const t = performance.now();
const files = exportProject(project, options);
const buildMs = performance.now() - t;
const bytes = files.map((f) => ({ path: f.path, bytes: Buffer.from(f.data as string, 'utf8') }));
files.length = 0;
const byteCount = bytes.reduce((n, f) => n + f.bytes.length, 0);

interface Timed {
  ms: number[];
  cpuMs: number[];
}
const full: Timed = { ms: [], cpuMs: [] };
const plain: Timed = { ms: [], cpuMs: [] };
async function timed(into: Timed, run: () => Promise<unknown>): Promise<void> {
  execFileSync('sync');
  const start = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  into.ms.push(performance.now() - start);
  into.cpuMs.push((used.user + used.system) / 1000);
}

const base = await mkdtemp(path.join(tmpdir(), 'galley-export-bench-'));
try {
  for (let round = 0; round < ROUNDS; round++) {
    const out = path.join(base, `full-${round}`);
    const plainOut = path.join(base, `plain-${round}`);
    // The full export as `galley export` runs it: made and written as it goes.
    const runFull = () =>
      timed(full, async () => {
        await mkdir(out);
        await writeExport(out, exportFilesInWorker(project, options, startTsWorker));
      });
    const runPlain = () => timed(plain, () => plainWrite(plainOut, bytes));
    if (round % 2 === 0) await runFull().then(runPlain);
    else await runPlain().then(runFull);
    await rm(out, { recursive: true });
    await rm(plainOut, { recursive: true });
    // Progress on standard error: a 100,000-article run takes minutes.
    const [fullMs, plainMs] = [full.ms[round], plain.ms[round]];
    process.stderr.write(
      `round ${round + 1}/${ROUNDS}: export ${fullMs.toFixed(0)} ms, plain ${plainMs.toFixed(0)} ms, ${(fullMs / plainMs).toFixed(2)} x (load ${loadavg()[0].toFixed(1)})\n`,
    );
  }
} finally {
  await rm(base, { recursive: true, force: true });
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
console.log(`export.files: ${bytes.length} files`);
console.log(`export.bytes: ${(byteCount / 1e6).toFixed(1)} MB`);
console.log(`export.rounds: ${ROUNDS} rounds`);
console.log(`export.total_ms: ${median(full.ms).toFixed(0)} ms`);
console.log(`export.build_ms: ${buildMs.toFixed(0)} ms`);
console.log(`export.plain_write_ms: ${median(plain.ms).toFixed(0)} ms`);
console.log(`export.total_cpu_ms: ${median(full.cpuMs).toFixed(0)} ms`);
console.log(`export.plain_write_cpu_ms: ${median(plain.cpuMs).toFixed(0)} ms`);
console.log(`export.load_average: ${loadavg()[0].toFixed(1)} processes`);
console.log(`export.articles_per_s: ${((articles / median(full.ms)) * 1000).toFixed(0)} articles/s`);
// Each round's own ratio (same load, side by side), then their median.
const ratios = full.ms.map((ms, i) => ms / plain.ms[i]);
console.log(`export.cost_vs_plain_write: ${median(ratios).toFixed(2)} x`);

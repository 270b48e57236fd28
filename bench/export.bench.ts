// export.articles_per_s: 10,000 generated articles by default (pages of 50, text from the fixture pages)
// exported in every format, including writing the files to a temporary folder the way
// `galley export` does (made in a worker thread while the main thread writes them, staged in a
// folder of its own, then swapped in); export.cost_vs_plain_write: that time against a plain
// writeFile loop of the same bytes into the same kind of folder, same run. CPU figures are
// every thread's (user + system); the load average is printed because other work on the
// machine inflates wall times.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { writeExport } from '../src/cli/exportFolder';
import { exportFilesInWorker } from '../src/cli/exportWorker';
import { exportProject } from '../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../src/core/export/snapshot';
import { startTsWorker } from '../tests/cli/tsWorker';
import { generatedProject, PER_PAGE } from '../tests/core/export/generatedProject';

// `npm run bench -- export 100000` (or `npx tsx bench/export.bench.ts 100000`) for the scaled variant.

async function plainWrite(dir: string, files: { path: string; bytes: Buffer }[]): Promise<void> {
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
const base = await mkdtemp(path.join(tmpdir(), 'galley-export-bench-'));
const options = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };
const fullMs: number[] = [];
const plainMs: number[] = [];
const exportOnlyMs: number[] = [];
const fullCpuMs: number[] = [];
const plainCpuMs: number[] = [];
const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
let fileCount = 0;
let byteCount = 0;
try {
  for (let round = 0; round < 3; round++) {
    // Making the files alone, for the record.
    let t = performance.now();
    const files = exportProject(project, options);
    exportOnlyMs.push(performance.now() - t);

    // The full export as `galley export` runs it: made and written as it goes.
    t = performance.now();
    let cpu = process.cpuUsage();
    const out = path.join(base, `full-${round}`);
    await mkdir(out, { recursive: true });
    await writeExport(out, exportFilesInWorker(project, options, startTsWorker));
    fullMs.push(performance.now() - t);
    fullCpuMs.push(cpuMs(cpu));

    const bytes = files.map((f) => ({ path: f.path, bytes: Buffer.from(f.data as string, 'utf8') }));
    fileCount = bytes.length;
    byteCount = bytes.reduce((n, f) => n + f.bytes.length, 0);
    t = performance.now();
    cpu = process.cpuUsage();
    await plainWrite(path.join(base, `plain-${round}`), bytes);
    plainMs.push(performance.now() - t);
    plainCpuMs.push(cpuMs(cpu));
  }
} finally {
  await rm(base, { recursive: true, force: true });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`export.files: ${fileCount} files`);
console.log(`export.bytes: ${(byteCount / 1e6).toFixed(1)} MB`);
console.log(`export.total_ms: ${median(fullMs).toFixed(0)} ms`);
console.log(`export.build_ms: ${median(exportOnlyMs).toFixed(0)} ms`);
console.log(`export.plain_write_ms: ${median(plainMs).toFixed(0)} ms`);
console.log(`export.total_cpu_ms: ${median(fullCpuMs).toFixed(0)} ms`);
console.log(`export.plain_write_cpu_ms: ${median(plainCpuMs).toFixed(0)} ms`);
console.log(`export.load_average: ${loadavg()[0].toFixed(1)} processes`);
console.log(`export.articles_per_s: ${((articles / median(fullMs)) * 1000).toFixed(0)} articles/s`);
console.log(`export.cost_vs_plain_write: ${(median(fullMs) / median(plainMs)).toFixed(2)} x`);

// Runs every benchmark in bench/ (TypeScript, through tsx) one after another. Each prints
// its figures as `name: value unit` lines. Browser benchmarks need the web app built for tests (dist-e2e).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// Numbers are sizes for the scaled variants (`npm run bench -- browser-import 10000`), passed
// to each benchmark run; other words pick the files.
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a));
const only = args.filter((a) => !/^\d+$/.test(a));
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const needsWeb = files.some((f) => f.startsWith('browser-'));
if (needsWeb) {
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let failed = false;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`, ...sizes], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${file} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);

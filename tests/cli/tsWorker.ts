// Starts the export worker from its TypeScript source (src/cli/exportWorker.ts) for tests and
// benches, which run the sources rather than the bundle: the worker thread registers tsx
// first, since a loader registered in this thread does not reach a worker.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StartWorker } from '../../src/cli/exportWorker';

// tsx's ES module API (its CommonJS one cannot register from a worker's eval).
const tsx = new URL(
  'dist/esm/api/index.mjs',
  pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
).href;
const source = new URL('../../src/cli/exportWorker.ts', import.meta.url).href;

export const startTsWorker: StartWorker = (job) =>
  new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`,
    { eval: true, workerData: job },
  );

#!/usr/bin/env node
// `npm run test:corpus`: the suite over the real OCR pages, which stay outside the repo.
// They are read from $GALLEY_CORPUS (default: ../shared beside the repo); where that folder
// is missing, say so in one line and pass, so a plain clone still tests itself.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, process.env.GALLEY_CORPUS ?? '../shared');

if (!existsSync(path.join(corpus, 'samples'))) {
  console.log(
    `Corpus suite not run: no real pages at ${corpus}/samples (set GALLEY_CORPUS to the folder holding samples/ and reference/).`,
  );
  process.exit(0);
}
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.corpus.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GALLEY_CORPUS: corpus },
  },
);
process.exit(run.status ?? 1);

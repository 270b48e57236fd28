import path from 'node:path';
import { fileURLToPath } from 'node:url';

// import.meta rather than __dirname: benchmarks load this through tsx as an ES module.
const here = path.dirname(fileURLToPath(import.meta.url));

export const REPO_ROOT = path.resolve(here, '../../..');
/** The web app built for tests (`npm run build:e2e`, with the test hooks); GALLEY_DIST_WEB points elsewhere, e.g. at a private build. */
export const DIST_WEB = process.env.GALLEY_DIST_WEB ?? path.join(REPO_ROOT, 'dist-e2e');

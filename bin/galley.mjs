#!/usr/bin/env node
// The command line is bundled from src/cli by `npm run build:cli` (run by `prepare` on install).
import '../out/cli/galley.mjs';

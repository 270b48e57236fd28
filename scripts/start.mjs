#!/usr/bin/env node
// `npm start`: build the desktop app with electron-vite and start it in Electron. Where
// the Electron binary was never downloaded (offline machines, ELECTRON_SKIP_BINARY_DOWNLOAD),
// say so plainly instead of failing with a stack trace.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron executable's path, or null when it is not installed. */
function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const electron = electronBinary();
if (!electron) {
  console.error(
    'Galley: the Electron binary is not installed here (its download failed or was skipped), so the desktop app cannot start.',
  );
  console.error(
    'Run `npm run web` to serve the same app on localhost for a browser, or reinstall the `electron` package where it can be downloaded.',
  );
  process.exit(1);
}

const viteBin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const built = await run(process.execPath, [viteBin, 'build']);
if (built !== 0) process.exit(built);

// ELECTRON_RUN_AS_NODE in the environment would start Node instead of the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
process.exit(await run(electron, [root, ...process.argv.slice(2)], { env }));

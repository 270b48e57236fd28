#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run, the browser build where it cannot.
//
// Electron's binary is never downloaded at install time (package.json denies its install
// script), so `npm install` succeeds behind a proxy or offline. The first start runs
// Electron's own installer; when that cannot reach its download, Galley says so in one
// line and serves the same app to a browser on localhost instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
/** The installer shows progress while it downloads; this long without any output means it is stuck. */
const STALL_MS = 60_000;

/** The Electron executable's path, or null when it is not installed. */
function electronBinary() {
  try {
    const relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    const binary = path.join(electronDir, 'dist', relative);
    return existsSync(binary) ? binary : null;
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

/**
 * Runs Electron's own installer. Its progress bar is passed through; its error (a stack
 * trace) is kept back and reduced to the one line that says why.
 */
function installElectron() {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: electronDir,
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let errorText = '';
    let stalled = false;
    let timer = setTimeout(stall, STALL_MS);
    function stall() {
      stalled = true;
      child.kill();
    }
    child.stderr.on('data', (chunk) => {
      clearTimeout(timer);
      timer = setTimeout(stall, STALL_MS);
      const text = chunk.toString();
      if (/Downloading|\r/.test(text) && !/\n\s+at /.test(text)) process.stderr.write(text);
      else errorText += text;
    });
    child.on('error', (error) => resolve({ ok: false, reason: error.message }));
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0 && electronBinary()) return resolve({ ok: true });
      const reason = stalled
        ? `no progress in ${STALL_MS / 1000} s`
        : (
            errorText.split('\n').find((line) => line.trim() && !/^\s+at /.test(line)) ?? 'unknown error'
          ).trim();
      resolve({ ok: false, reason });
    });
  });
}

async function startDesktop(electron) {
  const viteBin = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = await run(process.execPath, [viteBin, 'build']);
  if (built !== 0) process.exit(built);
  // ELECTRON_RUN_AS_NODE in the environment would start Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  process.exit(await run(electron, [root, ...process.argv.slice(2)], { env }));
}

async function serveBrowserBuild() {
  const { build, preview } = await import('vite');
  const configFile = path.join(root, 'vite.web.config.ts');
  await build({ configFile, logLevel: 'error' });
  const server = await preview({ configFile, logLevel: 'warn', preview: { open: false } });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
  console.log(`Galley is running in the browser at ${url} (Ctrl+C stops it).`);
}

let electron = electronBinary();
let reason = '';
if (!electron && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  reason = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
} else if (!electron && existsSync(path.join(electronDir, 'install.js'))) {
  console.log('Galley: fetching the Electron runtime (first start only)…');
  const installed = await installElectron();
  if (installed.ok) electron = electronBinary();
  else reason = installed.reason;
} else if (!electron) {
  reason = 'the electron package is not installed';
}

if (electron) await startDesktop(electron);
else {
  console.log(`Galley: Electron could not be installed (${reason}); serving the browser build instead.`);
  await serveBrowserBuild();
}

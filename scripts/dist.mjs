#!/usr/bin/env node
// `npm run dist`: the desktop installers (electron-builder.yml: AppImage, deb, NSIS, DMG,
// with the icon from resources/) where electron-builder and Electron are at hand; else
// one line saying which is missing and how to get it, as `npm start` does.
//
// electron-builder is not a dependency: packaging needs the Electron binary, which this
// repository never downloads at install time. `npx --no-install` finds it only when it
// has been installed (npm i -D electron-builder), and never fetches it from the registry.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function electronInstalled() {
  try {
    const dir = path.join(root, 'node_modules', 'electron');
    return existsSync(path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
}

const builder = spawnSync(npx, ['--no-install', 'electron-builder', '--version'], {
  cwd: root,
  encoding: 'utf8',
});
if (builder.status !== 0) {
  console.log(
    'npm run dist: electron-builder is not installed (npm i -D electron-builder, where its download is allowed); nothing was packaged.',
  );
  process.exit(0);
}
if (!electronInstalled()) {
  console.log(
    'npm run dist: the Electron binary is not downloaded (npm start downloads it where the network allows); nothing was packaged.',
  );
  process.exit(0);
}
const steps = [
  [npm, ['run', 'build']],
  [npx, ['--no-install', 'electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]],
];
for (const [command, args] of steps) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

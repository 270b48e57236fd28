// Which Chromium the end-to-end tests and browser benchmarks drive. playwright-core brings
// no browser of its own, and `npx playwright install` needs a download, so we look where
// Chromium or Chrome is usually installed on each system.

import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_VARIABLE = 'GALLEY_CHROMIUM';

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function fixedPlaces(): string[] {
  const home = os.homedir();
  const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA];
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    path.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
    ...programFiles
      .filter((dir): dir is string => !!dir)
      .flatMap((dir) => [
        path.join(dir, 'Google/Chrome/Application/chrome.exe'),
        path.join(dir, 'Chromium/Application/chrome.exe'),
      ]),
  ];
}

function onPath(): string[] {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const suffixes = process.platform === 'win32' ? ['.exe'] : [''];
  return dirs.flatMap((dir) => ON_PATH.flatMap((name) => suffixes.map((s) => path.join(dir, name + s))));
}

/** Browsers a `npx playwright install` left behind, newest first. */
function playwrightCache(): string[] {
  const roots = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    path.join(os.homedir(), '.cache/ms-playwright'),
    path.join(os.homedir(), 'Library/Caches/ms-playwright'),
    process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'ms-playwright'),
  ].filter((dir): dir is string => !!dir && existsSync(dir));
  const inside = [
    'chrome-linux/chrome',
    'chrome-linux64/chrome',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-win/chrome.exe',
    'chrome-win64/chrome.exe',
  ];
  return roots.flatMap((root) =>
    readdirSync(root)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]))
      .flatMap((d) => inside.map((p) => path.join(root, d, p))),
  );
}

/** The browser to drive: $GALLEY_CHROMIUM when set, else the first one found; null when none is. */
export function findChromium(): string | null {
  const named = process.env[CHROMIUM_VARIABLE];
  if (named) return existsSync(named) ? named : null;
  return [...fixedPlaces(), ...onPath(), ...playwrightCache()].find((p) => existsSync(p)) ?? null;
}

export function noChromiumMessage(): string {
  const named = process.env[CHROMIUM_VARIABLE];
  return named
    ? `No browser at ${CHROMIUM_VARIABLE}=${named}; point it at a Chromium or Chrome executable.`
    : `No Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium) or set ${CHROMIUM_VARIABLE} to its executable.`;
}

/** The executable, or an error whose message is the one line to show. */
export function requireChromium(): string {
  const found = findChromium();
  if (!found) throw new Error(noChromiumMessage());
  return found;
}

// A temp folder of the fixture pages (and their encoded variants) for the CLI tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFixtureFolder } from '../fixtures';

/** Writes every fixture page, UTF-8 and each variant (`gb18030/…`, `crlf/…`), into a new temp folder. */
export function fixtureFolder(): { dir: string; page: (name: string, variant?: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
  const written = writeFixtureFolder(dir, { variants: true });
  return {
    dir,
    page(name, variant = 'utf-8') {
      const file = name.endsWith('.txt') ? name : `${name}.txt`;
      const hit = written.find((w) => w.page === file && w.variant === variant);
      if (!hit) throw new Error(`no ${variant} ${file} written`);
      return hit.path;
    },
  };
}

// clean.catastrophic_rule_ms / clean.stopped_rule_ms: `galley clean` on one 10,000-character
// line of `a`s ending in `b` (the worst case for `(a+)+`), with `(a+)+$` (run by the
// linear-time engine) and with `(a+)+\1$` (a backreference: backtracking, stopped by the
// rule budget), each with other rules beside it; the command's own start is measured apart
// and taken off. The goal is under 2,000 ms for both (issue: no rule can hang Galley).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeRuleSet, type UserRule } from '../src/core/clean';

const root = path.resolve(import.meta.dirname, '..');
execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'ignore' });

const dir = mkdtempSync(path.join(tmpdir(), 'galley-bench-rules-'));
const page = path.join(dir, 'page.txt');
writeFileSync(page, `${'a'.repeat(10_000)}b\n`);

const rule = (name: string, find: string, replace: string): UserRule => ({
  id: name,
  name,
  find,
  replace,
  regex: true,
  caseSensitive: true,
  enabled: true,
});

function rulesFile(name: string, rules: UserRule[]): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, serializeRuleSet(rules));
  return file;
}

function ms(...args: string[]): number {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [path.join(root, 'bin/galley.mjs'), ...args], { stdio: 'ignore' });
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[1];
}

const base = ms('clean', page);
const linear = rulesFile('linear', [rule('catastrophic', '(a+)+$', 'X'), rule('b → B', 'b', 'B')]);
const backtracking = rulesFile('backtracking', [
  rule('a → ä', 'a(?=b)', 'ä'),
  rule('doubled run', '(a+)+\\1$', 'Y'),
  rule('b → B', 'b', 'B'),
]);
console.log(`clean.catastrophic_rule_ms: ${(ms('clean', '--rules', linear, page) - base).toFixed(0)} ms`);
console.log(
  `clean.stopped_rule_ms: ${(ms('clean', '--rules', backtracking, '--rule-timeout', '300', page) - base).toFixed(0)} ms`,
);

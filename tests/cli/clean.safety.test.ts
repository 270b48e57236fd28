// `galley clean` with rules that would hang a backtracking engine, and what it says it removed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeRuleSet, type UserRule } from '../../src/core/clean';
import { fixtureFolder } from './fixtureFolder';
import { ensureBuilt, galley } from './galley';

beforeAll(ensureBuilt, 120_000);

const pages = fixtureFolder();
const flood = pages.page('01-flood-drill');

const rule = (over: Partial<UserRule>): UserRule => ({
  id: over.name ?? 'r',
  name: 'rule',
  find: 'x',
  replace: 'y',
  regex: true,
  caseSensitive: true,
  enabled: true,
  ...over,
});

function files(rules: UserRule[]): { page: string; rules: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
  const page = path.join(dir, 'page.txt');
  // One 10,000-character line of `a`s ending in `b`: the worst case for `(a+)+`.
  writeFileSync(page, `${'a'.repeat(10_000)}b\n`);
  const file = path.join(dir, 'rules.json');
  writeFileSync(file, serializeRuleSet(rules));
  return { page, rules: file };
}

describe('galley clean with a catastrophic rule', { timeout: 60_000 }, () => {
  it('runs (a+)+$ on a 10,000-character line in linear time, the other rules applied', async () => {
    const f = files([
      rule({ name: 'catastrophic', find: '(a+)+$', replace: 'X' }),
      rule({ name: 'b → B', find: 'b', replace: 'B' }),
      rule({ name: 'first run', find: '^(a+)+', replace: '<$1>' }),
    ]);
    // How long it takes is a benchmark's figure (bench/rule-budget.bench.ts), not a test's.
    const run = await galley('clean', '--rules', f.rules, f.page);
    expect(run.code).toBe(0);
    // `$` is the end of the text, which is `b`: no match, the worst case for a backtracking engine.
    expect(run.stdout === `<${'a'.repeat(10_000)}>B\n`).toBe(true);
  });

  it('stops a backtracking rule after its budget, names it, and applies the others', async () => {
    const f = files([
      rule({ name: 'a → ä', find: 'a(?=b)', replace: 'ä' }),
      rule({ name: 'doubled run', find: '(a+)+\\1$', replace: 'Y' }),
      rule({ name: 'b → B', find: 'b', replace: 'B' }),
    ]);
    const run = await galley('clean', '--rules', f.rules, '--rule-timeout', '300', f.page);
    expect(run.code).toBe(1);
    expect(run.stdout === `${'a'.repeat(9_999)}äB\n`).toBe(true);
    expect(run.stderr).toContain(
      'rule 2 “doubled run”: stopped after 300 ms (its pattern backtracks too long); the other rules were applied',
    );
  });

  it('still applies a rule with a backreference', async () => {
    const f = files([rule({ name: 'doubled', find: '(a)\\1+', replace: '$1' })]);
    const { code, stdout } = await galley('clean', '--rules', f.rules, f.page);
    expect(code).toBe(0);
    expect(stdout).toBe('ab\n');
  });
});

describe('galley clean says what it removed', { timeout: 60_000 }, () => {
  it('names each continuation mark on standard error', async () => {
    expect(readFileSync(flood, 'utf8')).toContain('运行正\n常。①5');
    const { code, stdout, stderr } = await galley('clean', flood);
    expect(code).toBe(0);
    expect(stdout).not.toContain('①5');
    expect(stderr).toMatch(
      /^galley clean: .*01-flood-drill\.txt: removed continuation mark “①5” \(line \d+\)$/m,
    );
  });

  it('lists them as JSON with --report', async () => {
    const { code, stderr } = await galley('clean', '--report', flood, '/nonexistent/page.txt');
    expect(code).toBe(1);
    const report = JSON.parse(stderr) as { files: { file: string; removed?: unknown[]; error?: string }[] };
    const raw = readFileSync(flood, 'utf8').split('\n');
    const line = raw.findIndex((l) => l.includes('①5')) + 1;
    expect(report.files[0]).toEqual({
      file: flood,
      removed: [{ kind: 'continuation-mark', transform: 'continuation-marks', text: '①5', line }],
      stopped: [],
    });
    expect(report.files[1].error).toMatch(/no such file/);
  });
});

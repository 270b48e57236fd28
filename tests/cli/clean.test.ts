// Runs the built command line (`npm run build:cli`) on fixture pages written to a temp folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeRuleSet } from '../../src/core/clean';
import { fixtureText } from '../fixtures';
import { fixtureFolder } from './fixtureFolder';
import { ensureBuilt, galley } from './galley';
import { expectDiffLines } from './output';

beforeAll(ensureBuilt, 120_000);

const pages = fixtureFolder();
const flood = pages.page('01-flood-drill');
const street = pages.page('02-street-roundup');

describe('galley clean', { timeout: 60_000 }, () => {
  it('prints the cleaned text of a column-broken page', async () => {
    const { code, stdout } = await galley('clean', flood);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '入汛以来，区应急管理局坚持“防大汛、抗大洪、抢大险”的工作思路，提前部署、压实责任，',
    );
    // A column jump inside a word (构筑子 | blank line | 堤) is closed up.
    expect(stdout).toContain('抢险队员迅速装填沙袋、构筑子堤，冲锋舟在水面往返穿梭');
    // The continuation mark is taken out; every other non-space character of the raw page is
    // still there, in order, apart from punctuation width.
    expect(readFileSync(flood, 'utf8')).toContain('运行正\n常。①5');
    expect(stdout).not.toContain('①5');
    const fold = (s: string) =>
      s
        .replace(/\s+/g, '')
        .replace(/[，；：！？（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    expect(fold(stdout)).toBe(fold(readFileSync(flood, 'utf8').replace('①5', '')));
  });

  it('reads the GB18030, UTF-16 and CRLF forms of a page like the UTF-8 one', async () => {
    const [utf8, ...others] = await Promise.all(
      ['utf-8', 'gb18030', 'utf-16le', 'crlf'].map((v) =>
        galley('clean', pages.page('02-street-roundup', v)),
      ),
    );
    expect(utf8.stdout).toContain('本报讯 7月24日，记者从杏园街道了解到，');
    for (const o of others) {
      expect(o.code).toBe(0);
      expect(o.stdout).toBe(utf8.stdout);
    }
  });

  it('prints only what changed with --diff', async () => {
    const { code, stdout } = await galley('clean', '--diff', street);
    expect(code).toBe(0);
    // The page has half-width commas after Chinese text.
    expect(stdout).toContain('本报讯 7月24日[-,-]{+，+}记者从');
    expectDiffLines(stdout);
  });

  it('applies a rule set file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
    const rules = path.join(dir, 'rules.json');
    writeFileSync(
      rules,
      serializeRuleSet([
        {
          id: 'r1',
          name: '杏园街道 → 杏园街道办事处',
          find: '杏园街道',
          replace: '杏园街道办事处',
          regex: false,
          caseSensitive: true,
          enabled: true,
        },
      ]),
    );
    expect(fixtureText('02-street-roundup')).toContain('记者从杏园街道了解到');
    const { code, stdout } = await galley('clean', '--rules', rules, street);
    expect(code).toBe(0);
    expect(stdout).toContain('记者从杏园街道办事处了解到');
    expect(stdout).not.toMatch(/杏园街道(?!办事处)/);
  });

  it('refuses a bad rule set with a message naming the rule', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
    const rules = path.join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        format: 'galley-rules',
        version: 1,
        rules: [{ name: '己→已', find: '(己', replace: '已', regex: true }],
      }),
    );
    const { code, stderr } = await galley('clean', '--rules', rules, flood);
    expect(code).toBe(2);
    expect(stderr).toMatch(/rule 1 “己→已”: invalid regular expression/);
  });

  it('words each problem of a rule set in English, by rule number and field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
    const rules = path.join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        format: 'galley-rules',
        version: 1,
        rules: [
          { name: 'ok', find: 'a', replace: 'b' },
          { name: 'no find', find: '', replace: 'b' },
        ],
      }),
    );
    const { code, stderr } = await galley('clean', '--rules', rules, flood);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `galley clean: bad rule set ${rules}: rule 2 (find): a rule needs something to find\n`,
    );
    writeFileSync(rules, JSON.stringify({ format: 'galley-rules', version: 9, rules: [] }));
    const version = await galley('clean', '--rules', rules, flood);
    expect(version.stderr).toContain('unsupported rule set version (this Galley reads version 1)');
  });

  it('marks each file when given several, and reports a bad one', async () => {
    const { code, stdout, stderr } = await galley('clean', flood, '/nonexistent/page.txt', street);
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/nonexistent\/page\.txt: no such file/);
    expect(stdout).toContain(`==> ${flood} <==`);
    expect(stdout).toContain(`==> ${street} <==`);
    expect(stdout).toContain('老旧小区改造惠及3,200余户居民');
  });
});

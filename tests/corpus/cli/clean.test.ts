// galley clean on the real archive pages (corpus suite).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serializeRuleSet } from '../../../src/core/clean';
import { ensureBuilt, galley } from '../../cli/galley';
import { expectDiffLines } from '../../cli/output';
import { SAMPLES_DIR as samples } from '../core/corpus';

beforeAll(ensureBuilt, 120_000);

const page001 = path.join(samples, 'page-001.txt');

describe('galley clean', () => {
  it('prints the cleaned text of a column-broken page', async () => {
    const { code, stdout } = await galley('clean', page001);
    expect(code).toBe(0);
    expect(stdout).toContain('会前共牵头征集对区党工委的意见建议 673 条。');
    expect(stdout).toContain('截至目前已完成544条，完成率100％。');
    // Every non-space character of the raw page is still there, in order, apart from punctuation width.
    const fold = (s: string) =>
      s
        .replace(/\s+/g, '')
        .replace(/[，；：！？（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    expect(fold(stdout)).toBe(fold(readFileSync(page001, 'utf8')));
  });

  it('prints only what changed with --diff', async () => {
    const file = path.join(samples, 'page-000.txt');
    const { code, stdout } = await galley('clean', '--diff', file);
    expect(code).toBe(0);
    expect(stdout).toContain('本报讯 日前[-,-]{+，+}经开区');
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
          name: '经开区 → 经济开发区',
          find: '经开区',
          replace: '经济开发区',
          regex: false,
          caseSensitive: true,
          enabled: true,
        },
      ]),
    );
    const { code, stdout } = await galley('clean', '--rules', rules, path.join(samples, 'page-000.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('协作与配合办公室在经济开发区成立');
    expect(stdout).not.toContain('经开区');
  });

  it('marks each file when given several, and reports a bad one', async () => {
    const { code, stdout, stderr } = await galley(
      'clean',
      page001,
      '/nonexistent/page.txt',
      path.join(samples, 'page-002.txt'),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/\/nonexistent\/page\.txt: no such file/);
    expect(stdout).toContain(`==> ${page001} <==`);
    expect(stdout).toContain('二七区举行“河南省双拥模范区”揭牌仪式');
  });
});

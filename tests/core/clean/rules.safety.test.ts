import { afterAll, describe, expect, it } from 'vitest';
import { workerRunner } from '../../../src/cli/ruleWorker';
import { problemMessage } from '../../../src/cli/messages';
import { compileSafe } from '../../../src/core/clean/regexEngine';
import { findAll, replaceHits } from '../../../src/core/find';
import { exponentialProblem } from '../../../src/core/clean/ruleCheck';
import {
  applyRules,
  applyRulesGuarded,
  ruleEngine,
  ruleTransform,
  type UserRule,
} from '../../../src/core/clean/rules';

const rule = (over: Partial<UserRule>): UserRule => ({
  id: 'r',
  name: 'rule',
  find: 'x',
  replace: 'y',
  regex: true,
  caseSensitive: true,
  enabled: true,
  ...over,
});

const runner = workerRunner();
afterAll(runner.close);

const catastrophicLine = `${'a'.repeat(10_000)}b`;

describe('rule engine', () => {
  it('runs patterns without backreferences or lookahead in linear time, as JavaScript would', () => {
    const texts = [
      '本报讯 日前，经开区　党工委\t召开会议。\n王赛 华 2024年5月 3日 ①5',
      'OCR ocr Ocr 𠀀𠀁 ａｂｃ abc_1 x-y a.b\r\nc\u2028d\u3000e',
      '',
    ];
    const cases: [string, string, boolean][] = [
      ['\\s+', '_', true],
      ['\\S+', '<$&>', true],
      ['(\\d+)\\s*年', '$1年', true],
      ['(?<y>\\d{4})年(?<m>\\d+)月', '$<m>/$<y>', true],
      ['[^\\s，。]+', '[$&]', true],
      ['.', '·', true],
      ['^.|.$', '|', true],
      ['\\bocr\\b', 'X', false],
      ['(a|(b))+', '{$1,$2}', true],
      ['[\\u4e00-\\u9fff]\\s+(?=[\\u4e00-\\u9fff])', '*', true],
      ['(?<=\\d)\\s+', '', true],
      ['\\p{Script=Han}+', 'H', true],
      ['\\p{Lu}', 'U', false],
      ['[\\S\\d]x?|\\D', '.', true],
      ['[^]', '!', true],
      ['\\u{20000}|\\x41|\\u3000', '#', false],
      ['a{2,}?|b{1,3}', '-', true],
      ["$`|$'", '?', true],
    ];
    for (const [find, replace, caseSensitive] of cases) {
      const flags = caseSensitive ? 'gu' : 'giu';
      for (const text of texts) {
        const got = compileSafe(find, !caseSensitive).replace(text, replace);
        expect(got, `${find} on ${JSON.stringify(text)}`).toBe(
          text.replace(new RegExp(find, flags), replace),
        );
      }
    }
    expect(ruleEngine(rule({ find: '\\s+' }))).toBe('linear');
    expect(ruleEngine(rule({ find: '(?<=\\d)\\s+' }))).toBe('linear');
    expect(ruleEngine(rule({ find: 'a(?=b)' }))).toBe('backtracking');
    expect(ruleEngine(rule({ find: '(\\S)\\1' }))).toBe('backtracking');
    expect(ruleEngine(rule({ find: '(a|(b))+' }))).toBe('backtracking');
    expect(ruleEngine(rule({ find: '.*+?', regex: false }))).toBe('linear');
  });

  it('runs (a+)+$ on a 10,000-character line within 2 s, the other rules applied', () => {
    const rules = [
      rule({ id: '1', name: 'a → A', find: 'aaaa', replace: 'A', regex: false }),
      rule({ id: '2', name: 'catastrophic', find: '(a+)+$' }),
      rule({ id: '3', name: 'b → B', find: 'b', replace: 'B' }),
    ];
    // Without rule 1 the line is all `a`s and a `b`: the worst case for a backtracking engine.
    expect(ruleEngine(rules[1])).toBe('linear');
    const t0 = performance.now();
    const out = applyRules(catastrophicLine, rules.slice(1));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(out).toBe(`${'a'.repeat(10_000)}B`);
    const t1 = performance.now();
    expect(ruleTransform(rules[1]).apply(`${catastrophicLine}\n${catastrophicLine}`).text).toBe(
      `${catastrophicLine}\n${catastrophicLine}`,
    );
    expect(applyRules(catastrophicLine, rules)).toBe(`${'A'.repeat(2500)}B`);
    expect(performance.now() - t1).toBeLessThan(2000);
  });
});

describe('corpus find and replace', () => {
  it('searches with (a+)+$ over a 10,000-character line in linear time', () => {
    const targets = [{ address: 1, key: 'p1', text: catastrophicLine }];
    const query = { pattern: '(a+)+$', regex: true, caseSensitive: true };
    const t0 = performance.now();
    expect(findAll(targets, query).hits).toEqual([]);
    expect(replaceHits(targets, { ...query, pattern: '(a+)+b$' }, '<$1>').changes[0].after.length).toBe(
      10_002,
    );
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('the time budget', () => {
  it('stops a backtracking rule that runs past it, names it, and applies the others', async () => {
    const rules = [
      rule({ id: '1', name: 'a → ä', find: 'a$', replace: 'ä' }),
      rule({ id: '2', name: 'doubled run', find: '(a+)+\\1$', replace: 'X' }),
      rule({ id: '3', name: 'b → B', find: 'b', replace: 'B' }),
    ];
    expect(ruleEngine(rules[1])).toBe('backtracking');
    const t0 = performance.now();
    const result = await applyRulesGuarded(catastrophicLine, rules, runner.run, 500);
    // Stopped, not hung: the 2 s goal itself is bench/rule-budget's figure (a busy machine stretches this).
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(result.text).toBe(`${'a'.repeat(10_000)}B`);
    expect(result.problems).toEqual([
      { code: 'rule.timed-out', budgetMs: 500, rule: 2, name: 'doubled run' },
    ]);
    expect(problemMessage(result.problems[0])).toBe(
      'rule 2 “doubled run”: stopped after 500 ms (its pattern backtracks too long); the other rules were applied',
    );
  });

  it('still runs a rule with a backreference, in the worker and in this thread', async () => {
    const doubled = rule({ name: 'doubled character', find: '([已经])\\1', replace: '$1' });
    expect(ruleEngine(doubled)).toBe('backtracking');
    expect(applyRules('已已经经完成', [doubled])).toBe('已经完成');
    const result = await applyRulesGuarded(
      '已已经经完成',
      [doubled, rule({ find: '完成', replace: '办结' })],
      runner.run,
    );
    expect(result).toEqual({ text: '已经办结', problems: [] });
  });
});

describe('the check when a rule is saved', () => {
  it('refuses a pattern proved exponential, with a code', () => {
    const problem = exponentialProblem(rule({ find: '(a+)+$' }));
    expect(problem?.code).toBe('pattern.exponential');
    expect(exponentialProblem(rule({ find: '(a|a)*$' }))?.code).toBe('pattern.exponential');
    expect(problemMessage(problem!)).toMatch(/^the pattern can take exponential time/);
  });

  it('passes linear patterns and plain text', () => {
    expect(exponentialProblem(rule({ find: '(ab+)+' }))).toBeUndefined();
    expect(exponentialProblem(rule({ find: '(\\d+)\\s*年' }))).toBeUndefined();
    expect(exponentialProblem(rule({ find: '(a+)+$', regex: false }))).toBeUndefined();
  });
});

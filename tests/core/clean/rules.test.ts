import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import { applyRules, parseRuleSet, serializeRuleSet, type UserRule } from '../../../src/core/clean';

const rule = (over: Partial<UserRule>): UserRule => ({
  id: 'r',
  name: 'rule',
  find: 'x',
  replace: 'y',
  regex: false,
  caseSensitive: true,
  enabled: true,
  ...over,
});

describe('user rules', () => {
  it('apply in order, plain ones literally, regex ones with groups', () => {
    const rules = [
      rule({ id: 'a', find: '己经', replace: '已经' }),
      rule({ id: 'b', find: '(\\d+) 条', replace: '$1条', regex: true }),
      rule({ id: 'c', find: '已经', replace: '$&!' }), // literal `$&`
      rule({ id: 'd', find: '完成', replace: 'X', enabled: false }),
    ];
    expect(applyRules('己经完成 673 条', rules)).toBe('$&!完成 673条');
  });

  it('match case-insensitively when asked', () => {
    expect(applyRules('OCR ocr', [rule({ find: 'ocr', replace: '识别', caseSensitive: false })])).toBe(
      '识别 识别',
    );
  });

  it('round-trip through a rule set file', () => {
    const rules = [
      rule({ id: 'a', name: '己→已', find: '己', replace: '已' }),
      rule({ id: 'b', find: '\\s+', replace: ' ', regex: true }),
    ];
    expect(parseRuleSet(serializeRuleSet(rules))).toEqual({ ok: true, rules });
  });

  it('fill in defaults for fields a hand-written file leaves out', () => {
    const parsed = parseRuleSet(
      JSON.stringify({
        format: 'galley-rules',
        version: 1,
        rules: [{ name: '己→已', find: '己', replace: '已' }],
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      rules: [
        {
          id: 'rule-1',
          name: '己→已',
          find: '己',
          replace: '已',
          regex: false,
          caseSensitive: true,
          enabled: true,
        },
      ],
    });
  });

  it.each([
    ['not json', /not valid JSON/],
    [JSON.stringify({ rules: [] }), /not a Galley rule set/],
    [JSON.stringify({ format: 'galley-rules', version: 9, rules: [] }), /unsupported rule set version/],
    [
      JSON.stringify({ format: 'galley-rules', version: 1, rules: [{ name: 'x', replace: 'y' }] }),
      /rule 1 \(find\)/,
    ],
    [
      JSON.stringify({
        format: 'galley-rules',
        version: 1,
        rules: [{ name: '坏', find: '[己', replace: '已', regex: true }],
      }),
      /rule 1 “坏”: invalid regular expression/,
    ],
    [
      JSON.stringify({
        format: 'galley-rules',
        version: 1,
        rules: [{ name: '空', find: 'a*', replace: 'b', regex: true }],
      }),
      /rule 1 “空”: the pattern matches empty text/,
    ],
  ])('refuse a bad file with a clear error: %s', (json, message) => {
    const parsed = parseRuleSet(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map(problemMessage).join('\n')).toMatch(message);
  });
});

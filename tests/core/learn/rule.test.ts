import { describe, expect, it } from 'vitest';
import { applyRules, parseRuleSet, serializeRuleSet } from '../../../src/core/clean/rules';
import { confidenceOf, isLowConfidence } from '../../../src/core/learn/confidence';
import { toRule } from '../../../src/core/learn/toRule';

describe('toRule', () => {
  it('makes a plain rule that survives the rule set file and applies as the correction', () => {
    const rule = toRule({ from: '近曰', to: '近日', at: 1, len: 1 }, 'r1');
    const read = parseRuleSet(serializeRuleSet([rule]));
    expect(read).toEqual({ ok: true, rules: [rule] });
    expect(applyRules('近曰，区里召开会议。近曰', [rule])).toBe('近日，区里召开会议。近日');
  });

  it('escapes nothing a plain rule could misread', () => {
    const rule = toRule({ from: '1.5$', to: '1.5元', at: 3, len: 1 }, 'r2');
    expect(applyRules('共1.5$', [rule])).toBe('共1.5元');
  });
});

describe('confidence', () => {
  it('falls with evidence against and is low once it outweighs the support', () => {
    expect(confidenceOf({ support: 2, against: 0 })).toBe(1);
    expect(confidenceOf({ support: 2, against: 1 })).toBeCloseTo(2 / 3);
    expect(isLowConfidence({ support: 2, against: 1 })).toBe(false);
    expect(isLowConfidence({ support: 1, against: 1 })).toBe(true);
  });
});

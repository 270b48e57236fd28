import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../../src/core/clean';
import { en } from '../../../src/renderer/src/i18n/en';
import { zh } from '../../../src/renderer/src/i18n/zh';
import { problemText } from '../../../src/renderer/src/rules/problemText';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, zh: { translation: zh } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const file = JSON.stringify({
  format: 'galley-rules',
  version: 1,
  rules: [{ name: '坏规则', find: '(未闭合', replace: '', regex: true }],
});

describe('rule problems in the archivist’s language', () => {
  it('reads the core’s messages in Chinese, keeping the rule number, name and the engine’s reason', () => {
    const r = parseRuleSet(file);
    if (r.ok) throw new Error('expected an error');
    const zhT = i18n.getFixedT('zh');
    const text = problemText(zhT, r.errors[0]);
    expect(text).toMatch(/^第 1 条规则“坏规则”：无效的正则表达式：/);
    expect(text).not.toMatch(/rule|invalid/);
  });

  it('says the same as the core in English', () => {
    const r = parseRuleSet(file);
    if (r.ok) throw new Error('expected an error');
    expect(problemText(i18n.getFixedT('en'), r.errors[0])).toBe(r.errors[0]);
    const notJson = parseRuleSet('{');
    if (notJson.ok) throw new Error('expected an error');
    expect(problemText(i18n.getFixedT('zh'), notJson.errors[0])).toMatch(/^不是有效的 JSON：/);
    expect(problemText(i18n.getFixedT('zh'), 'something new')).toBe('something new');
  });
});

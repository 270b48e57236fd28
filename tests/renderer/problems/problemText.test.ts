import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import { parseRuleSet } from '../../../src/core/clean';
import { PROBLEM_CODES } from '../../../src/core/problems';
import { en } from '../../../src/renderer/src/i18n/en';
import { zh } from '../../../src/renderer/src/i18n/zh';
import { PROBLEM_KEY, problemText } from '../../../src/renderer/src/problems/problemText';

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

  it('says the same as the CLI in English', () => {
    const r = parseRuleSet(file);
    if (r.ok) throw new Error('expected an error');
    expect(problemText(i18n.getFixedT('en'), r.errors[0])).toBe(problemMessage(r.errors[0]));
    const notJson = parseRuleSet('{');
    if (notJson.ok) throw new Error('expected an error');
    expect(problemText(i18n.getFixedT('zh'), notJson.errors[0])).toMatch(/^不是有效的 JSON：/);
  });
});

describe('problem codes', () => {
  it('each code has an English and a Chinese string of its own', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(20);
    for (const code of PROBLEM_CODES) {
      const key = PROBLEM_KEY[code];
      // `count` picks a plural form where a string has them (`_one`, `_other`).
      expect(i18n.exists(key, { lng: 'en', fallbackLng: false, count: 2 }), `${code} in English`).toBe(true);
      expect(i18n.exists(key, { lng: 'zh', fallbackLng: false, count: 2 }), `${code} in Chinese`).toBe(true);
      const english = i18n.getFixedT('en')(key, { count: 2 });
      const chinese = i18n.getFixedT('zh')(key, { count: 2 });
      expect(english, code).not.toBe('');
      expect(chinese, code).not.toBe(english);
      expect(chinese, code).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('each code has an English message in the CLI', () => {
    for (const code of PROBLEM_CODES) {
      const text = problemMessage({
        code,
        detail: 'x',
        version: 1,
        reads: 1,
        path: 'p',
        page: 'p',
        article: 'a',
        table: 't',
        id: 'i',
        budgetMs: 1000,
        owner: { kind: 'field', articleId: 'a1', field: { kind: 'paragraph', index: 0 } },
        other: { kind: 'furniture' },
        span: { start: 1, end: 2 },
        spans: [{ start: 1, end: 2 }],
        length: 1,
        articleId: 'a1',
        field: { kind: 'title' },
        text: { start: 0, end: 1 },
        raw: { start: 1, end: 2 },
        order: 1,
        index: 0,
        count: 2,
        at: [{ offset: 3, line: 1, column: 4 }],
        encoding: 'gb18030',
        replaced: 9,
        characters: 10,
      } as never);
      expect(text, code).toMatch(/\S/);
      expect(text, code).not.toMatch(/undefined/);
    }
  });
});

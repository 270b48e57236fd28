import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import { applyRules } from '../../../src/core/clean';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import {
  addRule,
  deleteRule,
  exportRuleSet,
  importRuleSet,
  listRules,
  moveRule,
  toUserRule,
} from '../../../src/renderer/src/rules/ruleStore';

let db: GalleyDb;
beforeEach(() => {
  db = createDb(`galley-rules-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('user rules', () => {
  it('keep their order through add, move and delete, and apply in that order', async () => {
    const a = await addRule(db, { name: '己→已', find: '己经', replace: '已经' });
    const b = await addRule(db, { name: '已经→業已', find: '已经', replace: '业已' });
    await addRule(db, { name: 'third', find: 'x', replace: 'y' });
    expect((await listRules(db)).map((r) => r.name)).toEqual(['己→已', '已经→業已', 'third']);
    expect(applyRules('己经完成', (await listRules(db)).map(toUserRule))).toBe('业已完成');
    await moveRule(db, b.id, -1);
    expect(applyRules('己经完成', (await listRules(db)).map(toUserRule))).toBe('已经完成');
    await deleteRule(db, a.id);
    expect((await listRules(db)).map((r) => [r.name, r.order])).toEqual([
      ['已经→業已', 0],
      ['third', 1],
    ]);
  });

  it('export and import as a rule set file; importing the same file again replaces, not duplicates', async () => {
    await addRule(db, { name: 'name fix', find: '王赛 华', replace: '王赛华' });
    await addRule(db, { name: 'regex', find: '(\\d+) 条', replace: '$1条', regex: true });
    const file = exportRuleSet(await listRules(db));
    const other = createDb(`galley-rules-${crypto.randomUUID()}`);
    try {
      expect(await importRuleSet(other, file)).toEqual({ ok: true, count: 2, refused: [] });
      expect(await importRuleSet(other, file)).toEqual({ ok: true, count: 2, refused: [] });
      const rules = await listRules(other);
      expect(rules.map((r) => r.name)).toEqual(['name fix', 'regex']);
      expect(applyRules('意见建议 673 条，王赛 华', rules.map(toUserRule))).toBe('意见建议 673条，王赛华');
    } finally {
      other.close();
    }
    // Importing checks each regex with recheck (~3 MB, loaded in this thread here): seconds on a busy machine.
  }, 30_000);

  it('refuses a bad file or a bad regex with a message naming the rule, and adds nothing', async () => {
    const notJson = await importRuleSet(db, '{ nope');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(problemMessage(notJson.errors[0])).toMatch(/not valid JSON/);
    const badRegex = JSON.stringify({
      format: 'galley-rules',
      version: 1,
      rules: [
        { name: 'fine', find: 'a', replace: 'b' },
        { name: 'broken', find: '(unclosed', replace: '', regex: true },
      ],
    });
    const r = await importRuleSet(db, badRegex);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map(problemMessage).join('\n')).toMatch(/rule 2 “broken”: invalid regular expression/);
    expect(await listRules(db)).toEqual([]);
  });

  it('leaves out a rule whose pattern is proved exponential, names it, and adds the others', async () => {
    const file = JSON.stringify({
      format: 'galley-rules',
      version: 1,
      rules: [
        { name: 'b to B', find: 'b', replace: 'B', regex: true },
        { name: 'runs of a', find: '(a+)+$', replace: 'X', regex: true },
        // A backreference recheck cannot decide: kept (it runs under the time budget).
        { name: 'doubled run', find: '(a+)\\1*$', replace: 'Y', regex: true },
        { name: 'plain', find: '(a+)+$', replace: 'literal', regex: false },
      ],
    });
    const r = await importRuleSet(db, file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.count).toBe(3);
    expect(r.refused.map(problemMessage)).toEqual([
      expect.stringMatching(/^rule 2 “runs of a”: .*exponential time/),
    ]);
    expect((await listRules(db)).map((x) => [x.name, x.order])).toEqual([
      ['b to B', 0],
      ['doubled run', 1],
      ['plain', 2],
    ]);
  }, 30_000);

  it('keeps a rule whose check fails rather than losing it', async () => {
    const file = JSON.stringify({
      format: 'galley-rules',
      version: 1,
      rules: [{ name: 'odd', find: 'x+', replace: 'y', regex: true }],
    });
    const r = await importRuleSet(db, file, () => Promise.reject(new Error('checker crashed')));
    expect(r).toEqual({ ok: true, count: 1, refused: [] });
    expect((await listRules(db)).map((x) => x.name)).toEqual(['odd']);
  });
});

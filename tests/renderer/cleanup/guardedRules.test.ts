// The cleanup's rules, guarded: a rule RE2 cannot run goes to a worker that can be stopped
// (here the command line's worker thread: the same contract as the app's Web Worker), and
// a rule that runs out of time is named while the others still apply.
import { afterEach, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../../src/core/article';
import type { UserRule } from '../../../src/core/clean';
import type { BacktrackingRunner } from '../../../src/core/clean/rules';
import { emptyContent, type Article } from '../../../src/core/model';
import { workerRunner } from '../../../src/cli/ruleWorker';
import { guardedRuleTransforms } from '../../../src/renderer/src/cleanup/guardedRules';
import { cleanPage } from '../../../src/renderer/src/cleanup/plan';

const rule = (name: string, find: string, replace: string): UserRule => ({
  id: name,
  name,
  find,
  replace,
  regex: true,
  caseSensitive: true,
  enabled: true,
});

// One 10,000-character line of `a`s ending in `b`: the worst case for `(a+)+`.
const line = `${'a'.repeat(10_000)}b`;
const state: PageArticles = {
  pageId: 'p',
  furniture: [],
  articles: [
    {
      ...emptyContent(),
      id: 'a',
      pageId: 'p',
      order: 0,
      status: 'draft',
      createdAt: 0,
      updatedAt: 0,
      title: { text: 'aab', spans: [] },
      paragraphs: [{ text: line, spans: [{ start: 0, end: line.length }] }],
    } satisfies Article,
  ],
};

/** The cleaned texts of the article (title, paragraph) with `rules`, and what was stopped. */
async function clean(rules: UserRule[], run: BacktrackingRunner, budgetMs?: number) {
  let texts: string[] = [];
  const r = await guardedRuleTransforms(
    rules,
    (transforms) => {
      const a = cleanPage(state, line, { transforms, extract: false }).state.articles[0];
      texts = [a.title.text, a.paragraphs[0].text];
    },
    run,
    budgetMs,
  );
  return { texts, problems: r.problems };
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('rules in a cleanup', () => {
  it('run in order, rules RE2 cannot run answered by the worker, each text asked once', async () => {
    const asked: string[] = [];
    const run: BacktrackingRunner = (text, r) => {
      asked.push(text);
      return Promise.resolve(text.replace(new RegExp(r.find, 'gu'), r.replace));
    };
    const { texts, problems } = await clean(
      [rule('b → c', 'b', 'c'), rule('doubled a', '(a)\\1(?=c)', 'X'), rule('X → Y', 'X', 'Y')],
      run,
    );
    expect(texts).toEqual(['Yc', `${'a'.repeat(9_998)}Yc`]);
    expect(problems).toEqual([]);
    expect(asked.sort()).toEqual(['aac', `${'a'.repeat(10_000)}c`].sort());
  });

  it('stop (a+)+\\1$ on a 10,000-character line within 2 s, name it, and apply the others', async () => {
    const worker = workerRunner();
    close = worker.close;
    const t0 = performance.now();
    const { texts, problems } = await clean(
      [rule('first run', '(a+)+$', 'X'), rule('doubled run', '(a+)+\\1$', 'Y'), rule('b → B', 'b', 'B')],
      worker.run,
      500,
    );
    // Stopped, not hung: the 2 s goal itself is bench/rule-budget's figure (a busy machine stretches this).
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(problems).toEqual([{ code: 'rule.timed-out', budgetMs: 500, rule: 2, name: 'doubled run' }]);
    // `(a+)+$` runs in RE2 (no match: the text ends in b); `b → B` still applies everywhere.
    expect(texts[1] === `${'a'.repeat(10_000)}B`).toBe(true);
    expect(texts[0]).toBe('aaB');
  });
});

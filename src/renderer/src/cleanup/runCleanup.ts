// A cleanup of some pages, planned with the archivist's rules guarded (guardedRules.ts): the
// pages' articles are read once, the cleanup computed (plan.ts) as often as the guarded rules
// need, and the choice returned is the one to apply: its rule transforms already hold what
// the worker answered, so applying it computes the same texts without running a rule again.

import type { PageArticles } from '../../../core/article';
import type { UserRule } from '../../../core/clean';
import type { BacktrackingRunner } from '../../../core/clean/rules';
import type { RuleRunProblem } from '../../../core/problems';
import { openSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { guardedRuleTransforms } from './guardedRules';
import { cleanPage, type ArticleChange, type CleanupChoice, type PageTarget } from './plan';

export interface PlannedCleanup {
  /** The built-in transforms, then the rules: what to apply. */
  choice: CleanupChoice;
  changes: { pageId: string; change: ArticleChange }[];
  /** Rules stopped after their time budget. */
  problems: RuleRunProblem[];
}

export async function planCleanup(
  db: GalleyDb,
  pageIds: readonly string[],
  builtIn: CleanupChoice,
  rules: readonly UserRule[],
  target: PageTarget,
  run: BacktrackingRunner,
): Promise<PlannedCleanup> {
  const pages: { id: string; state: PageArticles; raw: string }[] = [];
  for (const id of pageIds) {
    const session = await openSession(db, id);
    pages.push({ id, state: session.getSnapshot().state, raw: session.raw });
  }
  let changes: PlannedCleanup['changes'] = [];
  const withRules = (ruleTransforms: CleanupChoice['transforms']): CleanupChoice => ({
    ...builtIn,
    transforms: [...builtIn.transforms, ...ruleTransforms],
  });
  const guarded = await guardedRuleTransforms(
    rules,
    (ruleTransforms) => {
      const choice = withRules(ruleTransforms);
      changes = pages.flatMap((p) =>
        cleanPage(p.state, p.raw, choice, target).changes.map((change) => ({ pageId: p.id, change })),
      );
    },
    run,
  );
  return { choice: withRules(guarded.transforms), changes, problems: guarded.problems };
}

// The archivist's rules in a cleanup, without letting one hang the window. A rule RE2 can
// run (linear time) is an ordinary transform. One it cannot (a backreference, a lookaround)
// runs in the rule worker under a time budget (rules/ruleWorker.ts, as in find and replace):
// the cleanup is computed once with those rules leaving text alone and noting the texts
// they were asked for, the worker answers for each, and the cleanup is computed again with
// the answers, until no rule asks for more. The cleanup itself stays synchronous and pure
// (plan.ts); a rule that runs out of time is stopped for the rest of the cleanup and named.

import type { Transform } from '../../../core/clean';
import { ruleError, ruleTransform, type UserRule } from '../../../core/clean';
import { RULE_BUDGET_MS, ruleEngine, type BacktrackingRunner } from '../../../core/clean/rules';
import type { RuleRunProblem } from '../../../core/problems';

export interface GuardedRules {
  /** The enabled rules as transforms, in order; guarded ones answer from what the worker said. */
  transforms: Transform[];
  /** One per rule stopped, naming it (number from 1 among the rules given, and name). */
  problems: RuleRunProblem[];
}

/**
 * Runs `compute` (the cleanup, given the rules as transforms) until every text a guarded
 * rule met was answered by `run` or the rule was stopped; `compute`'s last run is the result.
 */
export async function guardedRuleTransforms(
  rules: readonly UserRule[],
  compute: (ruleTransforms: Transform[]) => void,
  run: BacktrackingRunner,
  budgetMs = RULE_BUDGET_MS,
): Promise<GuardedRules> {
  const problems: RuleRunProblem[] = [];
  const stopped = new Set<UserRule>();
  const answers = new Map<UserRule, Map<string, string>>();
  const asked = new Map<UserRule, Set<string>>();
  const transforms: Transform[] = [];
  for (const rule of rules) {
    if (!rule.enabled || ruleError(rule)) continue;
    const plain = ruleTransform(rule);
    if (ruleEngine(rule) === 'linear') {
      transforms.push(plain);
      continue;
    }
    const known = new Map<string, string>();
    answers.set(rule, known);
    transforms.push({
      ...plain,
      apply: (text) => {
        const answer = known.get(text);
        if (answer !== undefined || stopped.has(rule)) return { text: answer ?? text };
        let texts = asked.get(rule);
        if (!texts) asked.set(rule, (texts = new Set()));
        texts.add(text);
        return { text };
      },
    });
  }
  // Each round answers every text the first guarded rule still asking was given: one round
  // per guarded rule at most, then the last computation asks for nothing.
  for (let round = 0; ; round++) {
    asked.clear();
    compute(transforms);
    if (asked.size === 0 || round > answers.size) break;
    for (const [rule, texts] of asked) {
      for (const text of texts) {
        const out = await run(text, rule, budgetMs);
        if (out !== undefined) {
          answers.get(rule)!.set(text, out);
          continue;
        }
        stopped.add(rule);
        problems.push({ code: 'rule.timed-out', budgetMs, rule: rules.indexOf(rule) + 1, name: rule.name });
        break;
      }
    }
  }
  return { transforms, problems };
}

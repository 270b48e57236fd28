// The check a rule's pattern passes when it is saved: refused when a checker proves that
// JavaScript's engine takes exponential time on some text. Such a pattern would hang any
// other tool the archivist hands the rule set to; in Galley it runs in RE2 when it can, and
// is stopped after a time budget when it cannot (./rules), but it is better refused at once.
//
// The checker is recheck (its pure JavaScript build: no native binary, no Java): it
// decides by automata theory and gives the text that attacks the pattern, rather than
// guessing from nesting as safe-regex does (which passes `(a|a)*$` and refuses the linear
// `(ab+)+`). It is large (about 3 MB), so import this module lazily or in a worker.

import { checkSync } from 'recheck/lib/browser.js';
import type { PatternSafetyProblem } from '../problems';
import { escapeRegExp } from './regexEngine';
import type { UserRule } from './rules';

/** How long the checker may think; past that the pattern is not refused (it still runs under a budget). */
export const CHECK_BUDGET_MS = 1500;

/** `pattern.exponential` when the rule's pattern is proved exponential, else undefined (also when unsure or invalid). */
export function exponentialProblem(
  rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>,
  budgetMs = CHECK_BUDGET_MS,
): PatternSafetyProblem | undefined {
  if (!rule.regex || rule.find === '') return undefined;
  const source = rule.regex ? rule.find : escapeRegExp(rule.find);
  const result = checkSync(source, rule.caseSensitive ? 'gu' : 'giu', { timeout: budgetMs });
  if (result.status !== 'vulnerable' || result.complexity.type !== 'exponential') return undefined;
  const attack = result.attack.string;
  return { code: 'pattern.exponential', attack: attack.length > 40 ? `${attack.slice(0, 40)}…` : attack };
}

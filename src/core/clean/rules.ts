// User rules: the archivist's own named find/replace rules (plain or regex), applied in
// order after the built-in transforms. Saved in Dexie by the app; exchanged as a JSON rule
// set file (`galley clean --rules FILE` reads the same file).

import { z } from 'zod';
import type { PatternProblem, RuleRunProblem, RuleSetProblem } from '../problems';
import { compileSafe, escapeRegExp, type RegexEngine, type SafeRegex } from './regexEngine';
import type { Transform } from './types';

export interface UserRule {
  id: string;
  name: string;
  find: string;
  replace: string;
  /** `find` is a JavaScript regular expression (Unicode mode); `replace` may use `$1`, `$<name>`. */
  regex: boolean;
  caseSensitive: boolean;
  enabled: boolean;
}

export const RULE_SET_FORMAT = 'galley-rules';
export const RULE_SET_VERSION = 1;

const ruleSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  find: z.string().min(1),
  replace: z.string(),
  regex: z.boolean().default(false),
  caseSensitive: z.boolean().default(true),
  enabled: z.boolean().default(true),
});

const ruleSetSchema = z.object({
  format: z.literal(RULE_SET_FORMAT),
  version: z.literal(RULE_SET_VERSION),
  rules: z.array(ruleSchema),
});

export type RuleSetResult = { ok: true; rules: UserRule[] } | { ok: false; errors: RuleSetProblem[] };

type RulePattern = Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>;

/** The JavaScript regular expression a rule means (global, Unicode). Throws SyntaxError for a bad pattern. */
export function ruleRegExp(rule: RulePattern): RegExp {
  return new RegExp(rule.regex ? rule.find : escapeRegExp(rule.find), rule.caseSensitive ? 'gu' : 'giu');
}

/**
 * The compiled pattern a rule runs with: in RE2 (linear time) when the pattern allows it,
 * else in the JavaScript engine (see ./regexEngine). Throws SyntaxError for a bad pattern.
 */
export function ruleRegex(rule: RulePattern): SafeRegex {
  return compileSafe(rule.regex ? rule.find : escapeRegExp(rule.find), !rule.caseSensitive);
}

/** Which engine a (valid) rule runs in: `backtracking` rules need a time budget. */
export function ruleEngine(rule: RulePattern): RegexEngine {
  return ruleRegex(rule).engine;
}

/** Why a rule cannot be used, or undefined when it is fine. */
export function ruleError(rule: RulePattern): PatternProblem | undefined {
  if (rule.find === '') return { code: 'pattern.empty' };
  try {
    // A pattern that matches the empty string would insert its replacement everywhere.
    if (ruleRegExp(rule).test('')) return { code: 'pattern.matches-empty' };
  } catch (e) {
    return { code: 'pattern.invalid', detail: (e as Error).message };
  }
  return undefined;
}

/** Parses a rule set file. Errors name the rule (number and name) and what is wrong with it. */
export function parseRuleSet(json: string): RuleSetResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ code: 'ruleset.not-json', detail: (e as Error).message }] };
  }
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(issueProblem) };
  const errors: RuleSetProblem[] = [];
  const rules = parsed.data.rules.map((r, i): UserRule => {
    const problem = ruleError(r);
    if (problem) errors.push({ ...problem, rule: i + 1, name: r.name });
    return { ...r, id: r.id ?? `rule-${i + 1}` };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}

/** The problem a schema issue stands for, located at its rule and field when it has one. */
function issueProblem(issue: z.core.$ZodIssue): RuleSetProblem {
  const [top, index, field] = issue.path;
  if (top === 'format') return { code: 'ruleset.wrong-format' };
  if (top === 'version') return { code: 'ruleset.wrong-version', version: RULE_SET_VERSION };
  if (top !== 'rules' || typeof index !== 'number') return { code: 'ruleset.invalid', detail: issue.message };
  const at = { rule: index + 1, ...(field === undefined ? {} : { field: String(field) }) };
  if (issue.code === 'too_small' && field === 'name') return { code: 'rule.needs-name', ...at };
  if (issue.code === 'too_small' && field === 'find') return { code: 'rule.needs-find', ...at };
  return { code: 'rule.invalid-field', detail: issue.message, ...at };
}

/** A rule set file for `rules`, pretty-printed so it can be read and edited by hand. */
export function serializeRuleSet(rules: readonly UserRule[]): string {
  return `${JSON.stringify({ format: RULE_SET_FORMAT, version: RULE_SET_VERSION, rules }, null, 2)}\n`;
}

/** `text` with one rule applied (whatever it is, in whichever engine): the step a worker runs. */
export function applyRule(
  text: string,
  rule: Pick<UserRule, 'find' | 'replace' | 'regex' | 'caseSensitive'>,
): string {
  const re = ruleRegex(rule);
  // A plain rule's replacement is literal text: `$` in it means a dollar sign.
  return re.replace(text, rule.regex ? rule.replace : () => rule.replace);
}

/**
 * Applies the enabled rules in order, in this thread. Rules that cannot compile are
 * skipped (ruleError says why). A `backtracking` rule runs unguarded here: where text or
 * rules come from the archivist, use applyRulesGuarded.
 */
export function applyRules(text: string, rules: readonly UserRule[]): string {
  let out = text;
  for (const rule of rules) {
    if (!rule.enabled || ruleError(rule)) continue;
    out = applyRule(out, rule);
  }
  return out;
}

/** How long one backtracking rule may run on one text before it is stopped. */
export const RULE_BUDGET_MS = 1000;

/**
 * Runs one backtracking rule on a text somewhere it can be stopped (a worker) and stops it
 * after `budgetMs`: resolves to the new text, or to `undefined` when it was stopped.
 */
export type BacktrackingRunner = (
  text: string,
  rule: Pick<UserRule, 'find' | 'replace' | 'regex' | 'caseSensitive'>,
  budgetMs: number,
) => Promise<string | undefined>;

export interface GuardedResult {
  text: string;
  /** One per rule stopped, naming it (number from 1 among `rules`, and name). */
  problems: RuleRunProblem[];
}

/**
 * Applies the enabled rules in order: linear ones here, backtracking ones through `run`
 * under `budgetMs`. A rule that runs out of time leaves the text as it was and is
 * reported; the rules after it still apply.
 */
export async function applyRulesGuarded(
  text: string,
  rules: readonly UserRule[],
  run: BacktrackingRunner,
  budgetMs = RULE_BUDGET_MS,
): Promise<GuardedResult> {
  let out = text;
  const problems: RuleRunProblem[] = [];
  for (const [i, rule] of rules.entries()) {
    if (!rule.enabled || ruleError(rule)) continue;
    const re = ruleRegex(rule);
    if (re.engine === 'linear') {
      out = re.replace(out, rule.regex ? rule.replace : () => rule.replace);
      continue;
    }
    const next = await run(out, rule, budgetMs);
    if (next === undefined) problems.push({ code: 'rule.timed-out', budgetMs, rule: i + 1, name: rule.name });
    else out = next;
  }
  return { text: out, problems };
}

/** One rule as a transform, so it previews and applies like the built-in ones. */
export function ruleTransform(rule: UserRule): Transform {
  const re = ruleError(rule) ? undefined : ruleRegex(rule);
  return {
    id: `rule:${rule.id}`,
    name: rule.name,
    defaultOn: rule.enabled,
    fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'byline', 'paragraph', 'caption', 'note'],
    apply: (text) => {
      if (!re) return { text };
      return { text: re.replace(text, rule.regex ? rule.replace : () => rule.replace) };
    },
  };
}

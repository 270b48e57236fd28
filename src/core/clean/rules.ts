// User rules: the archivist's own named find/replace rules (plain or regex), applied in
// order after the built-in transforms. Saved in Dexie by the app; exchanged as a JSON rule
// set file (`galley clean --rules FILE` reads the same file).

import { z } from 'zod';
import type { PatternProblem, RuleSetProblem } from '../problems';
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

/** The regular expression a rule searches with (global, Unicode). Throws SyntaxError for a bad pattern. */
export function ruleRegExp(rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>): RegExp {
  const source = rule.regex ? rule.find : rule.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(source, rule.caseSensitive ? 'gu' : 'giu');
}

/** Why a rule cannot be used, or undefined when it is fine. */
export function ruleError(
  rule: Pick<UserRule, 'find' | 'regex' | 'caseSensitive'>,
): PatternProblem | undefined {
  if (rule.find === '') return { code: 'pattern.empty' };
  try {
    const re = ruleRegExp(rule);
    // A pattern that matches the empty string would insert its replacement everywhere.
    if (re.test('')) return { code: 'pattern.matches-empty' };
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

/** Applies the enabled rules in order. Rules that cannot compile are skipped (ruleError says why). */
export function applyRules(text: string, rules: readonly UserRule[]): string {
  let out = text;
  for (const rule of rules) {
    if (!rule.enabled || ruleError(rule)) continue;
    const re = ruleRegExp(rule);
    // A plain rule's replacement is literal text: `$` in it means a dollar sign.
    out = rule.regex ? out.replace(re, rule.replace) : out.replace(re, () => rule.replace);
  }
  return out;
}

/** One rule as a transform, so it previews and applies like the built-in ones. */
export function ruleTransform(rule: UserRule): Transform {
  const re = ruleError(rule) ? undefined : ruleRegExp(rule);
  return {
    id: `rule:${rule.id}`,
    name: rule.name,
    defaultOn: rule.enabled,
    fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'byline', 'paragraph', 'caption', 'note'],
    apply: (text) => {
      if (!re) return { text };
      re.lastIndex = 0;
      return { text: rule.regex ? text.replace(re, rule.replace) : text.replace(re, () => rule.replace) };
    },
  };
}

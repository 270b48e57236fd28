// The archivist's find/replace rules in Dexie (`rules` table, applied by `order`), and
// their exchange as a JSON rule set file (the core reads and writes the format).

import { useLiveQuery } from 'dexie-react-hooks';
import type { CleanupRule } from '../../../core/backup/types';
import type { PatternSafetyProblem, RuleLocation, RuleSetProblem } from '../../../core/problems';
import { parseRuleSet, serializeRuleSet, type UserRule } from '../../../core/clean';
import type { GalleyDb } from '../db/db';
import { checkPattern } from './ruleWorker';

export function toUserRule(r: CleanupRule): UserRule {
  return {
    id: r.id,
    name: r.name,
    find: r.find,
    replace: r.replace,
    regex: r.regex,
    caseSensitive: r.caseSensitive ?? true,
    enabled: r.enabled,
  };
}

export async function listRules(db: GalleyDb): Promise<CleanupRule[]> {
  return db.rules.orderBy('order').toArray();
}

/** The rules in order, live; null while loading. */
export function useRules(db: GalleyDb): CleanupRule[] | null {
  return useLiveQuery(() => listRules(db), [db], null);
}

export async function addRule(
  db: GalleyDb,
  fields: Partial<CleanupRule> & { name: string },
): Promise<CleanupRule> {
  return db.transaction('rw', db.rules, async () => {
    const last = await db.rules.orderBy('order').last();
    const rule: CleanupRule = {
      id: crypto.randomUUID(),
      find: '',
      replace: '',
      regex: false,
      caseSensitive: true,
      enabled: true,
      ...fields,
      order: (last?.order ?? -1) + 1,
    };
    await db.rules.put(rule);
    return rule;
  });
}

export async function updateRule(
  db: GalleyDb,
  id: string,
  changes: Partial<Omit<CleanupRule, 'id'>>,
): Promise<void> {
  await db.rules.update(id, changes);
}

export async function deleteRule(db: GalleyDb, id: string): Promise<void> {
  await db.transaction('rw', db.rules, async () => {
    await db.rules.delete(id);
    await renumber(db, await listRules(db));
  });
}

async function renumber(db: GalleyDb, rules: CleanupRule[]): Promise<void> {
  const moved = rules.flatMap((r, order) => (r.order === order ? [] : [{ ...r, order }]));
  if (moved.length > 0) await db.rules.bulkPut(moved);
}

/** Moves a rule one place earlier (-1) or later (+1) in the order they run. */
export async function moveRule(db: GalleyDb, id: string, by: -1 | 1): Promise<void> {
  await db.transaction('rw', db.rules, async () => {
    const rules = await listRules(db);
    const i = rules.findIndex((r) => r.id === id);
    const j = i + by;
    if (i === -1 || j < 0 || j >= rules.length) return;
    [rules[i], rules[j]] = [rules[j], rules[i]];
    await renumber(db, rules);
  });
}

export function exportRuleSet(rules: readonly CleanupRule[]): string {
  return serializeRuleSet(rules.map(toUserRule));
}

/** A rule of an imported file left out because its pattern is proved exponential, by its number and name. */
type RefusedRule = PatternSafetyProblem & RuleLocation;

export type ImportResult =
  { ok: true; count: number; refused: RefusedRule[] } | { ok: false; errors: RuleSetProblem[] };

/** The save-time check of one pattern (checkPattern: recheck, in its worker). */
type PatternCheck = (rule: UserRule) => Promise<PatternSafetyProblem | undefined>;

/**
 * The rules of a file that pass the check a rule passes when it is saved, and those refused
 * (numbered from 1 in the file). A check that fails or cannot decide refuses nothing: such a
 * pattern still runs in RE2 or under the time budget.
 */
async function screen(
  rules: UserRule[],
  check: PatternCheck,
): Promise<{ kept: UserRule[]; refused: RefusedRule[] }> {
  const kept: UserRule[] = [];
  const refused: RefusedRule[] = [];
  for (const [i, rule] of rules.entries()) {
    const problem = rule.regex ? await check(rule).catch(() => undefined) : undefined;
    if (problem) refused.push({ ...problem, rule: i + 1, name: rule.name });
    else kept.push(rule);
  }
  return { kept, refused };
}

/**
 * Adds the rules of a rule set file after the existing ones. A rule with the id of one
 * already kept replaces it in place. Nothing is added when the file has any error; a rule
 * whose pattern is proved exponential is left out (and named), the others are added.
 */
export async function importRuleSet(
  db: GalleyDb,
  json: string,
  check: PatternCheck = checkPattern,
): Promise<ImportResult> {
  const parsed = parseRuleSet(json);
  if (!parsed.ok) return parsed;
  // Rules written without an id get a fresh one, so two such files never overwrite each other.
  const given = (JSON.parse(json) as { rules: { id?: unknown }[] }).rules.map(
    (r) => typeof r.id === 'string' && r.id !== '',
  );
  const named = parsed.rules.map((r, i) => (given[i] ? r : { ...r, id: crypto.randomUUID() }));
  const { kept, refused } = await screen(named, check);
  await db.transaction('rw', db.rules, async () => {
    const existing = await listRules(db);
    const byId = new Map(existing.map((r) => [r.id, r]));
    let order = existing.length;
    const put: CleanupRule[] = kept.map((r) => {
      const have = byId.get(r.id);
      return { ...r, order: have ? have.order : order++ };
    });
    await db.rules.bulkPut(put);
  });
  return { ok: true, count: kept.length, refused };
}

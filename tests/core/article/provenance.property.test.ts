import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, checkPage, replaceArticle, setFieldText, unassign } from '../../../src/core/article';
import type { Choice, NeedsChoice, PageArticles } from '../../../src/core/article';
import { cleanContent, cleanText } from '../../../src/core/clean';
import type { FieldRef, Span, TextField } from '../../../src/core/model';
import { fieldsOf } from '../../../src/core/model';
import { emptyState, ids, structuralStep, targetFor } from './helpers';

// Random pages and random sessions on them: assign (with and without moving text from
// its owner), furniture, unassigning a span, split, merge, delete, reorder, cleanup of an
// article or a field, hand edits (insertions, deletions, substitutions anywhere, also
// across the boundary of text about to move), undo and redo. After every step the page
// passes checkPage, and an oracle independent of the alignment holds: the text of every
// field, less the characters typed by hand, is made of raw characters its own spans hold
// (as a multiset), so no raw character's text is in two fields.

// Raw pieces; typed characters come from another alphabet, so the oracle can tell them apart.
const RAW_PARTS = ['字', '报', '国', 'a', 'b', ' ', '\n', '\n\n', '。', ',', '\u3000', '本报讯 ', '①2'];
const TYPED = ['改', '正', 'X', '【', '】'];

const rawArb = fc
  .array(fc.constantFrom(...RAW_PARTS), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''));

const n = fc.nat(1000);
type Op =
  | { op: 'assign'; a: number; b: number; target: number; pick: number; move: boolean; choose: number }
  | { op: 'unassign'; a: number; b: number; choose: number }
  | { op: 'merge'; x: number; y: number }
  | { op: 'split'; x: number; p: number; at: number }
  | { op: 'delete'; x: number }
  | { op: 'reorder'; x: number; to: number }
  | { op: 'clean-article'; x: number }
  | { op: 'clean-field'; x: number; f: number }
  | { op: 'edit'; x: number; f: number; at: number; del: number; typed: string }
  | { op: 'undo'; k: number }
  | { op: 'redo'; k: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('assign' as const),
      a: n,
      b: n,
      target: fc.nat(7),
      pick: n,
      move: fc.boolean(),
      choose: n,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unassign' as const), a: n, b: n, choose: n }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('merge' as const), x: n, y: n }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('split' as const), x: n, p: n, at: n }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), x: n }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reorder' as const), x: n, to: n }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clean-article' as const), x: n }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clean-field' as const), x: n, f: n }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('edit' as const),
      x: n,
      f: n,
      at: n,
      del: fc.nat(4),
      typed: fc.array(fc.constantFrom(...TYPED), { maxLength: 3 }).map((t) => t.join('')),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const), k: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('redo' as const), k: fc.nat(3) }) },
);

/** The archivist's answers to a needs-choice: keep or drop, at random but reproducibly. */
function answers(choices: readonly NeedsChoice[], seed: number): Choice[] {
  return choices.map((c, i) => ({
    articleId: c.articleId,
    field: c.field,
    pick: (seed >> i) & 1 ? 'drop' : 'keep',
  }));
}

function range(raw: string, a: number, b: number): Span {
  const len = raw.length + 1;
  return { start: Math.min(a % len, b % len), end: Math.max(a % len, b % len) };
}

function fieldAt(
  state: PageArticles,
  x: number,
  f: number,
): { id: string; ref: FieldRef; field: TextField } | null {
  const a = state.articles[x % Math.max(1, state.articles.length)];
  if (!a) return null;
  const fields = [...fieldsOf(a)].filter(([, field]) => field.text !== '');
  if (fields.length === 0) return null;
  const [ref, field] = fields[f % fields.length];
  return { id: a.id, ref, field };
}

function step(state: PageArticles, raw: string, op: Op, newId: () => string): PageArticles {
  const pickArticle = (x: number) => state.articles[x % Math.max(1, state.articles.length)];
  switch (op.op) {
    case 'assign': {
      const target = targetFor(state, op.target, op.pick);
      const ctx = { now: 1, newId, move: op.move };
      const ranges = [range(raw, op.a, op.b)];
      const r = assign(state, raw, ranges, target, ctx);
      if (r.ok) return r.state;
      if (r.reason !== 'needs-choice') return state;
      // Both versions differ, and each answer gives a page that is still sound.
      for (const c of r.choices) expect(c.keep).not.toBe(c.drop);
      const again = assign(state, raw, ranges, target, { ...ctx, choices: answers(r.choices, op.choose) });
      expect(again.ok).toBe(true);
      return again.ok ? again.state : state;
    }
    case 'unassign': {
      const ranges = [range(raw, op.a, op.b)];
      const r = unassign(state, raw, ranges, { now: 1 });
      if (r.ok) return r.state;
      const again = unassign(state, raw, ranges, { now: 1, choices: answers(r.choices, op.choose) });
      expect(again.ok).toBe(true);
      return again.ok ? again.state : state;
    }
    case 'merge':
    case 'split':
    case 'delete':
    case 'reorder':
      return structuralStep(state, raw, op, newId);
    case 'clean-article': {
      const x = pickArticle(op.x);
      return x ? replaceArticle(state, { ...x, ...cleanContent(x, raw).content }) : state;
    }
    case 'clean-field': {
      const at = fieldAt(state, op.x, op.f);
      return at ? setFieldText(state, at.id, at.ref, cleanText(at.field.text).text, 4) : state;
    }
    case 'edit': {
      const at = fieldAt(state, op.x, op.f);
      if (!at) return state;
      const t = at.field.text;
      const from = op.at % (t.length + 1);
      const to = Math.min(t.length, from + op.del);
      return setFieldText(state, at.id, at.ref, t.slice(0, from) + op.typed + t.slice(to), 5);
    }
    case 'undo':
    case 'redo':
      return state;
  }
}

const TYPED_SET = new Set(TYPED);

/** Non-whitespace characters, compatibility-folded (full-width punctuation to ASCII), as counts. */
function counts(s: string, skipTyped: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const ch of s.normalize('NFKC')) {
    if (/\s/.test(ch) || (skipTyped && TYPED_SET.has(ch))) continue;
    out.set(ch, (out.get(ch) ?? 0) + 1);
  }
  return out;
}

/**
 * The oracle: each field's read characters are among its own raw characters, and no raw
 * character has two owners. Plain loops (one expect per failure): it runs after every step.
 */
function textOwnedOnceProblems(raw: string, state: PageArticles): string[] {
  const problems: string[] = [];
  const owner = new Int32Array(raw.length).fill(-1);
  let k = 0;
  const claim = (spans: readonly Span[], who: string) => {
    k++;
    for (const s of spans) {
      if (s.start < 0 || s.end > raw.length || s.start >= s.end) problems.push(`${who}: bad span`);
      for (let p = Math.max(0, s.start); p < Math.min(raw.length, s.end); p++) {
        if (owner[p] !== -1) problems.push(`${who}: raw ${p} has two owners`);
        owner[p] = k;
      }
    }
  };
  claim(state.furniture, 'furniture');
  for (const a of state.articles) {
    for (const [ref, f] of fieldsOf(a)) {
      const who = `${a.id} ${JSON.stringify(ref)} ${JSON.stringify(f)}`;
      claim(f.spans, who);
      const own = counts(f.spans.map((s) => raw.slice(s.start, s.end)).join(''), false);
      for (const [ch, n] of counts(f.text, true)) {
        if (n > (own.get(ch) ?? 0)) problems.push(`${who}: ${n} × ${ch} read from ${own.get(ch) ?? 0}`);
      }
    }
  }
  state.articles.forEach((a, i) => {
    if (a.order !== i) problems.push(`${a.id}: order ${a.order} at ${i}`);
  });
  return problems;
}

describe('text has one owner, whatever the archivist does', () => {
  it('checkPage finds nothing and no raw character is read twice, after every step of random sessions', () => {
    let sequences = 0;
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { minLength: 1, maxLength: 18 }), (raw, ops) => {
        sequences++;
        const newId = ids();
        // The session's history: undo returns to an earlier state, redo to a later one.
        const history: PageArticles[] = [emptyState()];
        let at = 0;
        for (const op of ops) {
          if (op.op === 'undo') at = Math.max(0, at - 1 - (op.k % 2));
          else if (op.op === 'redo') at = Math.min(history.length - 1, at + 1 + (op.k % 2));
          else {
            const next = step(history[at], raw, op, newId);
            if (next !== history[at]) {
              history.splice(at + 1, history.length, next);
              at++;
            }
          }
          const state = history[at];
          const found = checkPage(raw, state);
          if (found.length > 0) expect(found).toEqual([]);
          const oracle = textOwnedOnceProblems(raw, state);
          if (oracle.length > 0) expect(oracle).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
    expect(sequences).toBeGreaterThanOrEqual(1000);
  }, 60_000);
});

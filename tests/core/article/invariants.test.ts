import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assign, setFieldText } from '../../../src/core/article';
import type { PageArticles } from '../../../src/core/article';
import { emptyState, expectOneOwner, ids, structuralStep, targetFor } from './helpers';

// Short pages made of CJK, Latin, spaces and line breaks, and random sequences of every
// operation on them: whatever the archivist does, each raw character keeps at most one owner.
const rawArb = fc
  .array(fc.constantFrom('字', '报', 'a', 'b', ' ', '\n', '\n\n', '。', '\u3000'), {
    minLength: 1,
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

type Op =
  | { op: 'assign'; a: number; b: number; c: number; d: number; target: number; pick: number; move: boolean }
  | { op: 'merge'; x: number; y: number }
  | { op: 'split'; x: number; p: number; at: number }
  | { op: 'delete'; x: number }
  | { op: 'reorder'; x: number; to: number }
  | { op: 'edit'; x: number };

const n = fc.nat(200);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('assign' as const),
    a: n,
    b: n,
    c: n,
    d: n,
    target: fc.nat(8),
    pick: n,
    move: fc.boolean(),
  }),
  fc.record({ op: fc.constant('merge' as const), x: n, y: n }),
  fc.record({ op: fc.constant('split' as const), x: n, p: n, at: n }),
  fc.record({ op: fc.constant('delete' as const), x: n }),
  fc.record({ op: fc.constant('reorder' as const), x: n, to: n }),
  fc.record({ op: fc.constant('edit' as const), x: n }),
);

function apply(state: PageArticles, raw: string, op: Op, newId: () => string): PageArticles {
  const pickArticle = (x: number) => state.articles[x % Math.max(1, state.articles.length)];
  const len = raw.length + 1;
  switch (op.op) {
    case 'assign': {
      const ranges = [
        { start: Math.min(op.a % len, op.b % len), end: Math.max(op.a % len, op.b % len) },
        { start: Math.min(op.c % len, op.d % len), end: Math.max(op.c % len, op.d % len) },
      ];
      const r = assign(state, raw, ranges, targetFor(state, op.target, op.pick), {
        now: 1,
        newId,
        move: op.move,
      });
      return r.ok ? r.state : state;
    }
    case 'merge':
    case 'split':
    case 'delete':
    case 'reorder':
      return structuralStep(state, raw, op, newId);
    case 'edit': {
      const x = pickArticle(op.x);
      return x && x.paragraphs.length > 0
        ? setFieldText(state, x.id, { kind: 'paragraph', index: 0 }, '改过的文字', 4)
        : state;
    }
  }
}

describe('the one-owner rule', () => {
  it('holds after any sequence of assign (with and without move), merge, split, delete, reorder and edit', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 25 }), (raw, ops) => {
        const newId = ids();
        let state = emptyState();
        for (const op of ops) {
          state = apply(state, raw, op, newId);
          expectOneOwner(state, raw.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
